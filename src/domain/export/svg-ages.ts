import type { SvgDocument } from './spec';
import {
  fitText,
  line,
  NO_DATA_FILL,
  num,
  rect,
  svgDocument,
  SVG_COLORS,
  text,
  type Legend,
} from './svg-common';

/**
 * Ages of juvenile court jurisdiction as ranges (goal 2.9), as SVG: a dot at the minimum age, a
 * dot at the maximum, a bar between. "No statutory minimum" is a dashed bar from the start of the
 * axis with an arrow, never a bar from zero; a state without facts says "no data".
 */
export interface AgeRange {
  /** null = no statutory minimum (a value, not unknown) */
  minAge: number | null;
  /** null = unknown */
  maxAge: number | null;
}

export interface AgeSvgRow {
  name: string;
  /** null = no data (unknown) */
  range: AgeRange | null;
  /** Reference data, drawn outlined, where it differs from the report */
  reference?: AgeRange | null;
  /** Low confidence (sources conflict): marked with * */
  low?: boolean;
  highlighted?: boolean;
}

export interface AgesSvgInput {
  title: string;
  subtitle: string;
  source: string;
  synthetic: boolean;
  axis: { from: number; to: number; ticks: readonly number[] };
  rows: readonly AgeSvgRow[];
  legend: Legend;
  notes?: readonly string[];
}

const WIDTH = 760;
const NAME_W = 160;
const VALUE_W = 150;
const ROW_H = 18;
// The screen's colours for the chart (the range in purple, the reference outline in orange).
const BAR = SVG_COLORS.rangeBar;
const REF = SVG_COLORS.rangeRef;

export function shortRange(range: AgeRange): string {
  const max = range.maxAge === null ? '?' : String(range.maxAge);
  return range.minAge === null ? `no min.–${max}` : `${range.minAge}–${max}`;
}

export function agesSvg(input: AgesSvgInput): SvgDocument {
  const { axis } = input;
  return svgDocument({
    title: input.title,
    subtitle: input.subtitle,
    source: input.source,
    synthetic: input.synthetic,
    width: WIDTH,
    legend: input.legend,
    ...(input.notes ? { notes: input.notes } : {}),
    body: (x, y, inner) => {
      const trackX = x + NAME_W;
      const trackW = inner - NAME_W - VALUE_W;
      const pos = (age: number) =>
        trackX + ((age - axis.from) / Math.max(1, axis.to - axis.from)) * trackW;
      const parts: string[] = [];
      parts.push(text(x, y + 11, 'Age (years)', { size: 10.5, fill: SVG_COLORS.muted }));
      for (const age of axis.ticks) {
        if (age % 2 !== 0) continue;
        parts.push(
          text(pos(age), y + 11, String(age), {
            size: 10.5,
            anchor: 'middle',
            fill: SVG_COLORS.muted,
          }),
        );
      }
      const top = y + 18;
      const bottom = top + input.rows.length * ROW_H;
      for (const age of axis.ticks) {
        if (age % 2 !== 0) continue;
        parts.push(line(pos(age), top, pos(age), bottom, SVG_COLORS.grid));
      }

      const drawRange = (range: AgeRange, mid: number, reference: boolean): string => {
        if (range.maxAge === null) {
          return text(trackX + 4, mid, 'upper age unknown', {
            size: 10.5,
            middle: true,
            fill: SVG_COLORS.muted,
          });
        }
        const end = pos(range.maxAge);
        const noMinimum = range.minAge === null;
        const start = noMinimum ? trackX : pos(range.minAge!);
        if (reference) {
          // As on the page: a thin orange line with hollow ends, under the report's range.
          const ry = mid + 6;
          const hollow = (cx: number) =>
            `<circle cx="${num(cx)}" cy="${num(ry)}" r="2.5" fill="${SVG_COLORS.background}" stroke="${REF}" stroke-width="1.5"/>`;
          return (
            line(start, ry, Math.max(end, start + 2), ry, REF, 2) +
            (noMinimum ? '' : hollow(start)) +
            hollow(end)
          );
        }
        const dot = (cx: number) =>
          `<circle cx="${num(cx)}" cy="${num(mid)}" r="4" fill="${BAR}" stroke="${SVG_COLORS.background}" stroke-width="1.5"/>`;
        let out = line(
          noMinimum ? start + 7 : start,
          mid,
          end,
          mid,
          BAR,
          noMinimum ? 3 : 4,
          noMinimum ? '5 3' : undefined,
        );
        out += noMinimum
          ? `<path d="M${num(start)} ${num(mid)} l7 -5 v10 z" fill="${BAR}"/>`
          : dot(start);
        out += dot(end);
        return out;
      };

      input.rows.forEach((row, i) => {
        const ry = top + i * ROW_H;
        const mid = ry + ROW_H / 2 - (row.reference ? 2 : 0);
        // A chosen state is outlined, as on the page.
        if (row.highlighted) {
          parts.push(
            rect(x - 3, ry + 1, inner + 6, ROW_H - 2, 'none', {
              stroke: SVG_COLORS.highlight,
              strokeWidth: 2,
            }),
          );
        }
        const name = `${row.name}${row.low ? ' *' : ''}`;
        parts.push(
          text(x, ry + ROW_H / 2, fitText(name, NAME_W - 10, 11.5), { size: 11.5, middle: true }),
        );
        if (!row.range) {
          parts.push(
            rect(trackX, ry + 4, 28, ROW_H - 8, NO_DATA_FILL, { stroke: SVG_COLORS.border }),
          );
          parts.push(
            text(trackX + 34, ry + ROW_H / 2, 'no data', {
              size: 10.5,
              middle: true,
              fill: SVG_COLORS.muted,
            }),
          );
        } else {
          parts.push(drawRange(row.range, mid, false));
          if (row.reference) parts.push(drawRange(row.reference, mid, true));
        }
        const value = row.range ? shortRange(row.range) : 'unknown';
        const ref = row.reference ? `  ref. ${shortRange(row.reference)}` : '';
        parts.push(
          text(trackX + trackW + 10, ry + ROW_H / 2, `${value}${ref}`, { size: 11, middle: true }),
        );
      });
      return { markup: parts.join(''), height: bottom - y + 4 };
    },
  });
}

export const AGE_LEGEND: Legend = {
  entries: [
    { fill: 'none', shape: 'range', label: 'Minimum to maximum age (10–17: ages 10 through 17)' },
    { fill: 'none', shape: 'no-minimum', label: 'No statutory minimum age (not zero)' },
    { fill: 'none', shape: 'reference', label: 'Reference data, where it differs from the report' },
    { fill: null, label: 'No data (unknown)' },
  ],
};
