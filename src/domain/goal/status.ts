import { decodeStatus } from '@/domain/contract/derive-summary';
import { STATUSES, type Status } from '@/domain/contract/evaluation-schema';
import type { Framework, FrameworkGoal, IssueArea } from '@/domain/contract/framework-schema';
import { JURISDICTIONS } from '@/domain/format/jurisdictions';
import type { EditionSummary, SummaryState } from '@/domain/contract/summary-schema';

/** One goal of the framework with its issue area and its neighbours, for the goal view. */
export interface GoalInFramework {
  goal: FrameworkGoal;
  area: IssueArea;
  previous: FrameworkGoal | undefined;
  next: FrameworkGoal | undefined;
}

export function findGoal(framework: Framework, goalId: string): GoalInFramework | undefined {
  const all = framework.issueAreas.flatMap((area) => area.goals.map((goal) => ({ goal, area })));
  const i = all.findIndex((g) => g.goal.id === goalId);
  const here = all[i];
  if (!here) return undefined;
  return { ...here, previous: all[i - 1]?.goal, next: all[i + 1]?.goal };
}

export interface GoalStatusRow {
  code: string;
  name: string;
  status: Status;
  /** False when the edition summary has no entry for the state at all */
  inSummary: boolean;
  summary: SummaryState | undefined;
}

/** The status of one goal in every jurisdiction (all 51, so a missing state shows as unknown). */
export function goalStatusRows(summary: EditionSummary, goalId: string): GoalStatusRow[] {
  const index = summary.goals.indexOf(goalId);
  const byCode = new Map(summary.states.map((s) => [s.code, s]));
  return JURISDICTIONS.map((j) => {
    const state = byCode.get(j.code);
    return {
      code: j.code,
      name: j.name,
      status: state && index >= 0 ? decodeStatus(state.statuses, index) : 'not-evaluated',
      inSummary: state !== undefined,
      summary: state,
    };
  });
}

export type StatusSortKey = 'name' | 'status';
export type SortDirection = 'ascending' | 'descending';

// Best first; unknown is never ranked among the evaluated statuses, so it stays last either way.
const STATUS_RANK: Record<Status, number> = {
  meets: 0,
  partial: 1,
  'does-not-meet': 2,
  'not-evaluated': 3,
};

export function sortStatusRows<T extends { name: string; status: Status }>(
  rows: readonly T[],
  key: StatusSortKey,
  direction: SortDirection,
): T[] {
  const sign = direction === 'ascending' ? 1 : -1;
  return [...rows].sort((a, b) => {
    if (key === 'status') {
      const aUnknown = a.status === 'not-evaluated';
      const bUnknown = b.status === 'not-evaluated';
      if (aUnknown !== bUnknown) return aUnknown ? 1 : -1;
      const d = STATUS_RANK[a.status] - STATUS_RANK[b.status];
      if (d !== 0) return sign * d;
      return a.name.localeCompare(b.name, 'en');
    }
    return sign * a.name.localeCompare(b.name, 'en');
  });
}

export type StatusCounts = Record<Status, number>;

export function statusCounts(rows: readonly { status: Status }[]): StatusCounts {
  const counts = Object.fromEntries(STATUSES.map((s) => [s, 0])) as StatusCounts;
  for (const row of rows) counts[row.status] += 1;
  return counts;
}

const STATUS_PHRASES: Record<Exclude<Status, 'not-evaluated'>, [string, string]> = {
  meets: ['meets', 'meet'],
  partial: ['partly meets', 'partly meet'],
  'does-not-meet': ['does not meet', 'do not meet'],
};

function listNames(names: readonly string[]): string {
  if (names.length <= 1) return names.join('');
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

/**
 * A sentence or two saying what the status map shows, e.g. "1 of 51 jurisdictions has an
 * evaluation of goal 2.9: Connecticut partly meets it. The other 50 are not evaluated."
 */
export function describeGoalStatuses(rows: readonly GoalStatusRow[], goalId: string): string {
  const counts = statusCounts(rows);
  const evaluated = rows.length - counts['not-evaluated'];
  if (evaluated === 0) {
    return `None of the ${rows.length} jurisdictions has an evaluation of goal ${goalId} in this edition: every status is unknown.`;
  }
  const parts: string[] = [];
  for (const status of ['meets', 'partial', 'does-not-meet'] as const) {
    const matching = rows.filter((r) => r.status === status);
    if (matching.length === 0) continue;
    const [one, many] = STATUS_PHRASES[status];
    parts.push(
      matching.length <= 3
        ? `${listNames(matching.map((r) => r.name))} ${matching.length === 1 ? one : many} it`
        : `${matching.length} ${many} it`,
    );
  }
  const head = `${evaluated} of ${rows.length} jurisdictions ${evaluated === 1 ? 'has' : 'have'} an evaluation of goal ${goalId}: ${parts.join('; ')}.`;
  const unknown = counts['not-evaluated'];
  return unknown === 0
    ? head
    : `${head} The other ${unknown} ${unknown === 1 ? 'is' : 'are'} not evaluated (unknown).`;
}
