import { STATUSES, type Status } from '@/domain/contract/evaluation-schema';
import { JURISDICTIONS, type Jurisdiction } from '@/domain/format/jurisdictions';
import { listNames, MAX_NAMED_STATES, type GoalStatusRow } from './status';

/**
 * The states a goal page marks (the URL's `states`), and "chosen states only" (`chosen=1`): the
 * rows each chart and table shows, and the words that say so. The URL codec drops `chosen`
 * without states; these functions read an empty choice as "all shown" anyway.
 */

/** Whether the page shows the chosen states alone: only with some chosen. */
export function showsChosenOnly(chosen: readonly string[], chosenOnly: boolean): boolean {
  return chosenOnly && chosen.length > 0;
}

/** The rows shown: every row, or with "chosen states only" the chosen ones (in the rows' order). */
export function chosenRows<T extends { code: string }>(
  rows: readonly T[],
  chosen: readonly string[],
  chosenOnly: boolean,
): T[] {
  if (!showsChosenOnly(chosen, chosenOnly)) return [...rows];
  const set = new Set(chosen);
  return rows.filter((r) => set.has(r.code));
}

/** The rows of the statuses a filter names (empty: all). */
export function statusFiltered<T extends { status: Status }>(
  rows: readonly T[],
  filter: readonly Status[],
): T[] {
  return filter.length === 0 ? [...rows] : rows.filter((r) => filter.includes(r.status));
}

const ARE: Record<Status, [string, string]> = {
  meets: ['meets it', 'meet it'],
  partial: ['partly meets it', 'partly meet it'],
  'does-not-meet': ['does not meet it', 'do not meet it'],
  'not-evaluated': ['is not evaluated (unknown)', 'are not evaluated (unknown)'],
};

/**
 * Where the chosen states stand, for the summary when all states are shown: "Of the chosen
 * states, Connecticut partly meets it; Massachusetts, New York and Rhode Island are not evaluated
 * (unknown)." More than a dozen in one status are counted.
 */
export function describeChosenStatuses(
  rows: readonly GoalStatusRow[],
  chosen: readonly string[],
): string {
  const set = new Set(chosen);
  const mine = rows.filter((r) => set.has(r.code));
  if (mine.length === 0) return '';
  const parts = STATUSES.flatMap((status) => {
    const matching = mine.filter((r) => r.status === status);
    if (matching.length === 0) return [];
    const [one, many] = ARE[status];
    const who =
      matching.length <= MAX_NAMED_STATES
        ? listNames(matching.map((r) => r.name))
        : String(matching.length);
    return [`${who} ${matching.length === 1 ? one : many}`];
  });
  const lead = mine.length === 1 ? 'The chosen state:' : `Of the ${mine.length} chosen states,`;
  return `${lead} ${parts.join('; ')}.`;
}

const FILTER_VERBS: Record<Status, [string, string]> = {
  meets: ['meets', 'meet'],
  partial: ['partly meets', 'partly meet'],
  'does-not-meet': ['does not meet', 'do not meet'],
  'not-evaluated': ['is not evaluated on', 'are not evaluated on'],
};

/** What the table shows under a status filter: "The table shows the 13 jurisdictions that meet goal 2.5." */
export function describeStatusFilter(
  shown: number,
  filter: readonly Status[],
  goalId: string,
  chosenOnly: boolean,
): string {
  if (filter.length === 0) return '';
  const ordered = STATUSES.filter((s) => filter.includes(s));
  const verbs = (n: 0 | 1) => {
    const words = ordered.map((s) => FILTER_VERBS[s][n]);
    return words.length > 1 ? `${words.slice(0, -1).join(', ')} or ${words.at(-1)}` : words[0]!;
  };
  const chosen = chosenOnly ? 'chosen ' : '';
  if (shown === 0)
    return `The table is empty: no ${chosen}jurisdiction ${verbs(0)} goal ${goalId}.`;
  return shown === 1
    ? `The table shows the 1 ${chosen}jurisdiction that ${verbs(0)} goal ${goalId}.`
    : `The table shows the ${shown} ${chosen}jurisdictions that ${verbs(1)} goal ${goalId}.`;
}

function normalise(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .trim();
}

/** The jurisdictions a search names, by name (any word's start) or code, in name order. */
export function matchStates(query: string): Jurisdiction[] {
  const q = normalise(query);
  const all = [...JURISDICTIONS].sort((a, b) => a.name.localeCompare(b.name, 'en'));
  if (!q) return all;
  return all.filter((j) => {
    const name = normalise(j.name);
    return (
      j.code.toLowerCase() === q ||
      name.startsWith(q) ||
      name.split(/\s+/).some((w) => w.startsWith(q))
    );
  });
}

/** The choice with one state added or removed, in the order chosen. */
export function toggleChosen(chosen: readonly string[], code: string): string[] {
  return chosen.includes(code) ? chosen.filter((c) => c !== code) : [...chosen, code];
}
