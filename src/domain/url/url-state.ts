import { STATUSES, type Status } from '@/domain/contract/evaluation-schema';
import { isStateCode } from '@/domain/format/jurisdictions';
import type { Route } from './routes';
import type { DatasetId } from '@/domain/contract/summary-schema';

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

export interface SerializeOptions {
  /** Write `v=<version>` first (shared links, embeds, and the address bar of a versioned link) */
  version?: number | null;
  /** Write `dataset=real` too (pinned links name their dataset even when it is the default) */
  explicitDataset?: boolean;
}

/** The canonical query string ("" or "?…"), in a fixed parameter order, defaults left out. */
export function serializeViewState(state: ViewState, options: SerializeOptions = {}): string {
  const parts: string[] = [];
  if (options.version != null) parts.push(`v=${options.version}`);
  if (state.dataset !== 'real' || options.explicitDataset) parts.push(`dataset=${state.dataset}`);
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

/**
 * URL format versions.
 *
 * - v1 (`v=1`, introduced with sharing): the parameters above; a value left out means the current
 *   default. Shared links and embeds write `v=1`, name their dataset and pin every default their
 *   view depends on (share-link.ts), so a later change of a default never changes them.
 * - v0: links made before `v` existed. The same parameters, but nothing was pinned: what such a
 *   link showed was the defaults of its day. `migrateSearch` turns one into a v1 URL by pinning
 *   those defaults, frozen below in V0_DEFAULTS. A URL with no parameter at all is not migrated:
 *   it names a page (the home page, a view from the menu) and opens the current defaults.
 * - A version newer than this code knows (`v=2`…, from a newer deployment) is read with the
 *   current rules: what this version understands is kept, the rest dropped, and the app says so.
 *   `v=0` and a malformed `v` read as no version (v0).
 */
export const URL_FORMAT_VERSION = 1;

export type UrlFormat = 'v0' | 'current' | 'future';

/** The `v` parameter: a whole number, or null when absent or malformed. */
export function readUrlVersion(search: string): number | null {
  const text = firstValue(safeParams(search), 'v');
  return text !== null && /^\d{1,4}$/.test(text) ? Number(text) : null;
}

export function urlFormat(version: number | null): UrlFormat {
  if (version === null || version === 0) return 'v0';
  return version === URL_FORMAT_VERSION ? 'current' : 'future';
}

/** Parses and re-writes a query string: the clean form, and whether the input differed from it. */
export function normalizeSearch(
  search: string,
  known: KnownValues = {},
): {
  state: ViewState;
  search: string;
  changed: boolean;
  /** The input's `v` (null: none) and what it means */
  version: number | null;
  format: UrlFormat;
} {
  const state = parseViewState(search, known);
  const version = readUrlVersion(search);
  const format = urlFormat(version);
  // A versioned URL keeps its `v` (a newer one too, until the view changes: the app then writes
  // its own format) and names its dataset, as a shared link does.
  const clean =
    format === 'v0'
      ? serializeViewState(state)
      : serializeViewState(state, { version, explicitDataset: true });
  const given = search === '?' ? '' : search;
  return { state, search: clean, changed: clean !== given, version, format };
}

/** The values a view shows by default when its URL leaves them out, and a link pins. */
export type PinKey = 'year' | 'measure' | 'sort';

export interface ViewPins {
  year?: number;
  measure?: string;
  sort?: string;
}

/**
 * Which defaults a view depends on: every view the edition; the overview its measure (the map's
 * colour); the heatmap its row order; goal 2.9 the order of its juvenile-court-age chart.
 */
export function pinKeys(route: Route): PinKey[] {
  switch (route.view) {
    case 'overview':
      return ['year', 'measure'];
    case 'heatmap':
      return ['year', 'sort'];
    case 'goal':
      return route.goalId === '2.9' ? ['year', 'sort'] : ['year'];
    case 'not-found':
      return [];
    default:
      return ['year'];
  }
}

/**
 * The defaults v0 links opened with, frozen as of the code and data on the day `v=1` was
 * introduced. Never change these: they are what every old link showed. (The app's current
 * defaults live in app/default-edition.ts and the views; they may change, these may not.)
 */
export const V0_DEFAULTS = Object.freeze({
  /**
   * The newest edition with an evaluated state (default-edition.ts): report data 2022 (Connecticut
   * was the only evaluated state; 2023 held published grades only), demo data 2023.
   */
  year: { real: 2022, demo: 2023 } as Readonly<Record<DatasetId, number>>,
  /**
   * The overview's measure for each edition: the one known for the most states
   * (overview-measure.ts defaultMeasure) on that day's data. An edition not listed here did not
   * exist, so a v0 link cannot have shown it; its measure is left to the current default.
   */
  overviewMeasure: {
    real: { 2021: 'grade', 2022: 'min-age', 2023: 'grade' },
    demo: { 2021: 'score', 2022: 'score', 2023: 'score' },
  } as Readonly<Record<DatasetId, Readonly<Record<number, string>>>>,
  /** Heatmap rows: coverage score, highest first (heatmap-model.ts heatmapSort) */
  heatmapSort: 'score',
  /** Goal 2.9's age chart: youngest minimum age first (goal-juvenile.ts juvenileSortKey) */
  juvenileSort: 'min-age',
});

/** What a v0 link of this view showed where it left a value out (year: the URL's, else v0's). */
export function v0Defaults(route: Route, dataset: DatasetId, year: number | null): ViewPins {
  const pins: ViewPins = {};
  const keys = pinKeys(route);
  const shownYear = year ?? V0_DEFAULTS.year[dataset];
  if (keys.includes('year')) pins.year = shownYear;
  if (keys.includes('measure')) {
    const measure = V0_DEFAULTS.overviewMeasure[dataset][shownYear];
    if (measure !== undefined) pins.measure = measure;
  }
  if (keys.includes('sort')) {
    pins.sort = route.view === 'heatmap' ? V0_DEFAULTS.heatmapSort : V0_DEFAULTS.juvenileSort;
  }
  return pins;
}

/**
 * A v0 view state as v1: the v0 defaults pinned where it left them out. A frozen year the data no
 * longer holds (`known.years`) is not pinned, nor a measure whose edition is then unknown.
 */
export function migrateV0State(route: Route, state: ViewState, known: KnownValues = {}): ViewState {
  const next = { ...state };
  const frozenYear = v0Defaults(route, state.dataset, state.year).year;
  if (state.year === null && frozenYear !== undefined) {
    if (!known.years || known.years.includes(frozenYear)) next.year = frozenYear;
  }
  const pins = v0Defaults(route, state.dataset, next.year);
  if (state.measure === null && pins.measure !== undefined && next.year !== null) {
    next.measure = pins.measure;
  }
  if (state.sort === null && pins.sort !== undefined) next.sort = pins.sort;
  return next;
}

/**
 * Any URL of a view as a v1 URL (`?v=1&…`): a v0 URL with its defaults pinned, a v1 URL in its
 * canonical form (so this is idempotent), a newer version read with the current rules. A URL with
 * no parameter names a page and stays "" (see URL_FORMAT_VERSION).
 */
export function migrateSearch(
  route: Route,
  search: string,
  known: KnownValues = {},
): { state: ViewState; search: string; from: UrlFormat; pinned: PinKey[] } {
  const state = parseViewState(search, known);
  const from = urlFormat(readUrlVersion(search));
  const v1 = { version: URL_FORMAT_VERSION, explicitDataset: true };
  if (from !== 'v0') return { state, search: serializeViewState(state, v1), from, pinned: [] };
  if (serializeViewState(state) === '') return { state, search: '', from, pinned: [] };
  const migrated = migrateV0State(route, state, known);
  const pinned = (['year', 'measure', 'sort'] as const).filter((k) => migrated[k] !== state[k]);
  return { state: migrated, search: serializeViewState(migrated, v1), from, pinned };
}

export function withViewState(state: ViewState, patch: Partial<ViewState>): ViewState {
  return { ...state, ...patch };
}
