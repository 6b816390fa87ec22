import type { Status } from '@/domain/contract/evaluation-schema';
import type { Route } from './routes';
import type { FactGoals } from '@/domain/contract/fact-kinds';
import { goalSortable } from '@/domain/facts/fact-goals';
import type { DatasetId } from '@/domain/contract/summary-schema';

/**
 * The shareable view state and the vocabulary of its URL. Everything a user would share lives in
 * the query string, in readable parameters (`?states=CT~MA~NY&goals=2.9`). The URL goes through one
 * pure pipeline (url-pipeline.ts): parse, migrate, clean, write (url-codec.ts, url-migrations.ts).
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
  /** Chosen states only (a goal page shows only `states`); never true without states */
  chosen: boolean;
  /** What-if weights that differ from the framework's, by goal id */
  weights: Record<string, number>;
  /** The heatmap's open cell (its detail panel): `cell=CT:2.9` */
  cell: CellRef | null;
}

/** One state's status on one goal: a heatmap cell. */
export interface CellRef {
  /** USPS code */
  code: string;
  goalId: string;
}

/**
 * The one empty view state: what a URL without parameters shows, and what a link to another view
 * starts from (in the app and in embeds). Frozen all the way down, since links share its lists.
 */
export const DEFAULT_VIEW_STATE: ViewState = Object.freeze({
  dataset: 'real',
  year: null,
  measure: null,
  states: Object.freeze([]) as unknown as string[],
  issues: Object.freeze([]) as unknown as string[],
  goals: Object.freeze([]) as unknown as string[],
  status: Object.freeze([]) as unknown as Status[],
  sort: null,
  diff: false,
  chosen: false,
  weights: Object.freeze({}) as Record<string, number>,
  cell: null,
}) as ViewState;

/** What a link to another view keeps of the current one, unless the link says otherwise. */
export const CARRIED_PARAMS = [
  'dataset',
  'year',
  'states',
] as const satisfies readonly (keyof ViewState)[];

/** The state a link to another view shows: the defaults, the carried values, then the patch. */
export function carriedState(from: ViewState, patch: Partial<ViewState> = {}): ViewState {
  const carried = Object.fromEntries(CARRIED_PARAMS.map((key) => [key, from[key]])) as Pick<
    ViewState,
    (typeof CARRIED_PARAMS)[number]
  >;
  return { ...DEFAULT_VIEW_STATE, ...carried, ...patch };
}

/**
 * The state after a change to the shown view. Switching the dataset without naming an edition
 * drops an edition the other dataset does not have.
 */
export function patchedState(
  state: ViewState,
  patch: Partial<ViewState>,
  yearsOf: (dataset: DatasetId) => readonly number[],
): ViewState {
  const next = { ...state, ...patch };
  if (patch.dataset && patch.dataset !== state.dataset && patch.year === undefined) {
    if (!yearsOf(patch.dataset).includes(next.year ?? -1)) next.year = null;
  }
  return next;
}

/** Limits that keep a hostile URL from making the app do unbounded work. */
export const MAX_STATES = 51;
export const MAX_GOALS = 60;
export const MAX_WEIGHT = 10;

export const MEASURE_PATTERN =
  /^(grade|score|issue:\d{1,2}|status:\d{1,2}\.\d{1,2}|min-age|max-age)$/;
export const SORT_PATTERN =
  /^(name|score|grade|issue:\d{1,2}|goal:\d{1,2}\.\d{1,2}|min-age|max-age)$/;

/** What the loaded data knows, to drop values that are well-formed but do not exist. */
export interface KnownValues {
  datasets?: readonly DatasetId[];
  years?: readonly number[];
  goals?: readonly string[];
  issues?: readonly string[];
}

/**
 * URL format versions.
 *
 * - v1 (`v=1`, introduced with sharing): the parameters above; a value left out means the current
 *   default. Shared links and embeds write `v=1`, name their dataset and pin every default their
 *   view depends on (share-link.ts), so a later change of a default never changes them.
 * - v0: links made before `v` existed. The same parameters, but nothing was pinned: what such a
 *   link showed was the defaults of its day. Its migration (url-migrations.ts) turns one into a v1
 *   URL by pinning those defaults, frozen in V0_DEFAULTS. A URL with no parameter at all is not
 *   migrated: it names a page (the home page, a view from the menu) and opens the current defaults.
 * - A version newer than this code knows (`v=2`…, from a newer deployment) is read with the
 *   current rules: what this version understands is kept, the rest dropped, and the app says so.
 *   `v=0` and a malformed `v` read as no version (v0).
 *
 * A new version is a new entry at the end of URL_MIGRATIONS and a bump here.
 */
export const URL_FORMAT_VERSION = 1;

export type UrlFormat = 'v0' | 'current' | 'future';

export function urlFormat(version: number | null): UrlFormat {
  if (version === null || version === 0) return 'v0';
  return version === URL_FORMAT_VERSION ? 'current' : 'future';
}

/** The values a view shows by default when its URL leaves them out, and a link pins. */
export type PinKey = 'year' | 'measure' | 'sort';

export const PIN_KEYS: readonly PinKey[] = ['year', 'measure', 'sort'];

export interface ViewPins {
  year?: number;
  measure?: string;
  sort?: string;
}

/**
 * Which defaults a view depends on: every view the edition (grades over time shows every
 * edition: not it); the overview its measure (the map's colour); the heatmap and grades over time
 * their row order; a goal page the order of its chart, where it has one.
 */
export function pinKeys(route: Route, framework?: FactGoals): PinKey[] {
  switch (route.view) {
    case 'overview':
      return ['year', 'measure'];
    case 'heatmap':
      return ['year', 'sort'];
    case 'grades':
      // Every year at once: only the order of the rows is a default.
      return ['sort'];
    case 'goal':
      return goalSortKeys(route, framework);
    case 'not-found':
      return [];
    default:
      return ['year'];
  }
}

/**
 * A goal page pins `sort` where the framework gives the goal a comparison with an order of its
 * own (fact-goals.ts goalSortable). Before the framework is known, only the edition: nothing on
 * the page can be ordered yet.
 */
export function goalSortKeys(
  route: Extract<Route, { view: 'goal' }>,
  framework?: FactGoals,
): PinKey[] {
  return framework && goalSortable(framework, route.goalId) ? ['year', 'sort'] : ['year'];
}
