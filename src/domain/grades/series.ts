import type { GradeHistory } from '@/domain/contract/grade-history-schema';
import { stateName } from '@/domain/format/jurisdictions';
import { scoreWords } from './text';
import { gradeEras, stateValues, type GradeEra, type GradeValue, type StateYear } from './model';

/**
 * The chosen states' scores over time, one panel per framework, each on its own scale (its own
 * maximum): two frameworks are never put on one axis, and no line crosses the break between them.
 * Within a framework a line joins two values only in consecutive years with the same maximum, so
 * a missing year stays a gap and 2011 (out of 100) is not joined to 2012 (out of 102.5).
 */

/** More states than this make the chart unreadable; the rest are named, not drawn. */
export const MAX_CHART_STATES = 6;

export interface ScorePoint {
  year: number;
  score: number;
  maxScore: number | null;
  value: GradeValue;
}

export interface ScoreSeries {
  code: string;
  name: string;
  /** Its place among the chosen states: its colour and marker shape */
  index: number;
  points: readonly ScorePoint[];
  /** Pairs of points a line joins */
  segments: readonly (readonly [ScorePoint, ScorePoint])[];
  /** Every value of the state in the panel's years (grades without a score too), by year */
  values: readonly GradeValue[];
}

export interface ScorePanel {
  era: GradeEra;
  /** Every year of the framework's run, first to last */
  years: readonly number[];
  /** Top of the axis: the largest maximum of the framework's editions (or a larger score) */
  axisMax: number;
  /** The maximum of each edition (a dashed line where it is not the axis's top) */
  maxima: readonly { year: number; maxScore: number }[];
  series: readonly ScoreSeries[];
}

export interface ScoreChartModel {
  panels: readonly ScorePanel[];
  /** The states drawn, in the URL's order */
  states: readonly { code: string; name: string; index: number }[];
  /** Chosen states beyond MAX_CHART_STATES: named, not drawn */
  left: readonly string[];
  /** Years between frameworks (no framework's edition): drawn as the break */
  gapYears: readonly number[];
  /** Whether any chosen state has any published score */
  hasScores: boolean;
}

function range(first: number, last: number): number[] {
  return Array.from({ length: last - first + 1 }, (_, i) => first + i);
}

export function scoreChart(history: GradeHistory, codes: readonly string[]): ScoreChartModel {
  const eras = gradeEras(history);
  const drawn = codes.slice(0, MAX_CHART_STATES);
  const states = drawn.map((code, index) => ({ code, name: stateName(code), index }));
  const values = new Map(drawn.map((code) => [code, stateValues(history, code)]));
  const panels = eras.map((era): ScorePanel => {
    const years = range(era.first, era.last);
    const maxima = years.flatMap((year) => {
      const m = era.framework.maxScores.find((x) => x.editions.includes(year));
      return m ? [{ year, maxScore: m.maxScore }] : [];
    });
    const series = states.map(({ code, name, index }): ScoreSeries => {
      const own = (values.get(code) ?? []).filter((v) => v.era.framework.id === era.framework.id);
      const points = own.flatMap((v) =>
        v.score === null ? [] : [{ year: v.year, score: v.score, maxScore: v.maxScore, value: v }],
      );
      const segments = points.flatMap((p, i) => {
        const next = points[i + 1];
        return next && next.year === p.year + 1 && next.maxScore === p.maxScore
          ? [[p, next] as const]
          : [];
      });
      return { code, name, index, points, segments, values: own };
    });
    const top = Math.max(
      0,
      ...maxima.map((m) => m.maxScore),
      ...series.flatMap((s) => s.points.map((p) => p.score)),
    );
    return { era, years, axisMax: top > 0 ? top : 100, maxima, series };
  });
  const inEra = new Set(eras.flatMap((e) => e.framework.editions));
  return {
    panels,
    states,
    left: codes.slice(MAX_CHART_STATES),
    gapYears: history.years.filter(
      (y) => !inEra.has(y) && y > (eras[0]?.last ?? 0) && y < (eras.at(-1)?.first ?? 0),
    ),
    hasScores: panels.some((p) => p.series.some((s) => s.points.length > 0)),
  };
}

/** The text summary of the chart: what each state's published scores are, framework by framework. */
export function scoreChartSummary(model: ScoreChartModel): string {
  if (model.states.length === 0) return 'No state chosen.';
  const parts = model.states.map(({ code, name }) => {
    const perEra = model.panels.map((panel) => {
      const series = panel.series.find((s) => s.code === code);
      const points = series?.points ?? [];
      if (points.length === 0) {
        const grades = series?.values.filter((v) => v.grade).length ?? 0;
        return `${panel.era.framework.shortName}: no published score${grades > 0 ? ` (${grades} ${grades === 1 ? 'grade' : 'grades'} only)` : ''}`;
      }
      const list = points.map((p) => `${scoreWords(p.value)} in ${p.year}`).join(', ');
      return `${panel.era.framework.shortName}: ${list}`;
    });
    return `${name} — ${perEra.join('; ')}.`;
  });
  const left =
    model.left.length > 0
      ? ` Only the first ${MAX_CHART_STATES} chosen states are drawn (${model.left.map(stateName).join(', ')} left out).`
      : '';
  return `${parts.join(' ')} Each framework is drawn on its own scale; no line crosses the change of framework, and a year without a score is a gap.${left}`;
}

/** The chosen states' years in each framework's run, a year without a value too. */
export function chartStateYears(model: ScoreChartModel): StateYear[] {
  return model.states.flatMap((state) =>
    model.panels.flatMap((panel) => {
      const series = panel.series.find((s) => s.code === state.code);
      return panel.years.map((year) => ({
        code: state.code,
        name: state.name,
        year,
        framework: panel.era.framework.shortName,
        value: series?.values.find((v) => v.year === year) ?? null,
      }));
    }),
  );
}
