import type { CompareArea } from './rows';
import type { ProfileArea } from './profile';
import type { ExportTable } from '@/domain/export/spec';
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

export function compareGoalsTable(
  areas: readonly CompareArea[],
  codes: readonly string[],
): ExportTable {
  return {
    columns: [
      { key: 'issueArea', label: 'Issue area' },
      { key: 'goal', label: 'Goal' },
      { key: 'title', label: 'Policy goal' },
      ...codes.map((c) => ({ key: c, label: stateName(c) })),
      { key: 'differs', label: 'States differ' },
    ],
    rows: areas.flatMap((area) =>
      area.rows.map((row) => ({
        issueArea: `${area.id}. ${area.title}`,
        goal: row.goalId,
        title: row.title,
        ...Object.fromEntries(
          codes.map((c, i) => [c, STATUS_WORDS[row.statuses[i] ?? 'not-evaluated']]),
        ),
        differs: row.differs,
      })),
    ),
  };
}
