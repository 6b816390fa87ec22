import type { SvgDocument } from './spec';
import {
  fitText,
  line,
  NO_DATA_FILL,
  rect,
  svgDocument,
  SVG_COLORS,
  text,
  wrapText,
  type Legend,
} from './svg-common';

/**
 * A table as SVG, for comparisons whose chart is a table (statutes of limitation, victim
 * protections, published grades, the goal-by-goal comparison). Cells may carry a fill (a grade,
 * a status); text wraps within its column, up to a few lines.
 */
export interface SvgCell {
  text: string;
  /** Background; null = the no-data hatch */
  fill?: string | null;
  color?: string;
  bold?: boolean;
}

export interface SvgTableColumn {
  label: string;
  /** Share of the width, relative to the other columns */
  weight?: number;
  align?: 'start' | 'middle';
}

export interface SvgTableSection {
  /** A heading row across the table (an issue area) */
  heading?: string;
  rows: readonly (readonly (SvgCell | string)[])[];
}

export interface TableSvgInput {
  title: string;
  subtitle: string;
  source: string;
  synthetic: boolean;
  columns: readonly SvgTableColumn[];
  sections: readonly SvgTableSection[];
  legend?: Legend;
  notes?: readonly string[];
  width?: number;
  /** Lines a cell may take before it is cut with an ellipsis */
  maxLines?: number;
}

const SIZE = 11.5;
const LINE_H = 14;
const PAD = 5;

function cellOf(cell: SvgCell | string): SvgCell {
  return typeof cell === 'string' ? { text: cell } : cell;
}

export function tableSvg(input: TableSvgInput): SvgDocument {
  const width = input.width ?? 760;
  const maxLines = input.maxLines ?? 3;
  return svgDocument({
    title: input.title,
    subtitle: input.subtitle,
    source: input.source,
    synthetic: input.synthetic,
    width,
    ...(input.legend ? { legend: input.legend } : {}),
    ...(input.notes ? { notes: input.notes } : {}),
    body: (x, y, inner) => {
      const total = input.columns.reduce((n, c) => n + (c.weight ?? 1), 0);
      const widths = input.columns.map((c) => (inner * (c.weight ?? 1)) / total);
      const lefts: number[] = [];
      widths.reduce((left, w) => {
        lefts.push(left);
        return left + w;
      }, x);
      const parts: string[] = [];
      let cy = y;

      const wrap = (cell: SvgCell, w: number): string[] => {
        const lines = wrapText(cell.text, w - 2 * PAD, SIZE, cell.bold);
        if (lines.length <= maxLines) return lines.length ? lines : [''];
        const kept = lines.slice(0, maxLines);
        kept[maxLines - 1] = fitText(`${kept[maxLines - 1]} …`, w - 2 * PAD, SIZE, cell.bold);
        return kept;
      };

      // Header row
      const headLines = input.columns.map((c, i) =>
        wrap({ text: c.label, bold: true }, widths[i]!),
      );
      const headH = Math.max(...headLines.map((l) => l.length)) * LINE_H + 2 * PAD;
      input.columns.forEach((c, i) => {
        headLines[i]!.forEach((l, k) => {
          const middle = c.align === 'middle';
          parts.push(
            text(
              middle ? lefts[i]! + widths[i]! / 2 : lefts[i]! + PAD,
              cy + PAD + 11 + k * LINE_H,
              l,
              {
                size: SIZE,
                weight: 'bold',
                ...(middle ? { anchor: 'middle' as const } : {}),
              },
            ),
          );
        });
      });
      cy += headH;
      parts.push(line(x, cy, x + inner, cy, SVG_COLORS.text, 1.5));

      for (const section of input.sections) {
        if (section.heading) {
          const lines = wrapText(section.heading, inner - 2 * PAD, 12, true);
          const h = lines.length * LINE_H + 2 * PAD + 2;
          parts.push(rect(x, cy, inner, h, SVG_COLORS.track));
          lines.forEach((l, k) =>
            parts.push(text(x + PAD, cy + PAD + 12 + k * LINE_H, l, { size: 12, weight: 'bold' })),
          );
          cy += h;
        }
        for (const raw of section.rows) {
          const cells = raw.map(cellOf);
          const wrapped = cells.map((cell, i) => wrap(cell, widths[i] ?? 60));
          const h = Math.max(1, ...wrapped.map((l) => l.length)) * LINE_H + 2 * PAD;
          cells.forEach((cell, i) => {
            const left = lefts[i];
            const w = widths[i];
            if (left === undefined || w === undefined) return;
            if (cell.fill !== undefined) {
              parts.push(
                rect(left + 1.5, cy + 1.5, w - 3, h - 3, cell.fill ?? NO_DATA_FILL, { rx: 3 }),
              );
            }
            const middle = input.columns[i]?.align === 'middle';
            const lines = wrapped[i] ?? [];
            const firstY = cy + h / 2 - ((lines.length - 1) * LINE_H) / 2;
            lines.forEach((l, k) =>
              parts.push(
                text(middle ? left + w / 2 : left + PAD, firstY + k * LINE_H, l, {
                  size: SIZE,
                  middle: true,
                  ...(middle ? { anchor: 'middle' as const } : {}),
                  ...(cell.bold ? { weight: 'bold' as const } : {}),
                  ...(cell.color ? { fill: cell.color } : {}),
                }),
              ),
            );
          });
          cy += h;
          parts.push(line(x, cy, x + inner, cy, SVG_COLORS.grid));
        }
      }
      if (input.sections.every((s) => s.rows.length === 0)) {
        parts.push(text(x + PAD, cy + 16, 'No rows to show.', { size: SIZE }));
        cy += 24;
      }
      return { markup: parts.join(''), height: cy - y };
    },
  });
}
