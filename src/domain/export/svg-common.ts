import { THEME_COLORS } from '@/domain/format/palette';
import type { SvgDocument } from './spec';

/**
 * The frame every exported chart shares: title, subtitle, the synthetic mark (for demo data, not
 * optional), the chart, its legend and the source line, as one standalone SVG document. Colours
 * are explicit (no CSS variables: the file leaves the page): the light theme's, from the same
 * palette the page's CSS is held to, so an exported image has the screen's colours. Every text
 * from data is XML-escaped, so it stays text.
 */

const PAGE = THEME_COLORS.light;

export const SVG_COLORS = {
  background: PAGE.background,
  surface: PAGE.surface,
  text: PAGE.text,
  muted: PAGE.muted,
  border: PAGE.border,
  grid: PAGE.rangeGrid,
  track: PAGE.rangeTrack,
  /** The synthetic mark: dark amber on pale amber, as in the app */
  syntheticFill: PAGE.syntheticBg,
  syntheticStroke: PAGE.syntheticBorder,
  syntheticText: PAGE.syntheticText,
  noDataFill: PAGE.noData,
  noDataHatch: PAGE.noDataHatch,
  highlight: PAGE.text,
  /** The age-range chart's report range and reference outline */
  rangeBar: PAGE.rangeBar,
  rangeRef: PAGE.rangeRef,
} as const;

export const FONT_FAMILY = 'Helvetica, Arial, "Liberation Sans", "DejaVu Sans", sans-serif';
export const NO_DATA_FILL = 'url(#sw-no-data)';

// Characters XML 1.0 does not allow, even escaped (control characters other than tab and newlines).
// eslint-disable-next-line no-control-regex
const INVALID_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

/** Text for an SVG element or attribute: escaped, invalid characters dropped. */
export function escapeXml(value: string | number): string {
  return String(value)
    .replace(INVALID_XML, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

/** A number for an attribute: at most two decimals, no "-0". */
export function num(value: number): string {
  const rounded = Math.round(value * 100) / 100;
  return String(Object.is(rounded, -0) ? 0 : rounded);
}

/**
 * Width of a text, estimated: the SVG is built without a browser, so lines are wrapped by an
 * average glyph width that errs wide (a wrapped line may end early, never overflow).
 */
export function textWidth(text: string, size: number, bold = false): number {
  let units = 0;
  for (const ch of text) {
    if (/[ilIj.,:;'|!()[\]]/.test(ch)) units += 0.3;
    else if (/[mwMW@%]/.test(ch)) units += 0.88;
    else if (/[A-Z0-9#&]/.test(ch)) units += 0.68;
    else if (ch === ' ') units += 0.3;
    else units += 0.56;
  }
  return units * size * (bold ? 1.07 : 1);
}

/** Splits text into lines no wider than `width`; a word longer than a line is cut. */
export function wrapText(text: string, width: number, size: number, bold = false): string[] {
  const words = text.split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  let line = '';
  for (const word of words) {
    const candidate = line ? `${line} ${word}` : word;
    if (textWidth(candidate, size, bold) <= width || !line) {
      line = candidate;
    } else {
      lines.push(line);
      line = word;
    }
    while (textWidth(line, size, bold) > width && line.length > 1) {
      let cut = line.length - 1;
      while (cut > 1 && textWidth(line.slice(0, cut), size, bold) > width) cut -= 1;
      lines.push(line.slice(0, cut));
      line = line.slice(cut);
    }
  }
  if (line) lines.push(line);
  return lines;
}

/** Shortens a text to fit `width`, with an ellipsis. */
export function fitText(text: string, width: number, size: number, bold = false): string {
  if (textWidth(text, size, bold) <= width) return text;
  let cut = text.length;
  while (cut > 1 && textWidth(`${text.slice(0, cut)}…`, size, bold) > width) cut -= 1;
  return `${text.slice(0, cut).trimEnd()}…`;
}

export interface TextOptions {
  size?: number;
  weight?: 'normal' | 'bold';
  fill?: string;
  anchor?: 'start' | 'middle' | 'end';
  /** Vertical alignment of y: the baseline (default) or the middle of the line */
  middle?: boolean;
}

/** One <text> element; `content` is escaped here. */
export function text(x: number, y: number, content: string, o: TextOptions = {}): string {
  const attrs = [
    `x="${num(x)}"`,
    `y="${num(y)}"`,
    `font-size="${num(o.size ?? 12)}"`,
    o.weight === 'bold' ? 'font-weight="bold"' : '',
    `fill="${escapeXml(o.fill ?? SVG_COLORS.text)}"`,
    o.anchor && o.anchor !== 'start' ? `text-anchor="${o.anchor}"` : '',
    o.middle ? 'dominant-baseline="central"' : '',
  ].filter(Boolean);
  return `<text ${attrs.join(' ')}>${escapeXml(content)}</text>`;
}

export function rect(
  x: number,
  y: number,
  width: number,
  height: number,
  fill: string,
  extra: { stroke?: string; rx?: number; strokeWidth?: number; dash?: string } = {},
): string {
  const attrs = [
    `x="${num(x)}"`,
    `y="${num(y)}"`,
    `width="${num(Math.max(0, width))}"`,
    `height="${num(Math.max(0, height))}"`,
    `fill="${escapeXml(fill)}"`,
    extra.rx ? `rx="${num(extra.rx)}"` : '',
    extra.stroke ? `stroke="${escapeXml(extra.stroke)}"` : '',
    extra.stroke ? `stroke-width="${num(extra.strokeWidth ?? 1)}"` : '',
    extra.dash ? `stroke-dasharray="${escapeXml(extra.dash)}"` : '',
  ].filter(Boolean);
  return `<rect ${attrs.join(' ')}/>`;
}

export function line(
  x1: number,
  y1: number,
  x2: number,
  y2: number,
  stroke: string,
  width = 1,
  dash?: string,
): string {
  return `<line x1="${num(x1)}" y1="${num(y1)}" x2="${num(x2)}" y2="${num(y2)}" stroke="${escapeXml(stroke)}" stroke-width="${num(width)}"${dash ? ` stroke-dasharray="${escapeXml(dash)}"` : ''}/>`;
}

/** Several lines of text from y (the first baseline), `lineHeight` apart. */
export function textLines(
  x: number,
  y: number,
  lines: readonly string[],
  lineHeight: number,
  o: TextOptions = {},
): string {
  return lines.map((l, i) => text(x, y + i * lineHeight, l, o)).join('');
}

/** A colour swatch, or the no-data hatch when fill is null. */
export function swatch(x: number, y: number, size: number, fill: string | null): string {
  return rect(x, y, size, size, fill ?? NO_DATA_FILL, { stroke: SVG_COLORS.border, rx: 2 });
}

export interface LegendEntry {
  /** null = the no-data hatch; 'none' = no swatch (a note) */
  fill: string | null | 'none';
  label: string;
  /** A mark drawn on the swatch: a status glyph, a grade letter */
  mark?: string;
  markColor?: string;
  /** A range mark instead of a square (the age chart) */
  shape?: 'square' | 'range' | 'no-minimum' | 'reference';
}

export interface Legend {
  title?: string;
  entries: readonly LegendEntry[];
}

const LEGEND_SWATCH = 14;
const LEGEND_GAP = 18;

function legendShape(x: number, y: number, entry: LegendEntry): string {
  const mid = y + LEGEND_SWATCH / 2;
  const dot = (cx: number) =>
    `<circle cx="${num(cx)}" cy="${num(mid)}" r="3.5" fill="${SVG_COLORS.rangeBar}"/>`;
  switch (entry.shape) {
    case 'range':
      return line(x + 3, mid, x + 25, mid, SVG_COLORS.rangeBar, 4) + dot(x + 3) + dot(x + 25);
    case 'no-minimum':
      return (
        line(x + 6, mid, x + 25, mid, SVG_COLORS.rangeBar, 3, '4 2') +
        `<path d="M${num(x)} ${num(mid)} l6 -4.5 v9 z" fill="${SVG_COLORS.rangeBar}"/>` +
        dot(x + 25)
      );
    case 'reference':
      return line(x + 1, mid, x + 27, mid, SVG_COLORS.rangeRef, 2);
    default:
      return (
        swatch(x, y, LEGEND_SWATCH, entry.fill === 'none' ? SVG_COLORS.background : entry.fill) +
        (entry.mark
          ? text(x + LEGEND_SWATCH / 2, mid, entry.mark, {
              size: 10,
              anchor: 'middle',
              middle: true,
              weight: 'bold',
              fill: entry.markColor ?? SVG_COLORS.text,
            })
          : '')
      );
  }
}

/** Legend entries flowing left to right, wrapping; returns the markup and the height used. */
export function legendBlock(
  x: number,
  y: number,
  width: number,
  legend: Legend,
): { markup: string; height: number } {
  const parts: string[] = [];
  let cy = y;
  if (legend.title) {
    parts.push(text(x, cy + 11, legend.title, { size: 12, weight: 'bold' }));
    cy += 18;
  }
  let cx = x;
  const rowHeight = 20;
  for (const entry of legend.entries) {
    const noSwatch = entry.fill === 'none' && !entry.shape;
    const shapeWidth = noSwatch ? 0 : entry.shape && entry.shape !== 'square' ? 30 : LEGEND_SWATCH;
    const labelWidth = Math.min(textWidth(entry.label, 11.5), width - shapeWidth - 6);
    const itemWidth = shapeWidth + (noSwatch ? 0 : 6) + labelWidth;
    if (cx > x && cx + itemWidth > x + width) {
      cx = x;
      cy += rowHeight;
    }
    if (!noSwatch) parts.push(legendShape(cx, cy, entry));
    const label = fitText(entry.label, width - shapeWidth - 6, 11.5);
    parts.push(
      text(cx + shapeWidth + (noSwatch ? 0 : 6), cy + LEGEND_SWATCH / 2, label, {
        size: 11.5,
        middle: true,
      }),
    );
    cx += itemWidth + LEGEND_GAP;
  }
  return { markup: parts.join(''), height: cy + rowHeight - y };
}

export interface FrameInput {
  title: string;
  subtitle: string;
  source: string;
  synthetic: boolean;
  /** Width of the whole document */
  width: number;
  legend?: Legend;
  /** Lines under the legend (what "no data" means, footnote marks) */
  notes?: readonly string[];
  /** Draws the chart at (x, y) in `width`; returns its markup and height */
  body: (x: number, y: number, width: number) => { markup: string; height: number };
}

export const MARGIN = 24;

const SYNTHETIC_LABEL = 'Synthetic demo data';
const SYNTHETIC_TEXT =
  'Generated for development and demonstration: it does not describe any state’s real law.';

/** The standalone document: header, synthetic mark, chart, legend, notes and source line. */
export function svgDocument(input: FrameInput): SvgDocument {
  const { width } = input;
  const inner = width - 2 * MARGIN;
  const parts: string[] = [];
  let y = MARGIN;

  const titleLines = wrapText(input.title, inner, 20, true);
  parts.push(textLines(MARGIN, y + 18, titleLines, 25, { size: 20, weight: 'bold' }));
  y += titleLines.length * 25 + 2;
  const subtitleLines = wrapText(input.subtitle, inner, 13);
  parts.push(textLines(MARGIN, y + 13, subtitleLines, 18, { size: 13, fill: SVG_COLORS.muted }));
  y += subtitleLines.length * 18 + 8;

  if (input.synthetic) {
    const badgeWidth = textWidth(SYNTHETIC_LABEL, 12, true) + 16;
    const noteLines = wrapText(SYNTHETIC_TEXT, inner - badgeWidth - 10, 11.5);
    const height = Math.max(24, noteLines.length * 15 + 9);
    parts.push(
      `<g class="synthetic-mark">${rect(MARGIN, y, inner, height, SVG_COLORS.syntheticFill, {
        stroke: SVG_COLORS.syntheticStroke,
        rx: 4,
      })}${text(MARGIN + 8, y + height / 2, SYNTHETIC_LABEL, {
        size: 12,
        weight: 'bold',
        fill: SVG_COLORS.syntheticText,
        middle: true,
      })}${textLines(
        MARGIN + badgeWidth + 4,
        y + height / 2 - ((noteLines.length - 1) * 15) / 2,
        noteLines,
        15,
        { size: 11.5, fill: SVG_COLORS.syntheticText, middle: true },
      )}</g>`,
    );
    y += height + 12;
  }

  if (input.legend && input.legend.entries.length > 0) {
    const legend = legendBlock(MARGIN, y, inner, input.legend);
    parts.push(`<g class="legend">${legend.markup}</g>`);
    y += legend.height + 8;
  }

  const body = input.body(MARGIN, y, inner);
  parts.push(`<g class="chart">${body.markup}</g>`);
  y += body.height + 12;

  for (const note of input.notes ?? []) {
    const lines = wrapText(note, inner, 11.5);
    parts.push(textLines(MARGIN, y + 11, lines, 15, { size: 11.5, fill: SVG_COLORS.muted }));
    y += lines.length * 15 + 4;
  }

  y += 6;
  parts.push(line(MARGIN, y, width - MARGIN, y, SVG_COLORS.border));
  y += 8;
  const sourceLines = wrapText(input.source, inner, 11.5);
  parts.push(
    `<g class="source">${textLines(MARGIN, y + 12, sourceLines, 15, {
      size: 11.5,
      fill: SVG_COLORS.muted,
    })}</g>`,
  );
  y += sourceLines.length * 15 + 4;
  parts.push(text(MARGIN, y + 12, 'Made with Statewise', { size: 10.5, fill: SVG_COLORS.muted }));
  y += 16 + MARGIN;

  const height = Math.ceil(y);
  const title = escapeXml(input.title);
  const desc = escapeXml(`${input.subtitle}. ${input.source}`);
  const markup =
    `<?xml version="1.0" encoding="UTF-8"?>\n` +
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" aria-labelledby="sw-title sw-desc" font-family="${escapeXml(FONT_FAMILY)}">` +
    `<title id="sw-title">${title}</title><desc id="sw-desc">${desc}</desc>` +
    `<defs><pattern id="sw-no-data" patternUnits="userSpaceOnUse" width="6" height="6" patternTransform="rotate(45)">` +
    `<rect width="6" height="6" fill="${SVG_COLORS.noDataFill}"/><line x1="0" y1="0" x2="0" y2="6" stroke="${SVG_COLORS.noDataHatch}" stroke-width="1.6"/></pattern></defs>` +
    rect(0, 0, width, height, SVG_COLORS.background) +
    parts.join('') +
    `</svg>\n`;
  return { markup, width, height };
}
