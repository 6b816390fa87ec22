import { statusesById } from '@/domain/contract/derive-summary';
import type { Status } from '@/domain/contract/evaluation-schema';
import type { Framework } from '@/domain/contract/framework-schema';
import type { EditionSummary } from '@/domain/contract/summary-schema';

/**
 * Goal-by-goal rows of a comparison: one row per goal, grouped by issue area, with each selected
 * state's status from the edition summary. A state missing from the summary is not evaluated.
 */
export interface CompareRow {
  goalId: string;
  title: string;
  /** One per selected state, in the selection's order */
  statuses: Status[];
  /** True when the selected states do not all have the same status */
  differs: boolean;
}

export interface CompareArea {
  id: string;
  title: string;
  rows: CompareRow[];
  /** Goals in the area before any filter */
  total: number;
}

/** Per compared state, its status of a goal by id; a state missing from the summary is not evaluated. */
export function statusReaders(
  summary: EditionSummary,
  codes: readonly string[],
): ((goalId: string) => Status)[] {
  const byState = new Map(summary.states.map((s) => [s.code, s]));
  return codes.map((code) => {
    const state = byState.get(code);
    const byId = state ? statusesById(summary.goals, state.statuses) : new Map<string, Status>();
    return (goalId) => byId.get(goalId) ?? 'not-evaluated';
  });
}

export function compareRows(
  framework: Framework,
  summary: EditionSummary,
  codes: readonly string[],
): CompareArea[] {
  const lookups = statusReaders(summary, codes);
  return framework.issueAreas.map((area) => ({
    id: area.id,
    title: area.title,
    total: area.goals.length,
    rows: area.goals.map((goal) => {
      const statuses = lookups.map((statusOf) => statusOf(goal.id));
      return {
        goalId: goal.id,
        title: goal.title,
        statuses,
        differs: new Set(statuses).size > 1,
      };
    }),
  }));
}

/** Only the goals where the selected states differ; areas keep their total for "n of m". */
export function differencesOnly(areas: readonly CompareArea[]): CompareArea[] {
  return areas.map((area) => ({ ...area, rows: area.rows.filter((r) => r.differs) }));
}

export function countRows(areas: readonly CompareArea[]): { shown: number; differing: number } {
  let shown = 0;
  let differing = 0;
  for (const area of areas) {
    shown += area.rows.length;
    differing += area.rows.filter((r) => r.differs).length;
  }
  return { shown, differing };
}
