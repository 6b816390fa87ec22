import { STATUSES, type Status } from '@/domain/contract/evaluation-schema';
import type { Framework } from '@/domain/contract/framework-schema';
import { decodeStatus } from '@/domain/contract/derive-summary';
import { jurisdictionByCode, stateName, type CensusRegion } from '@/domain/format/jurisdictions';
import type { EditionSummary, SummaryState } from '@/domain/contract/summary-schema';
import { heatmapSort, type HeatmapSort } from '@/domain/url/view-sorts';

/**
 * The heatmap's rows and columns: states × policy goals, from an edition summary, the framework
 * and the filters in the URL. Pure, so what the grid draws is unit-tested here.
 */

export interface HeatmapFilters {
  /** Issue areas to show; empty = all */
  issues: readonly string[];
  /** Goals to show; empty or absent = all (with issues too: the goals named in those areas) */
  goals?: readonly string[];
  /** Statuses to show; empty = all */
  status: readonly Status[];
  /** States to show; empty = all */
  states: readonly string[];
  /** Sort key from the URL (SORT_PATTERN); the heatmap reads name, score, issue:N and goal:N.N */
  sort: string | null;
}

// Defined in view-sorts.ts (small, for the share-link pins on every page); named here as before.
export { heatmapSort, sortKey, type HeatmapSort } from '@/domain/url/view-sorts';

export interface HeatmapColumn {
  goalId: string;
  /** The goal as the publisher states it */
  title: string;
  /** "goal 2.9 Juvenile court jurisdiction …", for cells' accessible names */
  name: string;
  issueId: string;
  /** Position of the goal in the summary's `statuses` strings (-1: the summary lacks it) */
  summaryIndex: number;
  /** First column of its issue area (drawn with a gap before it) */
  groupStart: boolean;
}

export interface HeatmapGroup {
  issueId: string;
  title: string;
  span: number;
}

export type StatusCounts = Record<Status, number>;

export interface HeatmapRow {
  code: string;
  name: string;
  region: CensusRegion | null;
  /** Laws as of; null when nothing is evaluated */
  asOf: string | null;
  /** Status of each visible column, in column order */
  statuses: Status[];
  /** Whether each visible cell has a status the filter selects; null = no status filter */
  matches: boolean[] | null;
  /** Statuses over the visible columns */
  counts: StatusCounts;
  /** Coverage score over all goals (this project's measure), and how many goals it rests on */
  score: number | null;
  evaluated: number;
  /** The score beside the name (the coverage score, or the issue area's the rows are sorted by) */
  keyScore: number | null;
  /** Goals evaluated behind keyScore */
  keyEvaluated: number;
}

export interface HeatmapModel {
  groups: HeatmapGroup[];
  columns: HeatmapColumn[];
  rows: HeatmapRow[];
  /** States in the edition summary */
  totalStates: number;
  /** Goals in the framework */
  totalGoals: number;
  sort: HeatmapSort;
  /** The status filter in force (empty = all statuses) */
  statusFilter: Status[];
  /** The goals filter in force, in framework order (empty = all goals) */
  goalFilter: string[];
  /** Whether any filter narrows the view */
  filtered: boolean;
}

export function emptyCounts(): StatusCounts {
  return { meets: 0, partial: 0, 'does-not-meet': 0, 'not-evaluated': 0 };
}

function compareNullableDesc(a: number | null, b: number | null): number {
  if (a === null && b === null) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return b - a;
}

const byName = (a: HeatmapRow, b: HeatmapRow) => a.name.localeCompare(b.name, 'en');

/** Meets first, then partly, does not meet, and not evaluated (unknown) last. */
const STATUS_RANK = Object.fromEntries(STATUSES.map((s, i) => [s, i])) as Record<Status, number>;

function compareRows(sort: HeatmapSort, statusOf: (row: HeatmapRow) => Status) {
  if (sort.kind === 'name') return byName;
  if (sort.kind === 'goal') {
    return (a: HeatmapRow, b: HeatmapRow) =>
      STATUS_RANK[statusOf(a)] - STATUS_RANK[statusOf(b)] || byName(a, b);
  }
  // Highest first; unknown (no goal evaluated) always last, never as zero.
  return (a: HeatmapRow, b: HeatmapRow) =>
    compareNullableDesc(a.keyScore, b.keyScore) ||
    compareNullableDesc(a.score, b.score) ||
    b.evaluated - a.evaluated ||
    byName(a, b);
}

export function buildHeatmap(
  summary: EditionSummary,
  framework: Framework,
  filters: HeatmapFilters,
): HeatmapModel {
  const issueSet = new Set(filters.issues);
  const goalSet = new Set(filters.goals ?? []);
  const areas = framework.issueAreas.filter((a) => issueSet.size === 0 || issueSet.has(a.id));
  const goalIndex = new Map(summary.goals.map((id, i) => [id, i]));

  // Columns in the framework's order, whatever order the URL named them in; an issue area with no
  // goal shown has no group.
  const groups: HeatmapGroup[] = [];
  const columns: HeatmapColumn[] = [];
  for (const area of areas) {
    const shown = area.goals.filter((g) => goalSet.size === 0 || goalSet.has(g.id));
    if (shown.length === 0) continue;
    groups.push({ issueId: area.id, title: area.title, span: shown.length });
    shown.forEach((goal, i) =>
      columns.push({
        goalId: goal.id,
        title: goal.title,
        name: `goal ${goal.id} ${goal.title.replace(/[.\s]+$/, '')}`,
        issueId: area.id,
        summaryIndex: goalIndex.get(goal.id) ?? -1,
        groupStart: i === 0,
      }),
    );
  }
  const goalFilter = framework.issueAreas
    .flatMap((a) => a.goals)
    .filter((g) => goalSet.has(g.id))
    .map((g) => g.id);

  const sort = heatmapSort(filters.sort, framework);
  const sortArea =
    sort.kind === 'issue' ? framework.issueAreas.find((a) => a.id === sort.issueId) : undefined;
  const sortAreaIndex = sortArea ? summary.issueAreas.indexOf(sortArea.id) : -1;
  const sortAreaIndices = sortArea
    ? sortArea.goals.map((g) => goalIndex.get(g.id) ?? -1).filter((i) => i >= 0)
    : [];

  const statusFilter = STATUSES.filter((s) => filters.status.includes(s));
  const statusSet = statusFilter.length > 0 ? new Set<Status>(statusFilter) : null;
  const stateSet = filters.states.length > 0 ? new Set(filters.states) : null;
  // Sorted by one goal's status: read from the summary, so a goal not shown still orders the rows.
  const sortGoalIndex = sort.kind === 'goal' ? (goalIndex.get(sort.goalId) ?? -1) : -1;
  const sortStatus = new Map<string, Status>();

  const rows: HeatmapRow[] = [];
  for (const state of summary.states) {
    if (stateSet && !stateSet.has(state.code)) continue;
    const row = buildRow(state, columns, statusSet);
    if (statusSet && !row.matches!.some(Boolean)) continue;
    if (sortArea) {
      row.keyScore = sortAreaIndex >= 0 ? (state.issueScores[sortAreaIndex] ?? null) : null;
      row.keyEvaluated = sortAreaIndices.filter(
        (i) => decodeStatus(state.statuses, i) !== 'not-evaluated',
      ).length;
    }
    if (sort.kind === 'goal') {
      sortStatus.set(
        state.code,
        sortGoalIndex < 0 ? 'not-evaluated' : decodeStatus(state.statuses, sortGoalIndex),
      );
    }
    rows.push(row);
  }
  rows.sort(compareRows(sort, (row) => sortStatus.get(row.code) ?? 'not-evaluated'));

  return {
    groups,
    columns,
    rows,
    totalStates: summary.states.length,
    totalGoals: framework.issueAreas.reduce((n, a) => n + a.goals.length, 0),
    sort,
    statusFilter,
    goalFilter,
    filtered: issueSet.size > 0 || goalFilter.length > 0 || statusSet !== null || stateSet !== null,
  };
}

function buildRow(
  state: SummaryState,
  columns: readonly HeatmapColumn[],
  statusSet: ReadonlySet<Status> | null,
): HeatmapRow {
  const counts = emptyCounts();
  const statuses = columns.map((col) => {
    const status: Status =
      col.summaryIndex < 0 ? 'not-evaluated' : decodeStatus(state.statuses, col.summaryIndex);
    counts[status] += 1;
    return status;
  });
  const jurisdiction = jurisdictionByCode(state.code);
  return {
    code: state.code,
    name: jurisdiction?.name ?? state.code,
    region: jurisdiction?.region ?? null,
    asOf: state.asOf,
    statuses,
    matches: statusSet ? statuses.map((s) => statusSet.has(s)) : null,
    counts,
    score: state.score,
    evaluated: state.evaluated,
    keyScore: state.score,
    keyEvaluated: state.evaluated,
  };
}

/** The accessible name of a cell: state, goal and status, in words. */
export function cellLabel(
  stateLabel: string,
  columnName: string,
  statusWord: string,
  matchesFilter = true,
): string {
  return `${stateLabel}, ${columnName}: ${statusWord}${matchesFilter ? '' : ' (not a selected status)'}`;
}

/* Quick state sets */

export const REGIONS: readonly CensusRegion[] = ['Northeast', 'Midwest', 'South', 'West'];

export type QuickSetId = 'all' | 'evaluated' | CensusRegion;

export interface QuickSet {
  id: QuickSetId;
  label: string;
  /** The `states` value the set writes ([] = all) */
  states: string[];
  /** Whether the current selection is this set */
  active: boolean;
  /** How many states of the edition it holds */
  size: number;
}

function sameSet(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false;
  const set = new Set(a);
  return b.every((x) => set.has(x));
}

/**
 * The quick selections of states: all, those with at least one evaluated goal, and each census
 * region. A set equal to every state writes [] (all), so links stay short and canonical.
 */
export function quickStateSets(summary: EditionSummary, selected: readonly string[]): QuickSet[] {
  const codes = summary.states.map((s) => s.code);
  const shown = selected.length > 0 ? selected : codes;
  const make = (id: QuickSetId, label: string, members: string[]): QuickSet => {
    const states = sameSet(members, codes) ? [] : members;
    return {
      id,
      label,
      states,
      active: members.length > 0 && sameSet(shown, members),
      size: members.length,
    };
  };
  const evaluated = summary.states.filter((s) => s.evaluated > 0).map((s) => s.code);
  return [
    make('all', 'All', codes),
    make('evaluated', 'Evaluated only', evaluated),
    ...REGIONS.map((region) =>
      make(
        region,
        region,
        codes.filter((c) => jurisdictionByCode(c)?.region === region),
      ),
    ),
  ];
}

/** The states of the edition, by name, to choose from; `query` matches name or code. */
export function stateChoices(
  summary: EditionSummary,
  query: string,
): { code: string; name: string }[] {
  const q = query.trim().toLowerCase();
  return summary.states
    .map((s) => ({ code: s.code, name: stateName(s.code) }))
    .filter((s) => !q || s.name.toLowerCase().includes(q) || s.code.toLowerCase() === q)
    .sort((a, b) => a.name.localeCompare(b.name, 'en'));
}

/** Toggles one value in a list filter, keeping the list's order. */
export function toggleValue<T>(list: readonly T[], value: T): T[] {
  return list.includes(value) ? list.filter((v) => v !== value) : [...list, value];
}

/**
 * Toggles one option of a filter where "none selected" means "all shown": unticking an option
 * while all are shown keeps the others; ticking the last missing one returns to all ([]).
 * Returns null when the change would leave nothing shown (the last option cannot be unticked).
 */
export function toggleShown<T>(selected: readonly T[], all: readonly T[], value: T): T[] | null {
  const shown = selected.length === 0 ? [...all] : all.filter((v) => selected.includes(v));
  const next = shown.includes(value) ? shown.filter((v) => v !== value) : [...shown, value];
  if (next.length === 0) return null;
  if (all.every((v) => next.includes(v))) return [];
  return all.filter((v) => next.includes(v));
}
