import type { SvgDocument } from '@/domain/export/spec';
import {
  fitText,
  line,
  rect,
  svgDocument,
  SVG_COLORS,
  text,
  type Legend,
} from '@/domain/export/svg-common';
import { GRADE_COLORS, THEME_COLORS } from '@/domain/format/palette';
import { GRADES } from '@/domain/contract/shared-schema';
import { formatPublished } from '@/domain/format/numbers';
import { scoreChartLayout } from './chart-layout';
import type { GradeGrid } from './model';
import type { ScoreChartModel } from './series';
import { markerPath, seriesColor, seriesShape } from './series-style';
import { INFERRED_MARK, NO_VALUE, valueShort } from './text';

/** The grid and the score chart as standalone SVG, for the Download menu (PNG is drawn from it). */

export interface SvgFrameText {
  title: string;
  subtitle: string;
  source: string;
}

const BREAK_GAP = 10;

export function gradeLegend(): Legend {
  return {
    title: 'Published grade',
    entries: [
      ...GRADES.map((g) => ({
        fill: GRADE_COLORS[g]?.fill ?? THEME_COLORS.light.noData,
        mark: g,
        markColor: GRADE_COLORS[g]?.text ?? '#111111',
        label: g,
      })),
      { fill: SVG_COLORS.track, mark: '66', label: 'a score only' },
      { fill: 'none' as const, label: `${INFERRED_MARK} inferred: the sources imply it` },
      { fill: 'none' as const, label: `blank: ${NO_VALUE.toLowerCase()}` },
    ],
  };
}

export function gridSvg(grid: GradeGrid, frame: SvgFrameText): SvgDocument {
  const nameWidth = 150;
  const cell = 46;
  const breaks = grid.columns.filter((c) => c.breakBefore).length;
  const width = 48 + nameWidth + grid.columns.length * cell + breaks * BREAK_GAP;
  const rowH = 17;
  return svgDocument({
    ...frame,
    synthetic: false,
    width,
    legend: gradeLegend(),
    body: (x0, y0) => {
      const parts: string[] = [];
      const lefts: number[] = [];
      let cx = x0 + nameWidth;
      for (const c of grid.columns) {
        if (c.breakBefore) cx += BREAK_GAP;
        lefts.push(cx);
        cx += cell;
      }
      // Group headings: each framework across its years; years of no framework say so.
      let col = 0;
      for (const group of grid.groups) {
        const left = lefts[col]!;
        const right = lefts[col + group.years.length - 1]! + cell;
        const era = group.kind === 'era';
        const label = era ? group.era.label : 'no data';
        const size = era ? 11.5 : 10;
        parts.push(
          text((left + right) / 2, y0 + 12, fitText(label, right - left - 4, size, era), {
            size,
            weight: era ? 'bold' : 'normal',
            anchor: 'middle',
            fill: era ? SVG_COLORS.text : SVG_COLORS.muted,
          }),
          line(left + 2, y0 + 17, right - 2, y0 + 17, SVG_COLORS.muted),
        );
        col += group.years.length;
      }
      grid.columns.forEach((c, i) =>
        parts.push(
          text(lefts[i]! + cell / 2, y0 + 32, String(c.year), { size: 11, anchor: 'middle' }),
        ),
      );
      const top = y0 + 40;
      grid.rows.forEach((row, r) => {
        const y = top + r * rowH;
        if (r % 2 === 1) parts.push(rect(x0, y, cx - x0, rowH, THEME_COLORS.light.surface));
        parts.push(
          text(x0 + 2, y + rowH / 2, fitText(row.name, nameWidth - 6, 11.5), {
            size: 11.5,
            middle: true,
          }),
        );
        row.cells.forEach((v, i) => {
          if (!v) return;
          const colors = v.grade ? GRADE_COLORS[v.grade] : undefined;
          parts.push(
            rect(lefts[i]! + 2, y + 1.5, cell - 4, rowH - 3, colors?.fill ?? SVG_COLORS.track, {
              rx: 2,
            }),
            text(
              lefts[i]! + cell / 2,
              y + rowH / 2,
              `${valueShort(v)}${v.inferred ? INFERRED_MARK : ''}`,
              {
                size: 11,
                weight: v.grade ? 'bold' : 'normal',
                anchor: 'middle',
                middle: true,
                fill: colors?.text ?? SVG_COLORS.text,
              },
            ),
          );
        });
      });
      const bottom = top + grid.rows.length * rowH;
      // The break: a double rule where the framework changes.
      grid.columns.forEach((c, i) => {
        if (!c.breakBefore) return;
        const bx = lefts[i]! - BREAK_GAP / 2;
        parts.push(
          line(bx - 2, y0, bx - 2, bottom, SVG_COLORS.text, 1.5),
          line(bx + 2, y0, bx + 2, bottom, SVG_COLORS.text, 1.5),
        );
      });
      return { markup: parts.join(''), height: bottom - y0 };
    },
  });
}

export function scoreChartSvg(model: ScoreChartModel, frame: SvgFrameText): SvgDocument {
  const width = 820;
  const inner = width - 48;
  const layout = scoreChartLayout(model, inner);
  return svgDocument({
    ...frame,
    synthetic: false,
    width,
    legend: {
      title: 'States',
      entries: model.states.map((s) => ({
        fill: 'none' as const,
        label: `${s.name} (${seriesShape(s.index)})`,
      })),
    },
    notes: [
      'Each framework is on its own scale; no line crosses the change of framework. A line joins two scores only in consecutive years out of the same maximum; a year without a score is a gap. Letters below each axis are the published grades.',
    ],
    body: (x0, y0) => {
      const parts: string[] = [];
      for (const p of layout.panels) {
        const ox = x0;
        const oy = y0;
        parts.push(
          text(ox + p.x + 4, oy + p.y + 14, p.panel.era.label, { size: 12, weight: 'bold' }),
        );
        for (const t of p.ticks) {
          const ty = oy + p.yOf(t);
          parts.push(
            line(ox + p.plotLeft, ty, ox + p.plotRight, ty, SVG_COLORS.grid),
            text(ox + p.plotLeft - 4, ty, formatPublished(t), {
              size: 10,
              anchor: 'end',
              middle: true,
              fill: SVG_COLORS.muted,
            }),
          );
        }
        for (const m of p.panel.maxima) {
          const mx = ox + p.xOf(m.year);
          const my = oy + p.yOf(m.maxScore);
          parts.push(line(mx - 9, my, mx + 9, my, SVG_COLORS.muted, 1.5, '3 2'));
        }
        for (const year of p.panel.years) {
          parts.push(
            text(ox + p.xOf(year), oy + p.plotBottom + 14, String(year).slice(2), {
              size: 10,
              anchor: 'middle',
              fill: SVG_COLORS.muted,
            }),
          );
        }
        for (const s of p.panel.series) {
          const color = seriesColor(s.index);
          for (const [a, b] of s.segments) {
            parts.push(
              line(
                ox + p.xOf(a.year),
                oy + p.yOf(a.score),
                ox + p.xOf(b.year),
                oy + p.yOf(b.score),
                color,
                2,
              ),
            );
          }
          for (const pt of s.points) {
            parts.push(
              `<path d="${markerPath(seriesShape(s.index), ox + p.xOf(pt.year), oy + p.yOf(pt.score), 4)}" fill="${color}" stroke="#ffffff" stroke-width="1"/>`,
            );
          }
          const gy = oy + p.gradeRowY(s.index);
          for (const v of s.values) {
            if (!v.grade) continue;
            parts.push(
              text(ox + p.xOf(v.year), gy, `${v.grade}${v.inferred ? INFERRED_MARK : ''}`, {
                size: 10.5,
                anchor: 'middle',
                weight: 'bold',
                fill: color,
              }),
            );
          }
          parts.push(
            `<path d="${markerPath(seriesShape(s.index), ox + p.x + 8, gy - 3.5, 3.5)}" fill="${color}"/>`,
          );
        }
      }
      for (const b of layout.breaks) {
        // A double rule with the years between the frameworks named in its middle.
        const cx = x0 + b.x + b.width / 2;
        const cy = y0 + b.y + b.height / 2;
        const label = b.years.length ? [b.years.join(', '), 'no data'] : [];
        if (layout.stacked) {
          parts.push(
            line(x0 + b.x, cy - 3, x0 + b.x + b.width, cy - 3, SVG_COLORS.text, 1.5),
            line(x0 + b.x, cy + 3, x0 + b.x + b.width, cy + 3, SVG_COLORS.text, 1.5),
          );
        } else {
          const half = label.length ? 18 : 0;
          for (const dx of [-3, 3]) {
            parts.push(
              line(cx + dx, y0 + b.y, cx + dx, cy - half, SVG_COLORS.text, 1.5),
              line(cx + dx, cy + half, cx + dx, y0 + b.y + b.height, SVG_COLORS.text, 1.5),
            );
          }
          label.forEach((l, i) =>
            parts.push(
              text(cx, cy - 4 + i * 12, l, { size: 10, anchor: 'middle', fill: SVG_COLORS.muted }),
            ),
          );
        }
      }
      return { markup: parts.join(''), height: layout.height };
    },
  });
}
