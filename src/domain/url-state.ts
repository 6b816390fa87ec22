import { STATUSES, type Status } from './evaluation-schema';
import { isStateCode } from './jurisdictions';
import type { DatasetId } from './summary-schema';

/**
 * The shareable view state, and its one codec. Everything a user would share lives in the query
 * string, in readable parameters (`?states=CT~MA~NY&goals=2.9`). Reading is an allow-list: unknown
 * parameters and invalid values are dropped, never an error; writing produces one canonical form, so
 * a parsed and re-written URL is the clean URL the app shows.
 */
export interface ViewState {
  dataset: DatasetId;
  /** Edition; null = the app's default edition for the dataset */
  year: number | null;
  /** What the map and charts colour by: see MEASURE_PATTERN */
  measure: string | null;
  /** USPS codes, in the user's order (compare keeps it), without repeats */
  states: string[];
  /** Issue-area ids */
  issues: string[];
  /** Goal ids */
  goals: string[];
  /** Statuses to show */
  status: Status[];
  /** Sort key: see SORT_PATTERN */
  sort: string | null;
  /** Differences only (compare) */
  diff: boolean;
  /** What-if weights that differ from the framework's, by goal id */
  weights: Record<string, number>;
}

export const DEFAULT_VIEW_STATE: ViewState = Object.freeze({
  dataset: 'real',
  year: null,
  measure: null,
  states: [],
  issues: [],
  goals: [],
  status: [],
  sort: null,
  diff: false,
  weights: {},
}) as ViewState;

/** Limits that keep a hostile URL from making the app do unbounded work. */
export const MAX_STATES = 51;
export const MAX_GOALS = 60;
export const MAX_WEIGHT = 10;
const MAX_PARAM_LENGTH = 2000;

export const MEASURE_PATTERN =
  /^(grade|score|issue:\d{1,2}|status:\d{1,2}\.\d{1,2}|min-age|max-age)$/;
export const SORT_PATTERN = /^(name|score|grade|issue:\d{1,2}|min-age|max-age)$/;
const GOAL_ID = /^\d{1,2}\.\d{1,2}$/;
const ISSUE_ID = /^\d{1,2}$/;

/** What the loaded data knows, to drop values that are well-formed but do not exist. */
export interface KnownValues {
  years?: readonly number[];
  goals?: readonly string[];
  issues?: readonly string[];
}

const LIST_SEPARATOR = '~';

function firstValue(params: URLSearchParams, key: string): string | null {
  const value = params.get(key);
  if (value === null || value.length > MAX_PARAM_LENGTH) return null;
  return value;
}

function list(params: URLSearchParams, key: string): string[] {
  const value = firstValue(params, key);
  if (!value) return [];
  // Accept commas too: people type them by hand.
  return value
    .split(/[~,]/)
    .map((v) => v.trim())
    .filter(Boolean);
}

function unique<T>(values: T[], max: number): T[] {
  return [...new Set(values)].slice(0, max);
}

function safeParams(search: string): URLSearchParams {
  try {
    return new URLSearchParams(search.startsWith('?') ? search.slice(1) : search);
  } catch {
    return new URLSearchParams();
  }
}

export function parseViewState(search: string, known: KnownValues = {}): ViewState {
  const params = safeParams(search);
  const goalsKnown = known.goals ? new Set(known.goals) : null;
  const issuesKnown = known.issues ? new Set(known.issues) : null;

  const dataset: DatasetId = firstValue(params, 'dataset') === 'demo' ? 'demo' : 'real';

  const yearText = firstValue(params, 'year');
  let year: number | null = null;
  if (yearText && /^\d{4}$/.test(yearText)) {
    const y = Number(yearText);
    if (!known.years || known.years.includes(y)) year = y;
  }

  const measureText = firstValue(params, 'measure');
  let measure: string | null =
    measureText && MEASURE_PATTERN.test(measureText) ? measureText : null;
  if (measure?.startsWith('status:') && goalsKnown && !goalsKnown.has(measure.slice(7)))
    measure = null;
  if (measure?.startsWith('issue:') && issuesKnown && !issuesKnown.has(measure.slice(6)))
    measure = null;

  const sortText = firstValue(params, 'sort');
  let sort: string | null = sortText && SORT_PATTERN.test(sortText) ? sortText : null;
  if (sort?.startsWith('issue:') && issuesKnown && !issuesKnown.has(sort.slice(6))) sort = null;

  const states = unique(
    list(params, 'states')
      .map((s) => s.toUpperCase())
      .filter(isStateCode),
    MAX_STATES,
  );
  const issues = unique(
    list(params, 'issues').filter((i) => ISSUE_ID.test(i) && (!issuesKnown || issuesKnown.has(i))),
    MAX_GOALS,
  );
  const goals = unique(
    list(params, 'goals').filter((g) => GOAL_ID.test(g) && (!goalsKnown || goalsKnown.has(g))),
    MAX_GOALS,
  );
  const status = unique(
    list(params, 'status').filter((s): s is Status => (STATUSES as readonly string[]).includes(s)),
    STATUSES.length,
  );
  const diff = firstValue(params, 'diff') === '1';

  const weights: Record<string, number> = {};
  for (const pair of list(params, 'weights').slice(0, MAX_GOALS)) {
    const m = /^(\d{1,2}\.\d{1,2}):(\d{1,2}(?:\.\d{1,2})?)$/.exec(pair);
    if (!m) continue;
    const [, goal, w] = m;
    const weight = Number(w);
    if (goalsKnown && !goalsKnown.has(goal!)) continue;
    if (!Number.isFinite(weight) || weight < 0 || weight > MAX_WEIGHT) continue;
    weights[goal!] = weight;
  }

  return { dataset, year, measure, states, issues, goals, status, sort, diff, weights };
}

function compareGoalIds(a: string, b: string): number {
  const [a1, a2] = a.split('.').map(Number);
  const [b1, b2] = b.split('.').map(Number);
  return a1! - b1! || a2! - b2!;
}

/** The canonical query string ("" or "?…"), in a fixed parameter order, defaults left out. */
export function serializeViewState(state: ViewState): string {
  const parts: string[] = [];
  if (state.dataset !== 'real') parts.push(`dataset=${state.dataset}`);
  if (state.year !== null) parts.push(`year=${state.year}`);
  if (state.measure) parts.push(`measure=${state.measure}`);
  if (state.states.length) parts.push(`states=${state.states.join(LIST_SEPARATOR)}`);
  if (state.issues.length)
    parts.push(
      `issues=${[...state.issues].sort((a, b) => Number(a) - Number(b)).join(LIST_SEPARATOR)}`,
    );
  if (state.goals.length)
    parts.push(`goals=${[...state.goals].sort(compareGoalIds).join(LIST_SEPARATOR)}`);
  if (state.status.length) {
    const ordered = STATUSES.filter((s) => state.status.includes(s));
    parts.push(`status=${ordered.join(LIST_SEPARATOR)}`);
  }
  if (state.sort) parts.push(`sort=${state.sort}`);
  if (state.diff) parts.push('diff=1');
  const weightIds = Object.keys(state.weights).sort(compareGoalIds);
  if (weightIds.length) {
    parts.push(
      `weights=${weightIds.map((id) => `${id}:${state.weights[id]}`).join(LIST_SEPARATOR)}`,
    );
  }
  return parts.length ? `?${parts.join('&')}` : '';
}

/** Parses and re-writes a query string: the clean form, and whether the input differed from it. */
export function normalizeSearch(
  search: string,
  known: KnownValues = {},
): { state: ViewState; search: string; changed: boolean } {
  const state = parseViewState(search, known);
  const clean = serializeViewState(state);
  const given = search === '?' ? '' : search;
  return { state, search: clean, changed: clean !== given };
}

export function withViewState(state: ViewState, patch: Partial<ViewState>): ViewState {
  return { ...state, ...patch };
}
