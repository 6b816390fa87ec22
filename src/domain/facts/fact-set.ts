import type {
  FactConfidence,
  FactSet,
  FactSetAsOf,
  FactSetRow,
  LimitationValue,
  LimitationValueKind,
} from '@/domain/contract/fact-set-schema';
import { goalOfFactKind, type FactGoals } from '@/domain/contract/fact-kinds';
import type { LimitationRule } from '@/domain/contract/shared-schema';
import type { ExportTable } from '@/domain/export/spec';
import type { ManifestFactSet } from '@/domain/contract/summary-schema';
import { formatIsoDate } from '@/domain/format/dates';
import { JURISDICTIONS, stateName } from '@/domain/format/jurisdictions';

/**
 * Fact sets (data/facts/<id>.json) as the views show them: facts from another source, each with
 * whose reading it is and as of when, compared with the report's value where both give one. A
 * fact set is never an evaluation: nothing here touches a goal's status.
 */

/** The goal of `framework` a fact set informs, or undefined when it informs none of its goals. */
export function goalOfFactSet(
  entry: Pick<ManifestFactSet, 'informs'>,
  framework: FactGoals & { id: string },
): string | undefined {
  const { informs } = entry;
  if (informs.factKind !== undefined) return goalOfFactKind(framework, informs.factKind);
  return informs.framework === framework.id ? informs.goal : undefined;
}

/** The fact sets that inform a goal: through the fact kind the framework puts on it, or by id. */
export function factSetsOfGoal(
  entries: readonly ManifestFactSet[] | undefined,
  framework: FactGoals & { id: string },
  goalId: string,
): ManifestFactSet[] {
  return (entries ?? []).filter((entry) => goalOfFactSet(entry, framework) === goalId);
}

/** The set's as-of in words: its described period, else its date ("about 2024 (…)"). */
export function describeFactSetAsOf(asOf: FactSetAsOf): string {
  if (asOf.period !== undefined) return asOf.period;
  return asOf.date === undefined ? 'date not given' : formatIsoDate(asOf.date);
}

/** Whose reading and as of when: "CHILD USA state pages, about 2024 (latest legislation cited 2023)". */
export function factSetCredit(set: Pick<FactSet, 'source' | 'asOf'>): string {
  return `${set.source.name}, ${describeFactSetAsOf(set.asOf)}`;
}

/** A value in words: "No limit", "Until age 51", "10 years after", "Unknown (unresolved)". */
export function describeLimitationValue(value: LimitationValue | undefined): string {
  if (!value) return 'Unknown (not in the fact set)';
  switch (value.kind) {
    case 'none':
      return 'No limit';
    case 'until_age':
      return `Until age ${value.age}`;
    case 'years_after':
      return `${value.years} ${value.years === 1 ? 'year' : 'years'} after`;
    case 'unresolved':
      return 'Unknown (unresolved)';
  }
}

/** The classes of the map. "No limit" is its own class, never a large number. */
export const FACT_CLASSES = [
  'none',
  'age-40',
  'age-25',
  'age-under-25',
  'years',
  'unknown',
] as const;
export type FactClass = (typeof FACT_CLASSES)[number];

export const FACT_CLASS_LABELS: Record<FactClass, string> = {
  none: 'No limit',
  'age-40': 'Until age 40 or older',
  'age-25': 'Until age 25–39',
  'age-under-25': 'Until age 24 or younger',
  years: 'A number of years after the act or majority',
  unknown: 'Unknown (unresolved or no data)',
};

/**
 * Blues for "no limit" and the ages (the later, the darker; the limitation map's own steps), and
 * orange for "years after", which counts from an event and is not on the age scale.
 */
export const FACT_CLASS_COLORS: Record<
  Exclude<FactClass, 'unknown'>,
  { fill: string; text: string }
> = {
  none: { fill: '#00438b', text: '#ffffff' },
  'age-40': { fill: '#0079bf', text: '#ffffff' },
  'age-25': { fill: '#76b2db', text: '#111111' },
  'age-under-25': { fill: '#dbeaf6', text: '#111111' },
  years: { fill: '#fdae6b', text: '#111111' },
};

export function factClass(value: LimitationValue | undefined): FactClass {
  if (!value) return 'unknown';
  switch (value.kind) {
    case 'none':
      return 'none';
    case 'until_age':
      return value.age >= 40 ? 'age-40' : value.age >= 25 ? 'age-25' : 'age-under-25';
    case 'years_after':
      return 'years';
    case 'unresolved':
      return 'unknown';
  }
}

/** Short text for a tile: "∞", "51", "10y", "?" */
export function factTileValue(value: LimitationValue | undefined): string {
  if (!value) return '?';
  switch (value.kind) {
    case 'none':
      return '∞';
    case 'until_age':
      return String(value.age);
    case 'years_after':
      return `${value.years}y`;
    case 'unresolved':
      return '?';
  }
}

export const CONFIDENCE_WORDS: Record<FactConfidence, string> = {
  high: 'High',
  medium: 'Medium',
  low: 'Low',
};

/** Whether the report's value and the fact set's say the same. */
export type Agreement = 'agree' | 'differ' | 'not-comparable';

export interface ReportComparison {
  /** The report's civil rule in words: "30 years from age 21" */
  report: string;
  /** The same rule in the fact set's terms, where it has them: "Until age 51" */
  reportAsValue: string | null;
  agreement: Agreement;
  /** "Agree: both say until age 51." */
  sentence: string;
}

/** The report's rule in the fact set's terms: "30 years from age 21" is "until age 51". */
export function ruleAsValue(rule: LimitationRule): LimitationValue | null {
  if (rule.kind === 'none') return { kind: 'none' };
  const age = /^age-(\d+)$/.exec(rule.from);
  return age ? { kind: 'until_age', age: Number(age[1]) + rule.years } : null;
}

function ruleWords(rule: LimitationRule): string {
  if (rule.kind === 'none') return 'No time limit';
  const age = /^age-(\d+)$/.exec(rule.from);
  const from = age ? `age ${age[1]}` : rule.from === 'offense' ? 'the offense' : rule.from;
  return `${rule.years} ${rule.years === 1 ? 'year' : 'years'} from ${from}`;
}

function sameValue(a: LimitationValue, b: LimitationValue): boolean {
  if (a.kind !== b.kind) return false;
  if (a.kind === 'until_age' && b.kind === 'until_age') return a.age === b.age;
  if (a.kind === 'years_after' && b.kind === 'years_after') return a.years === b.years;
  return true;
}

/** The report's value beside the fact set's, and whether they agree; null when the report has none. */
export function compareWithReport(
  rule: LimitationRule | null | undefined,
  value: LimitationValue | undefined,
): ReportComparison | null {
  if (!rule) return null;
  const report = ruleWords(rule);
  const asValue = ruleAsValue(rule);
  const reportAsValue = asValue ? describeLimitationValue(asValue) : null;
  const factWords = describeLimitationValue(value).toLowerCase();
  const shown =
    reportAsValue && reportAsValue !== report ? ` (${reportAsValue.toLowerCase()})` : '';
  if (!value || value.kind === 'unresolved' || !asValue) {
    return {
      report,
      reportAsValue,
      agreement: 'not-comparable',
      sentence: `Not comparable: the report says ${report.toLowerCase()}${shown}; the fact set says ${factWords}.`,
    };
  }
  const agree = sameValue(asValue, value);
  return {
    report,
    reportAsValue,
    agreement: agree ? 'agree' : 'differ',
    sentence: agree
      ? `Agree: the report says ${report.toLowerCase()}${shown}; the fact set says ${factWords}.`
      : `Differ: the report says ${report.toLowerCase()}${shown}; the fact set says ${factWords}.`,
  };
}

export interface FactSetRowView {
  code: string;
  name: string;
  /** The set's row; undefined when the set has no row for the state (unknown) */
  row: FactSetRow | undefined;
  kind: LimitationValueKind | 'missing';
  cls: FactClass;
  value: string;
  /** Where this edition's report also gives a value */
  comparison: ReportComparison | null;
}

/** One row per jurisdiction (all 51), with the report's civil rule where the summary has one. */
export function factSetRows(
  set: FactSet,
  reportRule: (code: string) => LimitationRule | null | undefined,
): FactSetRowView[] {
  const byState = new Map(set.rows.map((r) => [r.state, r]));
  return JURISDICTIONS.map((j) => {
    const row = byState.get(j.code);
    return {
      code: j.code,
      name: j.name,
      row,
      kind: row?.value.kind ?? 'missing',
      cls: factClass(row?.value),
      value: describeLimitationValue(row?.value),
      comparison: compareWithReport(reportRule(j.code), row?.value),
    };
  });
}

export const FACT_KIND_FILTERS = ['all', 'none', 'until_age', 'years_after', 'unknown'] as const;
export type FactKindFilter = (typeof FACT_KIND_FILTERS)[number];
export const FACT_KIND_FILTER_LABELS: Record<FactKindFilter, string> = {
  all: 'All',
  none: 'No limit',
  until_age: 'Until an age',
  years_after: 'Years after',
  unknown: 'Unknown',
};

export type FactSetSort = 'value' | 'state';
export const FACT_SET_SORT_LABELS: Record<FactSetSort, string> = {
  value: 'Value',
  state: 'State',
};

const KIND_ORDER: Record<FactSetRowView['kind'], number> = {
  none: 0,
  until_age: 1,
  years_after: 2,
  unresolved: 3,
  missing: 4,
};

function number(row: FactSetRowView): number {
  const value = row.row?.value;
  if (value?.kind === 'until_age') return -value.age;
  if (value?.kind === 'years_after') return -value.years;
  return 0;
}

/** The table's rows: of one kind (or all), by value (no limit first, then the latest age) or by name. */
export function sortAndFilterFactRows(
  rows: readonly FactSetRowView[],
  filter: FactKindFilter,
  sort: FactSetSort,
): FactSetRowView[] {
  const kept = rows.filter((r) =>
    filter === 'all'
      ? true
      : filter === 'unknown'
        ? r.kind === 'unresolved' || r.kind === 'missing'
        : r.kind === filter,
  );
  const byName = (a: FactSetRowView, b: FactSetRowView) => a.name.localeCompare(b.name, 'en');
  if (sort === 'state') return [...kept].sort(byName);
  return [...kept].sort(
    (a, b) => KIND_ORDER[a.kind] - KIND_ORDER[b.kind] || number(a) - number(b) || byName(a, b),
  );
}

/** How many rows of each filter, for the filter's buttons. */
export function factKindCounts(rows: readonly FactSetRowView[]): Record<FactKindFilter, number> {
  const counts: Record<FactKindFilter, number> = {
    all: rows.length,
    none: 0,
    until_age: 0,
    years_after: 0,
    unknown: 0,
  };
  for (const r of rows) {
    if (r.kind === 'unresolved' || r.kind === 'missing') counts.unknown += 1;
    else counts[r.kind] += 1;
  }
  return counts;
}

/** The chart's summary in words: counts of each kind, the unknown named, agreement with the report. */
export function describeFactSet(set: FactSet, rows: readonly FactSetRowView[]): string {
  const counts = factKindCounts(rows);
  const known = rows.length - counts.unknown;
  const unknown = rows.filter((r) => r.cls === 'unknown').map((r) => r.name);
  const low = rows.filter((r) => r.row?.confidence === 'low').length;
  const parts = [
    `As reported by ${factSetCredit(set)}: ${known} of ${rows.length} jurisdictions have a value — ${counts.none} no limit, ${counts.until_age} until an age, ${counts.years_after} a number of years after.`,
  ];
  if (unknown.length > 0) parts.push(`Unknown: ${unknown.join(', ')}.`);
  if (low > 0) parts.push(`${low} ${low === 1 ? 'value has' : 'values have'} low confidence.`);
  for (const r of rows) {
    if (r.comparison) parts.push(`${r.name}: ${r.comparison.sentence}`);
  }
  parts.push('A reference fact, not an evaluation: it does not change any goal’s status.');
  return parts.join(' ');
}

/** The fact set as an export table: every column the table shows, plus the links. */
export function factSetTable(rows: readonly FactSetRowView[]): ExportTable {
  return {
    columns: [
      { key: 'state', label: 'State' },
      { key: 'code', label: 'Code' },
      { key: 'value', label: 'Civil limitation' },
      { key: 'kind', label: 'Kind' },
      { key: 'ageOrYears', label: 'Age or years' },
      { key: 'discoveryRule', label: 'Discovery rule' },
      { key: 'confidence', label: 'Confidence' },
      { key: 'citation', label: 'Citation' },
      { key: 'sourceUrl', label: 'Source' },
      { key: 'sourceDate', label: 'Source date' },
      { key: 'note', label: 'Note' },
      { key: 'report', label: 'Report says' },
      { key: 'agreement', label: 'Report and fact set' },
    ],
    rows: rows.map((r) => {
      const value = r.row?.value;
      return {
        state: r.name,
        code: r.code,
        value: r.value,
        kind: r.row ? r.row.value.kind : null,
        ageOrYears:
          value?.kind === 'until_age'
            ? value.age
            : value?.kind === 'years_after'
              ? value.years
              : null,
        discoveryRule: r.row?.discoveryRule ?? null,
        confidence: r.row ? r.row.confidence : null,
        citation: r.row?.citation ?? null,
        sourceUrl: r.row?.sourceUrl ?? null,
        sourceDate: r.row?.sourceDate ?? null,
        note: r.row?.note ?? null,
        report: r.comparison?.report ?? null,
        agreement: r.comparison?.agreement ?? null,
      };
    }),
  };
}

/** The state page's line: the state's value, with whose reading and as of when. */
export function stateFactLine(
  set: FactSet,
  code: string,
): {
  title: string;
  value: string;
  credit: string;
  row: FactSetRow | undefined;
} {
  const row = set.rows.find((r) => r.state === code);
  return {
    title: set.title,
    value: row ? describeLimitationValue(row.value) : `Unknown (no row for ${stateName(code)})`,
    credit: factSetCredit(set),
    row,
  };
}
