import type { Status } from '@/domain/contract/evaluation-schema';
import type { SvgDocument } from './spec';
import {
  escapeXml,
  fitText,
  NO_DATA_FILL,
  num,
  rect,
  svgDocument,
  SVG_COLORS,
  text,
  type Legend,
} from './svg-common';

/**
 * The heatmap as SVG: states (rows) × policy goals (columns) grouped by issue area, each cell
 * the status colour with its glyph (never colour alone); not evaluated hatched; the score beside
 * each state. Cells outside a status filter are faded, as on the page.
 */
export interface HeatmapSvgRow {
  name: string;
  statuses: readonly Status[];
  /** Whether each cell has a status the filter selects; null = no filter */
  matches: readonly boolean[] | null;
  /** The score column, as text ("38.8 (40)", "—") */
  score: string;
}

export interface HeatmapSvgInput {
  title: string;
  subtitle: string;
  source: string;
  synthetic: boolean;
  groups: readonly { issueId: string; title: string; span: number }[];
  columns: readonly { goalId: string; groupStart: boolean }[];
  rows: readonly HeatmapSvgRow[];
  scoreHeading: string;
  /** Fill and text colour per evaluated status; not-evaluated is hatched */
  colors: Record<Exclude<Status, 'not-evaluated'>, string>;
  glyphs: Record<Status, string>;
  onColor: string;
  legend: Legend;
  notes?: readonly string[];
}

const NAME_W = 150;
const CELL = 16;
const GROUP_GAP = 5;
const SCORE_W = 78;
const ROW_H = 17;
const GROUP_H = 30;
const GOAL_H = 30;

export function heatmapSvg(input: HeatmapSvgInput): SvgDocument {
  const groupCount = input.columns.filter((c) => c.groupStart).length;
  const gridWidth = input.columns.length * CELL + Math.max(0, groupCount - 1) * GROUP_GAP;
  const width = Math.max(640, NAME_W + gridWidth + SCORE_W + 48);
  return svgDocument({
    title: input.title,
    subtitle: input.subtitle,
    source: input.source,
    synthetic: input.synthetic,
    width,
    legend: input.legend,
    ...(input.notes ? { notes: input.notes } : {}),
    body: (x, y) => {
      const parts: string[] = [];
      // Column positions, with a gap before each issue area but the first.
      const colX: number[] = [];
      let cx = x + NAME_W;
      input.columns.forEach((col, i) => {
        if (col.groupStart && i > 0) cx += GROUP_GAP;
        colX.push(cx);
        cx += CELL;
      });
      const scoreX = cx + 8;

      // Issue-area headings over their columns.
      let start = 0;
      for (const group of input.groups) {
        const gx = colX[start] ?? x + NAME_W;
        const gw = group.span * CELL;
        parts.push(rect(gx, y + GROUP_H - 4, gw, 2, SVG_COLORS.muted));
        const label = fitText(`${group.issueId}. ${group.title}`, gw - 2, 10.5, true);
        parts.push(
          text(gx + 1, y + GROUP_H - 9, label, {
            size: 10.5,
            weight: 'bold',
            fill: SVG_COLORS.text,
          }),
        );
        start += group.span;
      }
      // Goal ids, turned to fit the narrow columns.
      const goalY = y + GROUP_H + GOAL_H - 4;
      input.columns.forEach((col, i) => {
        const gx = (colX[i] ?? 0) + CELL / 2 + 3.5;
        parts.push(
          `<text x="${num(gx)}" y="${num(goalY)}" font-size="9.5" fill="${SVG_COLORS.muted}" transform="rotate(-90 ${num(gx)} ${num(goalY)})">${escapeXml(col.goalId)}</text>`,
        );
      });
      parts.push(
        text(scoreX, goalY, fitText(input.scoreHeading, SCORE_W + 14, 10.5), {
          size: 10.5,
          weight: 'bold',
        }),
      );

      const top = y + GROUP_H + GOAL_H + 2;
      input.rows.forEach((row, r) => {
        const ry = top + r * ROW_H;
        parts.push(
          text(x + NAME_W - 8, ry + CELL / 2, fitText(row.name, NAME_W - 10, 11.5), {
            size: 11.5,
            anchor: 'end',
            middle: true,
          }),
        );
        row.statuses.forEach((status, c) => {
          const px = colX[c] ?? 0;
          const dim = row.matches !== null && row.matches[c] === false;
          const fill = status === 'not-evaluated' ? NO_DATA_FILL : input.colors[status];
          const cell =
            rect(px + 0.5, ry + 0.5, CELL - 1, CELL - 1, fill, {
              stroke: SVG_COLORS.background,
              strokeWidth: 1,
            }) +
            text(px + CELL / 2, ry + CELL / 2 + 0.5, input.glyphs[status], {
              size: 9.5,
              anchor: 'middle',
              middle: true,
              fill: input.onColor,
            });
          parts.push(dim ? `<g opacity="0.25">${cell}</g>` : cell);
        });
        parts.push(text(scoreX, ry + CELL / 2, row.score, { size: 11.5, middle: true }));
      });
      const height = GROUP_H + GOAL_H + 2 + input.rows.length * ROW_H;
      return { markup: parts.join(''), height };
    },
  });
}
