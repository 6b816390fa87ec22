import { statusesById } from '@/domain/contract/derive-summary';
import type { Status } from '@/domain/contract/evaluation-schema';
import { factKindsOfGoal, type FactKind } from '@/domain/contract/fact-kinds';
import type { Framework } from '@/domain/contract/framework-schema';
import type { EditionSummary } from '@/domain/contract/summary-schema';

/**
 * Goal-by-goal rows of a comparison: one row per goal shown, grouped by issue area, with each
 * selected state's status from the edition summary. A state missing from the summary is not
 * evaluated. Only known statuses are compared: "not evaluated" is unknown, so a goal needs two
 * states with a status to be compared at all, and known against unknown is never a difference.
 * Typed facts are shown beside the statuses but never compared here.
 */
export type RowComparison = 'differ' | 'same' | 'not-comparable';

export interface CompareRow {
  goalId: string;
  title: string;
  /** One per selected state, in the selection's order */
  statuses: Status[];
  /** The selected states without a status for the goal, in the selection's order */
  unknown: string[];
  /** How the known statuses compare; not comparable when fewer than two states have one */
  comparison: RowComparison;
  /** True when two or more states have a status and those statuses are not all the same */
  differs: boolean;
  /** The kinds of typed fact the framework ties to the goal */
  factKinds: readonly FactKind[];
}

export interface CompareArea {
  id: string;
  title: string;
  rows: CompareRow[];
  /** Goals in the area before any filter */
  total: number;
  /** Goals of the area the user chose (`issues`, `goals`), before "differences only" */
  chosen: number;
  /** Of the chosen goals: how many differ and how many could not be compared */
  differing: number;
  notComparable: number;
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

/** How the known statuses of one goal compare (unknown ones left out). */
export function rowComparison(statuses: readonly Status[]): RowComparison {
  const known = statuses.filter((s) => s !== 'not-evaluated');
  if (known.length < 2) return 'not-comparable';
  return new Set(known).size > 1 ? 'differ' : 'same';
}

/**
 * The rows of the goals shown (`shown`: goal ids, from the goal choice; every goal when absent),
 * in the framework's order. Areas with no goal shown are kept, empty, with their counts at zero.
 */
export function compareRows(
  framework: Framework,
  summary: EditionSummary,
  codes: readonly string[],
  shown?: readonly string[],
): CompareArea[] {
  const lookups = statusReaders(summary, codes);
  const chosen = shown ? new Set(shown) : null;
  return framework.issueAreas.map((area) => {
    const rows = area.goals
      .filter((goal) => !chosen || chosen.has(goal.id))
      .map((goal): CompareRow => {
        const statuses = lookups.map((statusOf) => statusOf(goal.id));
        const comparison = rowComparison(statuses);
        return {
          goalId: goal.id,
          title: goal.title,
          statuses,
          unknown: codes.filter((_, i) => statuses[i] === 'not-evaluated'),
          comparison,
          differs: comparison === 'differ',
          factKinds: factKindsOfGoal(framework, goal.id),
        };
      });
    return {
      id: area.id,
      title: area.title,
      total: area.goals.length,
      chosen: rows.length,
      differing: rows.filter((r) => r.comparison === 'differ').length,
      notComparable: rows.filter((r) => r.comparison === 'not-comparable').length,
      rows,
    };
  });
}

/**
 * "Differences only": hides the goals on which the states with a status agree. A goal that could
 * not be compared stays, marked as such: hiding it would say the states agree, which nobody knows.
 * Areas keep their counts for "n of m".
 */
export function differencesOnly(areas: readonly CompareArea[]): CompareArea[] {
  return areas.map((area) => ({ ...area, rows: area.rows.filter((r) => r.comparison !== 'same') }));
}

export interface CompareCounts {
  /** Rows in the areas given */
  shown: number;
  differing: number;
  same: number;
  notComparable: number;
  /** Compared goals (differ or same) on which some state has no status */
  partlyKnown: number;
  /** Per state without a status on some goal that could not be compared: how many, in order */
  unknownStates: { code: string; goals: number }[];
}

export function countRows(areas: readonly CompareArea[], codes: readonly string[]): CompareCounts {
  let shown = 0;
  let differing = 0;
  let same = 0;
  let notComparable = 0;
  let partlyKnown = 0;
  const unknown = new Map<string, number>();
  for (const area of areas) {
    for (const row of area.rows) {
      shown += 1;
      if (row.comparison === 'differ') differing += 1;
      else if (row.comparison === 'same') same += 1;
      else notComparable += 1;
      if (row.comparison !== 'not-comparable' && row.unknown.length > 0) partlyKnown += 1;
      if (row.comparison === 'not-comparable') {
        for (const code of row.unknown) unknown.set(code, (unknown.get(code) ?? 0) + 1);
      }
    }
  }
  return {
    shown,
    differing,
    same,
    notComparable,
    partlyKnown,
    unknownStates: codes.flatMap((code) => {
      const goals = unknown.get(code);
      return goals ? [{ code, goals }] : [];
    }),
  };
}
