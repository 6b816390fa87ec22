import type { SvgDocument } from './spec';
import {
  fitText,
  line,
  NO_DATA_FILL,
  rect,
  svgDocument,
  SVG_COLORS,
  swatch,
  text,
  textLines,
  textWidth,
  wrapText,
  type Legend,
} from './svg-common';

/**
 * Horizontal bars as SVG, for the overview's ranked chart and distribution, the score ranking
 * (bars split by issue area) and the compare profile (a bar per state under each issue area).
 * A row without a value has no bar and says so in words; it is never drawn as zero.
 */
export interface BarSegment {
  value: number;
  fill: string;
  /** Short text inside the segment when it fits (an issue area's number) */
  label?: string;
  labelColor?: string;
}

export interface BarRow {
  label: string;
  /** Rank, drawn before the label */
  prefix?: string;
  /** Stacked from 0; empty = no bar (unknown) */
  segments: readonly BarSegment[];
  /** The value in words at the end of the bar: "38.8", "no score" */
  value: string;
  /** Small text after the value: "40/40 goals" */
  note?: string;
  /** Wrapped text under the bar (the states of a group) */
  below?: string;
  /** A swatch before the label, with its mark (a grade letter, a status glyph) */
  swatch?: { fill: string | null; mark?: string; markColor?: string };
  /** A tick on the bar: the score under the framework's weights */
  baseline?: number;
  highlighted?: boolean;
}

export interface BarGroup {
  heading?: string;
  rows: readonly BarRow[];
}

export interface BarsSvgInput {
  title: string;
  subtitle: string;
  source: string;
  synthetic: boolean;
  /** The end of the scale (100 for scores, the largest count for a distribution) */
  max: number;
  /** Values with a gridline and a label; none = no axis */
  ticks?: readonly number[];
  groups: readonly BarGroup[];
  /** States without data, listed after the bars with the hatch */
  unknown?: { label: string; items: string };
  legend?: Legend;
  notes?: readonly string[];
  width?: number;
}

const ROW_H = 20;
const BAR_H = 12;
const VALUE_W = 130;

export function barsSvg(input: BarsSvgInput): SvgDocument {
  const width = input.width ?? 760;
  const allRows = input.groups.flatMap((g) => g.rows);
  const hasPrefix = allRows.some((r) => r.prefix);
  const hasSwatch = allRows.some((r) => r.swatch);
  const prefixW = hasPrefix ? 30 : 0;
  const swatchW = hasSwatch ? 22 : 0;
  const labelW = Math.min(
    210,
    Math.max(60, ...allRows.map((r) => textWidth(r.label, 12, r.highlighted) + 10)),
  );
  return svgDocument({
    title: input.title,
    subtitle: input.subtitle,
    source: input.source,
    synthetic: input.synthetic,
    width,
    ...(input.legend ? { legend: input.legend } : {}),
    ...(input.notes ? { notes: input.notes } : {}),
    body: (x, y, inner) => {
      const parts: string[] = [];
      const trackX = x + prefixW + swatchW + labelW;
      const trackW = Math.max(120, inner - prefixW - swatchW - labelW - VALUE_W);
      const scale = (v: number) => (input.max > 0 ? (Math.max(0, v) / input.max) * trackW : 0);
      let cy = y;
      const ticks = input.ticks ?? [];
      if (ticks.length > 0) {
        for (const t of ticks) {
          parts.push(
            text(trackX + scale(t), cy + 10, String(t), {
              size: 10.5,
              anchor: 'middle',
              fill: SVG_COLORS.muted,
            }),
          );
        }
        cy += 16;
      }
      const gridTop = cy;
      const rowsMarkup: string[] = [];
      for (const group of input.groups) {
        if (group.heading) {
          rowsMarkup.push(
            text(x, cy + 13, fitText(group.heading, inner, 12.5, true), {
              size: 12.5,
              weight: 'bold',
            }),
          );
          cy += 20;
        }
        for (const row of group.rows) {
          const mid = cy + ROW_H / 2;
          if (row.highlighted) {
            rowsMarkup.push(rect(x - 4, cy, inner + 8, ROW_H, SVG_COLORS.surface, { rx: 3 }));
          }
          if (row.prefix) {
            rowsMarkup.push(
              text(x + prefixW - 8, mid, row.prefix, {
                size: 11.5,
                anchor: 'end',
                middle: true,
                fill: SVG_COLORS.muted,
              }),
            );
          }
          if (row.swatch) {
            rowsMarkup.push(swatch(x + prefixW, mid - 7, 14, row.swatch.fill));
            if (row.swatch.mark) {
              rowsMarkup.push(
                text(x + prefixW + 7, mid, row.swatch.mark, {
                  size: 9.5,
                  weight: 'bold',
                  anchor: 'middle',
                  middle: true,
                  fill: row.swatch.markColor ?? SVG_COLORS.text,
                }),
              );
            }
          }
          rowsMarkup.push(
            // A chosen state's name is bold, as on the page.
            text(x + prefixW + swatchW, mid, fitText(row.label, labelW - 8, 12, row.highlighted), {
              size: 12,
              middle: true,
              ...(row.highlighted ? { weight: 'bold' as const } : {}),
            }),
          );
          let sx = trackX;
          for (const seg of row.segments) {
            const w = scale(seg.value);
            if (w <= 0) continue;
            rowsMarkup.push(rect(sx, mid - BAR_H / 2, w, BAR_H, seg.fill));
            if (seg.label && w >= textWidth(seg.label, 9.5, true) + 4) {
              rowsMarkup.push(
                text(sx + w / 2, mid + 0.5, seg.label, {
                  size: 9.5,
                  weight: 'bold',
                  anchor: 'middle',
                  middle: true,
                  fill: seg.labelColor ?? '#ffffff',
                }),
              );
            }
            sx += w;
          }
          if (row.segments.length === 0) {
            rowsMarkup.push(
              rect(trackX, mid - BAR_H / 2, Math.min(trackW, 28), BAR_H, NO_DATA_FILL, {
                stroke: SVG_COLORS.border,
              }),
            );
            sx = trackX + Math.min(trackW, 28);
          }
          if (row.baseline !== undefined) {
            const bx = trackX + scale(row.baseline);
            rowsMarkup.push(
              line(bx, mid - BAR_H / 2 - 3, bx, mid + BAR_H / 2 + 3, SVG_COLORS.text, 2),
            );
          }
          const valueX = Math.max(sx, trackX + scale(row.baseline ?? 0)) + 6;
          rowsMarkup.push(
            text(valueX, mid, row.value, { size: 11.5, weight: 'bold', middle: true }),
          );
          if (row.note) {
            rowsMarkup.push(
              text(valueX + textWidth(row.value, 11.5, true) + 6, mid, row.note, {
                size: 10.5,
                middle: true,
                fill: SVG_COLORS.muted,
              }),
            );
          }
          cy += ROW_H;
          if (row.below) {
            const lines = wrapText(row.below, inner - prefixW - swatchW, 11);
            rowsMarkup.push(
              textLines(x + prefixW + swatchW, cy + 10, lines, 14, {
                size: 11,
                fill: SVG_COLORS.muted,
              }),
            );
            cy += lines.length * 14 + 6;
          }
        }
        cy += group.heading ? 6 : 0;
      }
      // Gridlines behind the bars.
      for (const t of ticks) {
        const gx = trackX + scale(t);
        parts.push(line(gx, gridTop, gx, cy, SVG_COLORS.grid, 1));
      }
      parts.push(...rowsMarkup);
      if (allRows.length === 0) {
        parts.push(text(x, cy + 14, 'Nothing to rank: no state has a value.', { size: 12 }));
        cy += 22;
      }
      if (input.unknown) {
        cy += 8;
        parts.push(swatch(x, cy, 14, null));
        const head = wrapText(input.unknown.label, inner - 22, 12, true);
        parts.push(textLines(x + 22, cy + 11, head, 16, { size: 12, weight: 'bold' }));
        cy += head.length * 16 + 2;
        const items = wrapText(input.unknown.items, inner - 22, 11);
        parts.push(textLines(x + 22, cy + 10, items, 14, { size: 11, fill: SVG_COLORS.muted }));
        cy += items.length * 14 + 4;
      }
      return { markup: parts.join(''), height: cy - y };
    },
  });
}
