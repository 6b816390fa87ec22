import type { Confidence } from '@/domain/contract/evaluation-schema';
import { JURISDICTIONS } from '@/domain/format/jurisdictions';
import type { EditionSummary, SummaryFacts, SummaryState } from '@/domain/contract/summary-schema';
import type { JuvenileSortKey } from '@/domain/url/view-sorts';

/**
 * Juvenile court jurisdiction compared across states (the `juvenileJurisdiction` facts, on the
 * goal the framework names for them): the ages of juvenile court jurisdiction and the transfer
 * laws, from the edition summary. A `null` minimum age means the law sets no minimum (not zero, not
 * unknown); a state without facts is unknown.
 */
export type JuvenileFacts = NonNullable<SummaryFacts['juvenileJurisdiction']>;

export const JUVENILE_FIELDS = [
  'minAge',
  'maxAge',
  'automaticTransfer',
  'directFile',
  'discretionaryTransfer',
  'traumaConsidered',
] as const;
export type JuvenileField = (typeof JUVENILE_FIELDS)[number];

export const JUVENILE_FIELD_LABELS: Record<JuvenileField, string> = {
  minAge: 'Minimum age',
  maxAge: 'Maximum age',
  automaticTransfer: 'Automatic transfer / statutory exclusion',
  directFile: 'Direct file',
  discretionaryTransfer: 'Discretionary transfer',
  traumaConsidered: 'Trauma considered',
};

export interface JuvenileRow {
  code: string;
  name: string;
  /** The facts the comparison uses: the report's reading where there is one, else reference data */
  facts: JuvenileFacts | null;
  /** Reference data kept beside the report's reading, when both exist */
  reference: JuvenileFacts | null;
  /** Fields on which the report and the reference disagree */
  differences: JuvenileField[];
}

/**
 * Fields on which two readings disagree. A minimum age of null is a value (no statutory minimum);
 * any other null is unknown, and one side not knowing is not a disagreement.
 */
export function juvenileFactDifferences(
  a: Partial<Record<JuvenileField, unknown>>,
  b: Partial<Record<JuvenileField, unknown>>,
): JuvenileField[] {
  return JUVENILE_FIELDS.filter((f) => {
    const x = a[f] ?? null;
    const y = b[f] ?? null;
    if (f !== 'minAge' && (x === null || y === null)) return false;
    return x !== y;
  });
}

/** A state's juvenile court facts as compared: the report's reading, else reference data. */
export function juvenileFactOf(state: SummaryState | undefined): JuvenileFacts | undefined {
  return state?.facts?.juvenileJurisdiction ?? state?.facts?.referenceJuvenileJurisdiction;
}

export function juvenileRows(summary: EditionSummary): JuvenileRow[] {
  const byCode = new Map(summary.states.map((s) => [s.code, s]));
  return JURISDICTIONS.map((j) => {
    const f = byCode.get(j.code)?.facts;
    const own = f?.juvenileJurisdiction ?? null;
    const ref = f?.referenceJuvenileJurisdiction ?? null;
    const facts = own ?? ref;
    const reference = own && ref ? ref : null;
    return {
      code: j.code,
      name: j.name,
      facts,
      reference,
      differences: own && ref ? juvenileFactDifferences(own, ref) : [],
    };
  });
}

// Defined in view-sorts.ts (small, for the share-link pins on every page); named here as before.
export { juvenileSortKey, type JuvenileSortKey } from '@/domain/url/view-sorts';

/** The orders of the age comparison, as its sort buttons name them */
export const JUVENILE_SORT_LABELS: Record<JuvenileSortKey, string> = {
  'min-age': 'Minimum age',
  'max-age': 'Maximum age',
  name: 'Name',
};

/**
 * Sorted rows: by minimum age (no statutory minimum first: the law lets the youngest children in),
 * by maximum age, or by name; states without facts always last, ties by name.
 */
export function sortJuvenileRows(
  rows: readonly JuvenileRow[],
  key: JuvenileSortKey,
): JuvenileRow[] {
  const value = (r: JuvenileRow): number | null => {
    if (!r.facts) return null;
    if (key === 'min-age') return r.facts.minAge ?? -1;
    if (key === 'max-age') return r.facts.maxAge;
    return 0;
  };
  return [...rows].sort((a, b) => {
    const va = value(a);
    const vb = value(b);
    if (key !== 'name' && (va === null) !== (vb === null)) return va === null ? 1 : -1;
    if (key !== 'name' && va !== null && vb !== null && va !== vb) return va - vb;
    return a.name.localeCompare(b.name, 'en');
  });
}

export interface AgeAxis {
  /** Start of the axis: left of the youngest minimum, so "no minimum" has room to point left */
  from: number;
  to: number;
  ticks: number[];
}

export function ageAxis(rows: readonly JuvenileRow[]): AgeAxis {
  const ages = rows.flatMap((r) =>
    [r.facts, r.reference].flatMap((f) => (f ? [f.minAge, f.maxAge] : [])),
  );
  const known = ages.filter((a): a is number => a !== null);
  const lo = Math.min(6, ...known);
  const hi = Math.max(18, ...known);
  const from = Math.max(0, lo - 2);
  const to = hi + 1;
  const ticks: number[] = [];
  for (let age = from; age <= to; age += 1) ticks.push(age);
  return { from, to, ticks };
}

/** Position of an age on the axis, 0-100 (percent of the track). */
export function agePosition(axis: AgeAxis, age: number): number {
  return ((age - axis.from) / (axis.to - axis.from)) * 100;
}

export function describeAgeRange(facts: Pick<JuvenileFacts, 'minAge' | 'maxAge'>): string {
  const max = facts.maxAge === null ? 'unknown' : String(facts.maxAge);
  return facts.minAge === null ? `no statutory minimum to ${max}` : `${facts.minAge} to ${max}`;
}

export const CONFIDENCE_LABELS: Record<Confidence, string> = {
  high: 'High (two sources agree)',
  medium: 'Medium (one source)',
  low: 'Low (sources conflict)',
};

function countBy<T>(values: readonly T[]): Map<T, number> {
  const counts = new Map<T, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return counts;
}

function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** The text summary of the age comparison, from the rows (never from assumptions). */
export function describeJuvenileAges(rows: readonly JuvenileRow[]): string {
  const known = rows.filter((r) => r.facts);
  if (known.length === 0) {
    return 'No jurisdiction has juvenile court facts in this edition of the dataset.';
  }
  const sentences: string[] = [];
  const noMin = known.filter((r) => r.facts!.minAge === null);
  const mins = known.map((r) => r.facts!.minAge).filter((a): a is number => a !== null);
  const minPart =
    mins.length > 0
      ? `${plural(mins.length, 'sets', 'set')} a minimum age between ${Math.min(...mins)} and ${Math.max(...mins)}`
      : '';
  sentences.push(
    `Of ${plural(known.length, 'jurisdiction', 'jurisdictions')} with facts, ${noMin.length} ${
      noMin.length === 1 ? 'sets' : 'set'
    } no statutory minimum age for juvenile court${minPart ? ` and ${minPart}` : ''}.`,
  );
  const maxCounts = [...countBy(known.map((r) => r.facts!.maxAge)).entries()]
    .filter((e): e is [number, number] => e[0] !== null)
    .sort((a, b) => b[1] - a[1] || a[0] - b[0]);
  if (maxCounts.length > 0) {
    sentences.push(
      `The oldest age handled in juvenile court is ${maxCounts
        .map(([age, n]) => `${age} in ${n}`)
        .join(', ')}.`,
    );
  }
  const unknown = rows.length - known.length;
  if (unknown > 0)
    sentences.push(
      `${plural(unknown, 'jurisdiction has', 'jurisdictions have')} no data (unknown).`,
    );
  const differing = rows.filter((r) => r.differences.length > 0);
  if (differing.length > 0) {
    sentences.push(
      `The report and the reference data differ for ${differing
        .map(
          (r) =>
            `${r.name} (${r.differences.map((f) => JUVENILE_FIELD_LABELS[f].toLowerCase()).join(', ')})`,
        )
        .join('; ')}: both are shown.`,
    );
  }
  return sentences.join(' ');
}
