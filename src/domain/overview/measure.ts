import { decodeStatus } from '@/domain/contract/derive-summary';
import type { EditionSummary, SummaryFacts, SummaryState } from '@/domain/contract/summary-schema';

/**
 * What the overview map and its ranked chart colour the states by, as carried in the URL's
 * `measure` parameter (url-state.ts MEASURE_PATTERN): published grade, coverage score, one issue
 * area's score, one goal's status, or a juvenile court age.
 */
export type OverviewMeasure =
  | { kind: 'grade' }
  | { kind: 'score' }
  | { kind: 'issue'; issueId: string }
  | { kind: 'status'; goalId: string }
  | { kind: 'min-age' }
  | { kind: 'max-age' };

export type MeasureKind = OverviewMeasure['kind'];

export const MEASURE_KINDS: readonly MeasureKind[] = [
  'grade',
  'score',
  'issue',
  'status',
  'min-age',
  'max-age',
];

export function measureKey(measure: OverviewMeasure): string {
  switch (measure.kind) {
    case 'issue':
      return `issue:${measure.issueId}`;
    case 'status':
      return `status:${measure.goalId}`;
    default:
      return measure.kind;
  }
}

/**
 * The measure a URL value names, if the edition knows it (an issue area or goal it does not hold
 * reads as no measure, so the page falls back to its default rather than drawing nothing).
 */
export function parseMeasure(
  text: string | null,
  summary: Pick<EditionSummary, 'goals' | 'issueAreas'>,
): OverviewMeasure | null {
  if (!text) return null;
  if (text === 'grade' || text === 'score' || text === 'min-age' || text === 'max-age') {
    return { kind: text };
  }
  if (text.startsWith('issue:')) {
    const issueId = text.slice(6);
    return summary.issueAreas.includes(issueId) ? { kind: 'issue', issueId } : null;
  }
  if (text.startsWith('status:')) {
    const goalId = text.slice(7);
    return summary.goals.includes(goalId) ? { kind: 'status', goalId } : null;
  }
  return null;
}

/** The measure to show when a kind is picked: issue area and goal start at the first one. */
export function measureOfKind(
  kind: MeasureKind,
  summary: Pick<EditionSummary, 'goals' | 'issueAreas'>,
  current?: OverviewMeasure | null,
): OverviewMeasure | null {
  if (current?.kind === kind) return current;
  switch (kind) {
    case 'issue': {
      const issueId = summary.issueAreas[0];
      return issueId === undefined ? null : { kind, issueId };
    }
    case 'status': {
      const goalId = summary.goals[0];
      return goalId === undefined ? null : { kind, goalId };
    }
    default:
      return { kind };
  }
}

export type JuvenileFact = NonNullable<SummaryFacts['juvenileJurisdiction']>;

/**
 * A state's juvenile court ages: the evaluation's own reading (report, or reference data imported
 * into the fact) first, else the reference fact kept beside it.
 */
export function juvenileFact(state: SummaryState): JuvenileFact | undefined {
  return state.facts?.juvenileJurisdiction ?? state.facts?.referenceJuvenileJurisdiction;
}

/** Whether a state has a value for the measure; "no statutory minimum" is a value. */
export function hasValue(
  state: SummaryState,
  measure: OverviewMeasure,
  summary: Pick<EditionSummary, 'goals' | 'issueAreas'>,
): boolean {
  switch (measure.kind) {
    case 'grade':
      return state.published !== undefined;
    case 'score':
      return state.score !== null;
    case 'issue': {
      const i = summary.issueAreas.indexOf(measure.issueId);
      return i >= 0 && (state.issueScores[i] ?? null) !== null;
    }
    case 'status': {
      const i = summary.goals.indexOf(measure.goalId);
      return i >= 0 && decodeStatus(state.statuses, i) !== 'not-evaluated';
    }
    case 'min-age':
      return juvenileFact(state) !== undefined;
    case 'max-age':
      return (juvenileFact(state)?.maxAge ?? null) !== null;
  }
}

export function statesWithValue(summary: EditionSummary, measure: OverviewMeasure): number {
  return summary.states.filter((s) => hasValue(s, measure, summary)).length;
}

/** Order of preference among the measures a default may be, for equal coverage. */
const DEFAULT_CANDIDATES: readonly OverviewMeasure[] = [
  { kind: 'score' },
  { kind: 'grade' },
  { kind: 'min-age' },
  { kind: 'max-age' },
];

/**
 * The measure a link without `measure` shows: the one known for the most states, preferring the
 * coverage score, then the published grade. So the demo data opens on scores, the report data on
 * the published grades where no state is scored (2021, 2023), and on the juvenile court ages that
 * all 51 have in 2022, rather than a map of one scored state and fifty unknowns.
 */
export function defaultMeasure(summary: EditionSummary): OverviewMeasure {
  let best: OverviewMeasure = { kind: summary.synthetic ? 'score' : 'grade' };
  let bestCount = 0;
  for (const candidate of DEFAULT_CANDIDATES) {
    const count = statesWithValue(summary, candidate);
    if (count > bestCount) {
      best = candidate;
      bestCount = count;
    }
  }
  return best;
}

export interface MeasureTitles {
  /** Issue area id → title, from the framework when loaded */
  issues?: ReadonlyMap<string, string>;
  /** Goal id → title */
  goals?: ReadonlyMap<string, string>;
}

/** The measure's name, e.g. "Coverage score", "Goal 2.9 status". */
export function measureLabel(measure: OverviewMeasure): string {
  switch (measure.kind) {
    case 'grade':
      return 'Published grade';
    case 'score':
      return 'Coverage score';
    case 'issue':
      return `Issue area ${measure.issueId} coverage score`;
    case 'status':
      return `Goal ${measure.goalId} status`;
    case 'min-age':
      return 'Minimum juvenile court age';
    case 'max-age':
      return 'Maximum juvenile court age';
  }
}

/** The label with the issue area's or goal's title where known. */
export function measureLongLabel(measure: OverviewMeasure, titles: MeasureTitles = {}): string {
  const label = measureLabel(measure);
  if (measure.kind === 'issue') {
    const title = titles.issues?.get(measure.issueId);
    return title ? `${label}: ${title}` : label;
  }
  if (measure.kind === 'status') {
    const title = titles.goals?.get(measure.goalId);
    return title ? `${label}: ${title}` : label;
  }
  return label;
}

/** Short names for the picker's buttons. */
export const MEASURE_KIND_LABELS: Record<MeasureKind, string> = {
  grade: 'Published grade',
  score: 'Coverage score',
  issue: 'Issue area score',
  status: 'One goal’s status',
  'min-age': 'Minimum juvenile court age',
  'max-age': 'Maximum juvenile court age',
};
