import { decodeStatus } from '@/domain/contract/derive-summary';
import type { Status } from '@/domain/contract/evaluation-schema';
import { JURISDICTIONS } from '@/domain/format/jurisdictions';
import {
  juvenileFact,
  measureLabel,
  type JuvenileFact,
  type MeasureKind,
  type OverviewMeasure,
} from './measure';
import type { EditionSummary, SummaryState } from '@/domain/contract/summary-schema';
import { formatScore } from '@/domain/format/numbers';
import { STATUS_GLYPHS, STATUS_LABELS } from '@/domain/format/status-words';

/**
 * One measure of the overview, shaped for drawing: each state's value, display text, colour
 * bucket and notes; the legend; and the ranking or distribution the chart beside the map shows.
 * Colours are not chosen here: a bucket is a name the page maps to a palette colour.
 *
 * Unknown is a value with a reason ("not evaluated in this dataset", "no grade published in the
 * sources we have"); "no statutory minimum" is a known value, never zero and never unknown.
 */

export const NO_DATA_BUCKET = 'no-data';
export const NO_MINIMUM_BUCKET = 'min-age-none';

/** Upper bounds of the score buckets; the same steps as the palette's score scale. */
export const SCORE_BUCKET_MAX = [20, 40, 60, 80, 100] as const;

export function scoreBucket(score: number): string {
  const i = SCORE_BUCKET_MAX.findIndex((max) => score <= max);
  return `score-${i < 0 ? SCORE_BUCKET_MAX.length - 1 : i}`;
}

const SCORE_BUCKET_LABELS = SCORE_BUCKET_MAX.map(
  (max, i) => `${i === 0 ? 0 : SCORE_BUCKET_MAX[i - 1]}–${max}`,
);

/** Minimum ages in two-year steps from 6, as the palette's age scale draws them. */
export function minAgeBucket(age: number): string {
  return `min-age-${Math.max(0, Math.min(5, Math.floor((age - 6) / 2) + 1))}`;
}
const MIN_AGE_BUCKET_LABELS = ['under 6', '6–7', '8–9', '10–11', '12–13', '14 or older'];

/** Maximum ages one step a year: they differ by a year or two between states. */
export function maxAgeBucket(age: number): string {
  return `max-age-${Math.max(0, Math.min(5, age - 15))}`;
}
const MAX_AGE_BUCKET_LABELS = ['15 or younger', '16', '17', '18', '19', '20 or older'];

export const GRADES = ['A', 'B', 'C', 'D', 'F'] as const;
const EVALUATED: readonly Exclude<Status, 'not-evaluated'>[] = [
  'meets',
  'partial',
  'does-not-meet',
];

/** What "no data" means for each measure, for the legend and the labels of unknown states. */
export function noDataMeaning(measure: { kind: MeasureKind }): string {
  switch (measure.kind) {
    case 'grade':
      return 'No grade published in the sources we have';
    case 'score':
    case 'status':
      return 'Not evaluated in this dataset';
    case 'issue':
      return 'No goal of this issue area evaluated in this dataset';
    case 'min-age':
      return 'No juvenile court age data for this edition';
    case 'max-age':
      return 'No juvenile court age data for this edition, or the age is not in the sources';
  }
}

const NOT_IN_EDITION = 'No data file for this state in this edition';

export interface StateValue {
  code: string;
  name: string;
  /** false: no data (drawn hatched, listed after the ranking) */
  known: boolean;
  /** For ordering: the number, or the category's rank (A = 5 … F = 1; meets = 3 …) */
  sortValue: number | null;
  /** The category a value belongs to in a distribution (grade, status, age, "none") */
  group: string | null;
  /** Short text for a tile, e.g. "38.8", "F*", "✓", "none" */
  short: string;
  /** The value in words, e.g. "38.8", "F (inferred)", "Partly meets", "none (no statutory minimum)" */
  display: string;
  bucket: string;
  /** The full accessible description, e.g. "Connecticut: coverage score 38.8 (40 of 40 goals evaluated)" */
  label: string;
  /** Goals evaluated in the measure's scope (all goals, or the issue area's) and how many there are */
  evaluated: number;
  goalsInScope: number;
  /** Qualifications: confidence, basis, inferred grade, disagreement between sources */
  notes: string[];
  state: SummaryState | undefined;
}

const CONFIDENCE_WORDS = {
  high: 'high confidence (two sources agree)',
  medium: 'medium confidence (one source)',
  low: 'low confidence (sources conflict)',
} as const;

function goalsInIssue(summary: EditionSummary, issueId: string): number[] {
  const indexes: number[] = [];
  summary.goals.forEach((id, i) => {
    if (id.split('.')[0] === issueId) indexes.push(i);
  });
  return indexes;
}

function countEvaluated(statuses: string, indexes: readonly number[]): number {
  return indexes.filter((i) => decodeStatus(statuses, i) !== 'not-evaluated').length;
}

function basisNote(fact: JuvenileFact, synthetic: boolean): string {
  if (synthetic || fact.basis === 'synthetic') return 'Synthetic value';
  const confidence = fact.minConfidence ? `, ${CONFIDENCE_WORDS[fact.minConfidence]}` : '';
  return fact.basis === 'report'
    ? 'From the state’s report card'
    : `From reference data (OJJDP, NJDC, NCSL and others)${confidence}`;
}

function ageText(age: number | null, kind: 'min-age' | 'max-age'): string {
  if (age === null) return kind === 'min-age' ? 'none' : 'unknown';
  return String(age);
}

interface Parts {
  known: boolean;
  sortValue: number | null;
  group: string | null;
  short: string;
  display: string;
  bucket: string;
  /** How the value reads after the measure's name in the label */
  phrase: string;
  notes: string[];
}

function unknownParts(reason: string, notes: string[] = [], short = ''): Parts {
  return {
    known: false,
    sortValue: null,
    group: null,
    short,
    display: 'no data',
    bucket: NO_DATA_BUCKET,
    phrase: `no data (${reason.charAt(0).toLowerCase()}${reason.slice(1)})`,
    notes: [reason, ...notes],
  };
}

function gradeParts(state: SummaryState): Parts {
  const p = state.published;
  if (!p) return unknownParts(noDataMeaning({ kind: 'grade' }));
  const notes: string[] = [];
  if (p.inferred) notes.push('Inferred: the sources imply this grade rather than name it');
  notes.push(
    `${CONFIDENCE_WORDS[p.confidence].charAt(0).toUpperCase()}${CONFIDENCE_WORDS[p.confidence].slice(1)}`,
  );
  if (p.score !== undefined) {
    notes.push(
      `Published score ${formatScore(p.score)}${p.maxScore !== undefined ? ` of ${p.maxScore}` : ''}`,
    );
  }
  if (p.rank !== undefined) notes.push(`Published rank ${p.rank}`);
  return {
    known: true,
    sortValue: GRADES.length - GRADES.indexOf(p.grade),
    group: p.grade,
    short: p.inferred ? `${p.grade}*` : p.grade,
    display: p.inferred ? `${p.grade} (inferred)` : p.grade,
    bucket: `grade-${p.grade}`,
    phrase: `${p.grade}${p.inferred ? ', inferred' : ''} (${p.confidence} confidence)`,
    notes,
  };
}

function scoreParts(
  score: number | null,
  evaluated: number,
  of: number,
  reason: string,
  scope: 'all' | 'issue',
): Parts {
  const goals = `${evaluated} of ${of} goals evaluated`;
  if (score === null) return unknownParts(reason);
  return {
    known: true,
    sortValue: score,
    group: null,
    // One score format everywhere, the tiles too: "38.8", never a rounded "39".
    short: formatScore(score),
    display: formatScore(score),
    bucket: scoreBucket(score),
    phrase: `${formatScore(score)} of 100 (${goals})`,
    // The table has a column for all goals evaluated; an issue area's count is a note.
    notes: scope === 'issue' ? [`${evaluated} of ${of} goals of this issue area evaluated`] : [],
  };
}

function statusParts(status: Status): Parts {
  if (status === 'not-evaluated') return unknownParts(noDataMeaning({ kind: 'status' }), [], '?');
  return {
    known: true,
    sortValue: EVALUATED.length - EVALUATED.indexOf(status),
    group: status,
    short: STATUS_GLYPHS[status],
    display: STATUS_LABELS[status],
    bucket: `status-${status}`,
    phrase: STATUS_LABELS[status].toLowerCase(),
    notes: [],
  };
}

function ageParts(state: SummaryState, kind: 'min-age' | 'max-age', synthetic: boolean): Parts {
  const fact = juvenileFact(state);
  if (!fact) return unknownParts(noDataMeaning({ kind: 'min-age' }));
  const age = kind === 'min-age' ? fact.minAge : fact.maxAge;
  const notes = [basisNote(fact, synthetic)];
  // Where the report and the reference data differ, both are shown (data/reference/README.md).
  const reference = state.facts?.referenceJuvenileJurisdiction;
  if (reference && reference !== fact) {
    const other = kind === 'min-age' ? reference.minAge : reference.maxAge;
    if (other !== age) notes.push(`Reference data says ${ageText(other, kind)}`);
  }
  if (kind === 'max-age' && age === null) {
    return unknownParts('The maximum age is not in the sources', notes.slice(0, 1));
  }
  if (age === null) {
    return {
      known: true,
      sortValue: -1,
      group: 'none',
      short: 'none',
      display: 'none (no statutory minimum)',
      bucket: NO_MINIMUM_BUCKET,
      phrase: 'none: no statutory minimum age',
      notes,
    };
  }
  return {
    known: true,
    sortValue: age,
    group: String(age),
    short: String(age),
    display: String(age),
    bucket: kind === 'min-age' ? minAgeBucket(age) : maxAgeBucket(age),
    phrase: String(age),
    notes,
  };
}

/** Every one of the 51 jurisdictions, in alphabetical order of name, with its value. */
export function measureValues(summary: EditionSummary, measure: OverviewMeasure): StateValue[] {
  const byCode = new Map(summary.states.map((s) => [s.code, s]));
  const allGoals = summary.goals.map((_, i) => i);
  const issueGoals = measure.kind === 'issue' ? goalsInIssue(summary, measure.issueId) : allGoals;
  const issueIndex = measure.kind === 'issue' ? summary.issueAreas.indexOf(measure.issueId) : -1;
  const goalIndex = measure.kind === 'status' ? summary.goals.indexOf(measure.goalId) : -1;
  const name = measureLabel(measure);
  const lowerName = `${name.charAt(0).toLowerCase()}${name.slice(1)}`;

  return [...JURISDICTIONS]
    .sort((a, b) => a.name.localeCompare(b.name, 'en'))
    .map((j): StateValue => {
      const state = byCode.get(j.code);
      const scope = measure.kind === 'issue' ? issueGoals : allGoals;
      const evaluated = state ? countEvaluated(state.statuses, scope) : 0;
      let parts: Parts;
      if (!state) parts = unknownParts(NOT_IN_EDITION);
      else {
        switch (measure.kind) {
          case 'grade':
            parts = gradeParts(state);
            break;
          case 'score':
            parts = scoreParts(state.score, evaluated, scope.length, noDataMeaning(measure), 'all');
            break;
          case 'issue':
            parts = scoreParts(
              state.issueScores[issueIndex] ?? null,
              evaluated,
              scope.length,
              noDataMeaning(measure),
              'issue',
            );
            break;
          case 'status':
            parts = statusParts(
              goalIndex < 0 ? 'not-evaluated' : decodeStatus(state.statuses, goalIndex),
            );
            break;
          case 'min-age':
          case 'max-age':
            parts = ageParts(state, measure.kind, summary.synthetic);
            break;
        }
      }
      const { phrase, ...rest } = parts;
      return {
        ...rest,
        code: j.code,
        name: j.name,
        label: `${j.name}: ${lowerName} ${phrase}`,
        evaluated,
        goalsInScope: scope.length,
        state,
      };
    });
}

export interface LegendItem {
  bucket: string;
  label: string;
  /** States in this entry */
  count: number;
  /** 'none' is a known value drawn apart (no statutory minimum); 'no-data' is unknown */
  type: 'value' | 'none' | 'no-data';
  note?: string;
}

function valueItems(
  labels: readonly string[],
  prefix: string,
  counts: Map<string, number>,
  onlyPresent: boolean,
): LegendItem[] {
  return labels
    .map((label, i) => ({
      bucket: `${prefix}${i}`,
      label,
      count: counts.get(`${prefix}${i}`) ?? 0,
      type: 'value' as const,
    }))
    .filter((item) => !onlyPresent || item.count > 0);
}

/** The legend of a measure: its scale or categories, then what no data means. */
export function measureLegend(
  values: readonly StateValue[],
  measure: OverviewMeasure,
): LegendItem[] {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v.bucket, (counts.get(v.bucket) ?? 0) + 1);
  const count = (bucket: string) => counts.get(bucket) ?? 0;
  let items: LegendItem[];
  switch (measure.kind) {
    case 'grade':
      items = GRADES.map((g) => ({
        bucket: `grade-${g}`,
        label: g,
        count: count(`grade-${g}`),
        type: 'value',
      }));
      break;
    case 'score':
    case 'issue':
      items = valueItems(SCORE_BUCKET_LABELS, 'score-', counts, false);
      break;
    case 'status':
      items = EVALUATED.map((s) => ({
        bucket: `status-${s}`,
        label: STATUS_LABELS[s],
        count: count(`status-${s}`),
        type: 'value',
      }));
      break;
    case 'min-age':
      items = [
        {
          bucket: NO_MINIMUM_BUCKET,
          label: 'none',
          count: count(NO_MINIMUM_BUCKET),
          type: 'none',
          note: 'No statutory minimum age: a known value, not missing data',
        },
        ...valueItems(MIN_AGE_BUCKET_LABELS, 'min-age-', counts, true),
      ];
      break;
    case 'max-age':
      items = valueItems(MAX_AGE_BUCKET_LABELS, 'max-age-', counts, true);
      break;
  }
  items.push({
    bucket: NO_DATA_BUCKET,
    label: 'No data',
    count: count(NO_DATA_BUCKET),
    type: 'no-data',
    note: noDataMeaning(measure),
  });
  return items;
}

export interface RankedRow {
  value: StateValue;
  /** Competition ranking: tied states share a rank (1, 2, 2, 4) */
  rank: number;
  tied: boolean;
}

export interface ValueGroup {
  key: string;
  label: string;
  bucket: string;
  states: StateValue[];
}

export type MeasureChart =
  | { type: 'ranked'; rows: RankedRow[]; unknown: StateValue[] }
  | { type: 'grouped'; groups: ValueGroup[]; unknown: StateValue[] };

function groupLabel(measure: OverviewMeasure, key: string): string {
  switch (measure.kind) {
    case 'grade':
      return `Grade ${key}`;
    case 'status':
      return STATUS_LABELS[key as Status] ?? key;
    default:
      return key === 'none' ? 'No statutory minimum' : `Age ${key}`;
  }
}

/**
 * Scores are ranked state by state; grades, statuses and ages have few values, so they are shown
 * as a distribution: each value with the states that have it (best grade or status first, ages
 * from youngest, "no statutory minimum" before any age).
 */
export function measureChart(
  values: readonly StateValue[],
  measure: OverviewMeasure,
): MeasureChart {
  const known = values.filter((v) => v.known);
  const unknown = values.filter((v) => !v.known);
  const byName = (a: StateValue, b: StateValue) => a.name.localeCompare(b.name, 'en');

  if (measure.kind === 'score' || measure.kind === 'issue') {
    const sorted = [...known].sort(
      (a, b) => (b.sortValue ?? 0) - (a.sortValue ?? 0) || byName(a, b),
    );
    const rows = sorted.map((value, i): RankedRow => {
      const first = sorted.findIndex((v) => v.sortValue === value.sortValue);
      const tied = sorted.filter((v) => v.sortValue === value.sortValue).length > 1;
      return { value, rank: (first < 0 ? i : first) + 1, tied };
    });
    return { type: 'ranked', rows, unknown };
  }

  const groups = new Map<string, ValueGroup>();
  for (const v of known) {
    const key = v.group ?? v.display;
    let group = groups.get(key);
    if (!group) {
      group = { key, label: groupLabel(measure, key), bucket: v.bucket, states: [] };
      groups.set(key, group);
    }
    group.states.push(v);
  }
  const order = (g: ValueGroup) => g.states[0]?.sortValue ?? 0;
  const ascending = measure.kind === 'min-age' || measure.kind === 'max-age';
  const sorted = [...groups.values()].sort((a, b) =>
    ascending ? order(a) - order(b) : order(b) - order(a),
  );
  for (const g of sorted) g.states.sort(byName);
  return { type: 'grouped', groups: sorted, unknown };
}

function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

function listNames(values: readonly StateValue[], max = 3): string {
  const names = values.slice(0, max).map((v) => v.name);
  const more = values.length - names.length;
  if (more > 0) return `${names.join(', ')} and ${more} more`;
  if (names.length <= 1) return names.join('');
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

function median(sorted: readonly number[]): number | null {
  if (sorted.length === 0) return null;
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** A sentence or two saying what the chart shows, read before it (and by screen readers). */
export function describeMeasure(
  chart: MeasureChart,
  measure: OverviewMeasure,
  total = JURISDICTIONS.length,
): string {
  const name = measureLabel(measure);
  const lower = `${name.charAt(0).toLowerCase()}${name.slice(1)}`;
  const aLower = `${/^[aeiou]/.test(lower) ? 'an' : 'a'} ${lower}`;
  const unknownCount = chart.unknown.length;
  const tail =
    unknownCount > 0
      ? ` ${plural(unknownCount, 'state')} ${unknownCount === 1 ? 'has' : 'have'} no data: ${noDataMeaning(measure).toLowerCase()}.`
      : '';

  if (chart.type === 'ranked') {
    const rows = chart.rows;
    if (rows.length === 0) return `No state has ${aLower} in this edition.${tail}`;
    if (rows.length === 1) {
      const only = rows[0]!.value;
      return `Only ${only.name} has ${aLower}: ${only.display} of 100, over ${only.evaluated} of ${only.goalsInScope} goals evaluated.${tail}`;
    }
    const top = rows[0]!.value.sortValue!;
    const bottom = rows[rows.length - 1]!.value.sortValue!;
    const atTop = rows.filter((r) => r.value.sortValue === top).map((r) => r.value);
    const atBottom = rows.filter((r) => r.value.sortValue === bottom).map((r) => r.value);
    const mid = median(rows.map((r) => r.value.sortValue!).sort((a, b) => a - b));
    return (
      `${rows.length} of ${total} states have ${aLower}. It ranges from ${formatScore(bottom)} ` +
      `(${listNames(atBottom)}) to ${formatScore(top)} (${listNames(atTop)}); the median is ` +
      `${formatScore(mid ?? 0)}.${tail}`
    );
  }

  const knownCount = chart.groups.reduce((n, g) => n + g.states.length, 0);
  if (knownCount === 0) return `No state has ${aLower} in this edition.${tail}`;
  const parts = chart.groups
    .map((g) => `${g.label.charAt(0).toLowerCase()}${g.label.slice(1)}: ${g.states.length}`)
    .join('; ');
  const of = knownCount === total ? `All ${total}` : `${knownCount} of ${total}`;

  switch (measure.kind) {
    case 'status':
      return `${of} states ${knownCount === 1 ? 'is' : 'are'} evaluated on goal ${measure.goalId} (${parts}).${tail}`;
    case 'grade': {
      const inferred = chart.groups.reduce(
        (n, g) => n + g.states.filter((v) => v.state?.published?.inferred).length,
        0,
      );
      const note =
        inferred > 0
          ? ` ${inferred} of these grades ${inferred === 1 ? 'is' : 'are'} inferred from the sources rather than named in them (marked *).`
          : '';
      return `${of} states ${knownCount === 1 ? 'has' : 'have'} a published grade for this edition (${parts}).${note}${tail}`;
    }
    case 'min-age': {
      const none = chart.groups.find((g) => g.key === 'none')?.states.length ?? 0;
      const set = chart.groups.filter((g) => g.key !== 'none');
      const setCount = knownCount - none;
      let text = `${of} states ${knownCount === 1 ? 'has' : 'have'} juvenile court age data for this edition.`;
      if (none > 0) {
        text += ` ${plural(none, 'state')} ${none === 1 ? 'sets' : 'set'} no statutory minimum age`;
        text += setCount > 0 ? `; in the other ${setCount} the minimum` : '.';
      } else if (setCount > 0) {
        text += ' The minimum';
      }
      if (setCount > 0) {
        const low = set[0]!.key;
        const high = set[set.length - 1]!.key;
        const common = [...set].sort((a, b) => b.states.length - a.states.length)[0]!;
        text +=
          low === high
            ? ` is ${low} in every one.`
            : ` ranges from ${low} to ${high}, most often ${common.key} (${plural(common.states.length, 'state')}).`;
      }
      return `${text}${tail}`;
    }
    default:
      return `The ${lower} is known for ${knownCount} of ${total} states (${parts}).${tail}`;
  }
}
