import type { CompareArea } from './rows';
import type { ProfileArea } from './profile';
import type { ExportRow, ExportTable } from '@/domain/export/spec';
import { BASIS_LABELS } from '@/domain/facts/fact-values';
import type { FactReading } from '@/domain/facts/fact-readings';
import type { RowComparison } from './rows';
import { STATUS_WORDS } from '@/domain/format/status-words';
import { stateName } from '@/domain/format/jurisdictions';

/**
 * The comparison's rows for CSV and JSON: the issue-area profile (each state's score and the goals
 * it rests on) and the goal-by-goal table (each state's status in words, and whether they differ),
 * with the states in the order the user chose.
 */
export function profileTable(
  profile: readonly ProfileArea[],
  codes: readonly string[],
): ExportTable {
  return {
    columns: [
      { key: 'issueArea', label: 'Issue area' },
      { key: 'title', label: 'Title' },
      ...codes.flatMap((c) => [
        { key: `${c} score`, label: `${stateName(c)} score`, format: 'score' as const },
        { key: `${c} evaluated`, label: `${stateName(c)} goals evaluated` },
      ]),
      { key: 'goals', label: 'Goals in the issue area' },
    ],
    rows: profile.map((area) => ({
      issueArea: area.id,
      title: area.title,
      ...Object.fromEntries(
        codes.flatMap((c, i) => {
          const v = area.values[i];
          return [
            [`${c} score`, v?.score ?? null],
            [`${c} evaluated`, v?.evaluated ?? 0],
          ];
        }),
      ),
      goals: area.values[0]?.total ?? null,
    })),
  };
}

const COMPARISON_WORDS: Record<RowComparison, string> = {
  differ: 'differ',
  same: 'same',
  'not-comparable': 'not compared (fewer than two states with a status)',
};

/** One reading's value of a line in words, with its basis and confidence: "12 (reference, high)". */
function readingValue(reading: FactReading, index: number): string | null {
  const line = reading.lines[index];
  if (!line) return null;
  const confidence = line.confidence ?? reading.minConfidence;
  const basis = BASIS_LABELS[reading.basis].toLowerCase();
  return `${line.value} (${basis}${confidence ? `, confidence ${confidence}` : ''})`;
}

/**
 * The fact rows under a goal: one per line of each kind of fact, each state's readings in words
 * (the report's and the reference data's, where both exist), empty where the data holds none.
 */
function factRows(
  goalId: string,
  issueArea: string,
  perState: readonly (readonly FactReading[])[],
  codes: readonly string[],
): ExportRow[] {
  const kinds = [...new Map(perState.flat().map((r) => [r.kind, r])).values()];
  return kinds.flatMap((model) =>
    model.lines.map((line, i) => ({
      issueArea,
      goal: goalId,
      title: `${model.label}: ${line.label} (facts, not an evaluation)`,
      ...Object.fromEntries(
        codes.map((c, s) => {
          const values = (perState[s] ?? [])
            .filter((r) => r.kind === model.kind)
            .map((r) => readingValue(r, i))
            .filter((v): v is string => v !== null);
          return [c, values.length ? values.join('; ') : null];
        }),
      ),
      comparison: 'facts: not compared',
      differs: null,
    })),
  );
}

export function compareGoalsTable(
  areas: readonly CompareArea[],
  codes: readonly string[],
  facts: ReadonlyMap<string, readonly (readonly FactReading[])[]> = new Map(),
): ExportTable {
  return {
    columns: [
      { key: 'issueArea', label: 'Issue area' },
      { key: 'goal', label: 'Goal' },
      { key: 'title', label: 'Policy goal' },
      ...codes.map((c) => ({ key: c, label: stateName(c) })),
      { key: 'comparison', label: 'Comparison' },
      { key: 'differs', label: 'States differ' },
    ],
    rows: areas.flatMap((area) => {
      const issueArea = `${area.id}. ${area.title}`;
      return area.rows.flatMap((row) => [
        {
          issueArea,
          goal: row.goalId,
          title: row.title,
          ...Object.fromEntries(
            codes.map((c, i) => [c, STATUS_WORDS[row.statuses[i] ?? 'not-evaluated']]),
          ),
          comparison: COMPARISON_WORDS[row.comparison],
          // Unknown when the goal could not be compared: neither a difference nor an agreement.
          differs: row.comparison === 'not-comparable' ? null : row.differs,
        },
        ...factRows(row.goalId, issueArea, facts.get(row.goalId) ?? [], codes),
      ]);
    }),
  };
}
