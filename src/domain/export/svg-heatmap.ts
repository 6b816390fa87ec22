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
  textLines,
  textWidth,
  wrapText,
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
const GOAL_H = 30;
const HEAD_SIZE = 10.5;
const HEAD_LINE = 12.5;

export interface HeatmapGroupLayout {
  issueId: string;
  /** Left edge of the group's first column */
  x: number;
  /** The group's width: its columns, or more when a word of its heading is wider */
  width: number;
  /** The heading, whole, wrapped to the width (never cut or shortened) */
  lines: string[];
}

/**
 * Where each issue area and column goes. A heading wraps onto as many lines as it needs, and a
 * group is widened (the extra space after its columns) until the widest word of its heading fits:
 * an exported heading is never cut.
 */
export function heatmapLayout(
  input: Pick<HeatmapSvgInput, 'groups' | 'columns'>,
  x: number,
): { groups: HeatmapGroupLayout[]; colX: number[]; end: number; headLines: number } {
  const groups: HeatmapGroupLayout[] = [];
  const colX: number[] = [];
  let cx = x + NAME_W;
  let column = 0;
  input.groups.forEach((group, g) => {
    if (g > 0) cx += GROUP_GAP;
    const label = `${group.issueId}. ${group.title}`;
    const widest = Math.max(...label.split(/\s+/).map((word) => textWidth(word, HEAD_SIZE, true)));
    const width = Math.max(group.span * CELL, Math.ceil(widest) + 4);
    groups.push({
      issueId: group.issueId,
      x: cx,
      width,
      lines: wrapText(label, width - 2, HEAD_SIZE, true),
    });
    for (let i = 0; i < group.span && column < input.columns.length; i++, column++) {
      colX.push(cx + i * CELL);
    }
    cx += width;
  });
  // Columns beyond the groups' spans (never in a well-formed model) still get a place.
  for (; column < input.columns.length; column++, cx += CELL) colX.push(cx);
  const headLines = Math.max(1, ...groups.map((g) => g.lines.length));
  return { groups, colX, end: cx, headLines };
}

export function heatmapSvg(input: HeatmapSvgInput): SvgDocument {
  const probe = heatmapLayout(input, 0);
  const width = Math.max(640, Math.ceil(probe.end) + SCORE_W + 48);
  const groupH = probe.headLines * HEAD_LINE + 10;
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
      const { groups, colX, end } = heatmapLayout(input, x);
      const scoreX = end + 8;

      // Issue-area headings over their columns, bottom-aligned on the rule under them.
      for (const group of groups) {
        parts.push(rect(group.x, y + groupH - 4, group.width, 2, SVG_COLORS.muted));
        const first = y + groupH - 9 - (group.lines.length - 1) * HEAD_LINE;
        parts.push(
          textLines(group.x + 1, first, group.lines, HEAD_LINE, {
            size: HEAD_SIZE,
            weight: 'bold',
            fill: SVG_COLORS.text,
          }),
        );
      }
      // Goal ids, turned to fit the narrow columns.
      const goalY = y + groupH + GOAL_H - 4;
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

      const top = y + groupH + GOAL_H + 2;
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
      const height = groupH + GOAL_H + 2 + input.rows.length * ROW_H;
      return { markup: parts.join(''), height };
    },
  });
}
