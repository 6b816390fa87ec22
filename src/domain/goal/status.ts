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

/** Names that read in a sentence: a dozen or fewer; more are counted, with a link to the list. */
export const MAX_NAMED_STATES = 12;

export function listNames(names: readonly string[]): string {
  if (names.length <= 1) return names.join('');
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

/**
 * A summary as pieces: text, and where a status holds too many states to name, a link that shows
 * them (the table filtered by that status). As plain text (exports, embeds) the links are left out.
 */
export type SummaryPiece =
  | string
  | {
      status: Status;
      count: number;
      /** The link's words: "see the 13" */
      label: string;
      /** What follows them for a screen reader: "that meet it, in the table" */
      more: string;
    };

export function summaryText(pieces: readonly SummaryPiece[]): string {
  return pieces.filter((p): p is string => typeof p === 'string').join('');
}

export interface DescribeOptions {
  /** The rows are the chosen states only (the page's "chosen states only") */
  chosenOnly?: boolean;
}

const LINK_MORE: Record<Status, string> = {
  meets: 'that meet it',
  partial: 'that partly meet it',
  'does-not-meet': 'that do not meet it',
  'not-evaluated': 'not evaluated',
};

function countLink(status: Status, count: number): SummaryPiece {
  return { status, count, label: `see the ${count}`, more: `${LINK_MORE[status]}, in the table` };
}

/**
 * What the status map shows, e.g. "1 of 51 jurisdictions has an evaluation of goal 2.9:
 * Connecticut partly meets it. The other 50 are not evaluated (unknown)." States in each status
 * are named when there are a dozen or fewer, else counted with a link to see them.
 */
export function describeGoalStatusPieces(
  rows: readonly GoalStatusRow[],
  goalId: string,
  { chosenOnly = false }: DescribeOptions = {},
): SummaryPiece[] {
  const counts = statusCounts(rows);
  const evaluated = rows.length - counts['not-evaluated'];
  const of = chosenOnly
    ? `the ${rows.length} chosen ${rows.length === 1 ? 'jurisdiction' : 'jurisdictions'}`
    : `${rows.length} jurisdictions`;
  if (evaluated === 0) {
    const none =
      chosenOnly && rows.length === 1
        ? `The chosen jurisdiction, ${rows[0]!.name}, has no evaluation of goal ${goalId} in this edition: its status is unknown.`
        : `None of ${chosenOnly ? of : `the ${of}`} has an evaluation of goal ${goalId} in this edition: every status is unknown.`;
    return [none];
  }
  const pieces: SummaryPiece[] = [
    `${evaluated} of ${of} ${evaluated === 1 ? 'has' : 'have'} an evaluation of goal ${goalId}: `,
  ];
  let first = true;
  for (const status of ['meets', 'partial', 'does-not-meet'] as const) {
    const matching = rows.filter((r) => r.status === status);
    if (matching.length === 0) continue;
    if (!first) pieces.push('; ');
    first = false;
    const [one, many] = STATUS_PHRASES[status];
    if (matching.length <= MAX_NAMED_STATES) {
      pieces.push(
        `${listNames(matching.map((r) => r.name))} ${matching.length === 1 ? one : many} it`,
      );
    } else {
      pieces.push(`${matching.length} ${many} it`, countLink(status, matching.length));
    }
  }
  pieces.push('.');
  const unknown = rows.filter((r) => r.status === 'not-evaluated');
  if (unknown.length > 0) {
    const n = unknown.length;
    pieces.push(` The other ${n} ${n === 1 ? 'is' : 'are'} not evaluated (unknown)`);
    if (n <= MAX_NAMED_STATES) pieces.push(`: ${listNames(unknown.map((r) => r.name))}.`);
    else pieces.push(countLink('not-evaluated', n), '.');
  }
  return pieces;
}

/** The summary as one plain sentence or two (exports, embeds, screen-reader text). */
export function describeGoalStatuses(
  rows: readonly GoalStatusRow[],
  goalId: string,
  options: DescribeOptions = {},
): string {
  return summaryText(describeGoalStatusPieces(rows, goalId, options));
}
