import type { EmbedTheme } from './embed-options';
import type { Framework } from '@/domain/contract/framework-schema';
import { jurisdictionByCode } from '@/domain/format/jurisdictions';
import {
  defaultMeasure,
  measureKey,
  measureLongLabel,
  parseMeasure,
  type MeasureTitles,
} from '@/domain/overview/measure';
import { embedPath, routePath, type EmbeddableRoute, type Route } from './routes';
import type { EditionSummary } from '@/domain/contract/summary-schema';
import { writeUrl } from './url-codec';
import { v0Defaults } from './url-migrations';
import {
  DEFAULT_VIEW_STATE,
  pinKeys,
  URL_FORMAT_VERSION,
  type KnownValues,
  type PinKey,
  type ViewPins,
  type ViewState,
} from './url-state';
import { gradesSortKey, heatmapSort, sortKey } from './view-sorts';
import { goalSortKey } from '@/domain/facts/fact-goals';

/**
 * Shared links and embed snippets. A shared link pins everything its view depends on (edition,
 * dataset, and the overview's measure or the heatmap's order and a goal comparison's, resolved the way the
 * view resolves them) and carries the URL format version, so it shows the same view for as long
 * as the data stands, whatever later becomes the default.
 */

/** What a view needs to know to resolve its defaults; what is not loaded yet is left out. */
export interface DefaultsContext {
  /** The edition shown (for currentDefaults: the dataset's default edition) */
  year: number;
  /** That edition's summary: the overview's default measure depends on the data */
  summary?: EditionSummary | undefined;
  /** The framework: the heatmap checks an issue-area sort against it */
  framework?: Framework | undefined;
}

/** The heatmap's order for a URL sort key, as heatmap-model.ts reads it (unknown: by score). */
function heatmapSortKey(sort: string | null, framework: Framework | undefined): string {
  if (framework) return sortKey(heatmapSort(sort, framework));
  return sort === 'name' || sort?.startsWith('issue:') || sort?.startsWith('goal:')
    ? sort
    : 'score';
}

/**
 * What the view shows for each value it depends on: the URL's where the view honours it, else
 * the view's default. A value that cannot be resolved yet (the overview's measure before its
 * summary loads) is left out.
 */
export function effectivePins(route: Route, state: ViewState, ctx: DefaultsContext): ViewPins {
  const pins: ViewPins = {};
  for (const key of pinKeys(route, ctx.framework)) {
    if (key === 'year') pins.year = ctx.year;
    else if (key === 'measure') {
      if (ctx.summary) {
        const measure = parseMeasure(state.measure, ctx.summary) ?? defaultMeasure(ctx.summary);
        pins.measure = measureKey(measure);
      } else if (state.measure !== null) pins.measure = state.measure;
    } else if (route.view === 'heatmap') pins.sort = heatmapSortKey(state.sort, ctx.framework);
    else if (route.view === 'grades') pins.sort = gradesSortKey(state.sort);
    else if (route.view === 'goal' && ctx.framework) {
      pins.sort = goalSortKey(ctx.framework, route.goalId, state.sort);
    }
  }
  return pins;
}

/** The current defaults of the values a view depends on (what a URL leaving them out shows). */
export function currentDefaults(
  route: Route,
  state: Pick<ViewState, 'dataset'>,
  ctx: DefaultsContext,
): ViewPins {
  return effectivePins(route, { ...DEFAULT_VIEW_STATE, dataset: state.dataset }, ctx);
}

/**
 * The values a URL without `v` leaves out whose v0 default (frozen) differs from today's: where
 * the app must not read it with today's defaults, nor write one that would be read as v0. Values
 * not known yet (a measure before its summary loads) count as unchanged, and so does a v0 edition
 * the data no longer holds (`known.years`): no link can show it any more.
 */
export function driftedPins(
  route: Route,
  state: ViewState,
  current: ViewPins,
  known: KnownValues = {},
): PinKey[] {
  const frozen = v0Defaults(route, state.dataset, state.year);
  if (state.year === null && frozen.year !== undefined && known.years) {
    if (!known.years.includes(frozen.year)) return [];
  }
  // The keys v0 pinned: where today's view pins a key v0 did not, no v0 link left it out.
  return (Object.keys(frozen) as PinKey[]).filter((key) => {
    if (state[key] !== null) return false;
    const was = frozen[key];
    const now = current[key];
    return was !== undefined && now !== undefined && was !== now;
  });
}

/**
 * The app's own address bar has no `v`, so it must read the same as v0: where a default has
 * changed since v0, the value shown is written out. A URL without parameters names a page and
 * shows the current defaults, so it is left alone. (While no default has changed, a no-op.)
 */
export function pinDrift(
  route: Route,
  state: ViewState,
  current: ViewPins,
  known: KnownValues = {},
): ViewState {
  if (writeUrl(state) === '') return state;
  const next = { ...state };
  for (const key of driftedPins(route, state, current, known)) {
    if (key === 'year') next.year = current.year ?? null;
    else next[key] = current[key] ?? null;
  }
  return next;
}

/** The view state with the view's values pinned. */
export function pinState(state: ViewState, pins: ViewPins): ViewState {
  const next = { ...state };
  // effectivePins gives exactly the keys the view depends on.
  for (const key of Object.keys(pins) as PinKey[]) {
    if (key === 'year') next.year = pins.year ?? state.year;
    else next[key] = pins[key] ?? state[key];
  }
  return next;
}

/** The query string of a shared link: `?v=1&dataset=…&year=…&…`, readable, no JSON. */
export function shareSearch(state: ViewState, pins: ViewPins): string {
  return writeUrl(pinState(state, pins), { version: URL_FORMAT_VERSION });
}

/** The link the Share control copies: the view's page with every default pinned. */
export function buildShareLink(
  route: Route,
  state: ViewState,
  pins: ViewPins,
  origin: string,
): string {
  return `${origin}${routePath(route)}${shareSearch(state, pins)}`;
}

/** The route's embeddable form, or null: the state report and About have no embed. */
export function embeddableRoute(route: Route): EmbeddableRoute | null {
  switch (route.view) {
    case 'overview':
    case 'heatmap':
    case 'scores':
    case 'compare':
    case 'grades':
    case 'goal':
      return route;
    default:
      return null;
  }
}

export const EMBED_THEMES: readonly EmbedTheme[] = ['auto', 'light', 'dark'];
export const DEFAULT_EMBED_HEIGHT = 480;
export const MIN_SNIPPET_HEIGHT = 150;
export const MAX_SNIPPET_HEIGHT = 5000;

/** A height for the snippet: whole pixels within bounds, the default for anything else. */
export function snippetHeight(value: number): number {
  if (!Number.isFinite(value)) return DEFAULT_EMBED_HEIGHT;
  return Math.min(MAX_SNIPPET_HEIGHT, Math.max(MIN_SNIPPET_HEIGHT, Math.round(value)));
}

/** The embed's address: `/embed/<view>` with the shared link's parameters and the theme. */
export function buildEmbedSrc(
  route: EmbeddableRoute,
  state: ViewState,
  pins: ViewPins,
  origin: string,
  theme: EmbedTheme,
  chart: string | null = null,
): string {
  // An embed has no detail panel (a cell opens the state's report in a new tab): no open cell.
  // `chart` as the embed reads it (embed-options.ts): a lowercase word, else the view's default.
  const which = chart !== null && /^[a-z]{1,16}$/.test(chart) ? `&chart=${chart}` : '';
  return `${origin}${embedPath(route)}${shareSearch({ ...state, cell: null }, pins)}&theme=${theme}${which}`;
}

/** For an HTML attribute value in double quotes. */
export function escapeAttribute(value: string): string {
  return value
    .replace(/&/g, '&amp;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;');
}

export interface EmbedSnippetInput {
  route: EmbeddableRoute;
  state: ViewState;
  pins: ViewPins;
  origin: string;
  /** The chart's title; the snippet adds " — Statewise" */
  title: string;
  theme: EmbedTheme;
  height: number;
  /** Which chart of a view with several (`status` for a goal's status map); null: the default */
  chart?: string | null;
}

/**
 * The HTML a host pastes: an iframe with a title, lazy loading and the full width, at a fixed
 * height that the resize script (embed-resize.js) then fits to the content; without the script
 * the chart still shows at that height.
 */
export function buildEmbedSnippet(input: EmbedSnippetInput): string {
  const src = buildEmbedSrc(
    input.route,
    input.state,
    input.pins,
    input.origin,
    input.theme,
    input.chart ?? null,
  );
  const height = snippetHeight(input.height);
  const iframe =
    `<iframe src="${escapeAttribute(src)}" title="${escapeAttribute(`${input.title} — Statewise`)}"` +
    ` loading="lazy" width="100%" height="${height}" style="border:0;width:100%"` +
    ` data-statewise-embed></iframe>`;
  const script = `<script src="${escapeAttribute(`${input.origin}/embed-resize.js`)}" async></script>`;
  return `${iframe}\n${script}`;
}

function stateList(codes: readonly string[]): string {
  const names = codes.map((c) => jurisdictionByCode(c)?.name ?? c);
  if (names.length <= 1) return names.join('');
  return `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}

/** Names the chart where a title needs what the framework calls it. */
export type ViewTitles = MeasureTitles & {
  /** The goal's title */
  goal?: string | undefined;
  /** The chart the goal's embed shows, where it is not the status map (embeddedChartTitle) */
  goalChart?: string | undefined;
};

/**
 * What a view shows, in words, without the edition: "Policy goals met, by state",
 * "Connecticut, Massachusetts and New York compared", "Connecticut: state report".
 */
export function viewTitle(
  route: Route,
  state: ViewState,
  pins: ViewPins,
  titles: ViewTitles = {},
): string {
  switch (route.view) {
    case 'overview': {
      const measure = pins.measure ? parseMeasure(pins.measure, measureIds(pins.measure)) : null;
      return measure ? `${measureLongLabel(measure, titles)} by state` : 'State map';
    }
    case 'heatmap':
      return 'Policy goals met, by state';
    case 'scores':
      return 'Coverage score by state';
    case 'compare':
      return state.states.length
        ? `${stateList(state.states.slice(0, 6))} compared`
        : 'Compare states';
    case 'goals':
      return 'Policy goals';
    case 'grades':
      return state.states.length
        ? `Published scores over time: ${stateList(state.states.slice(0, 6))}`
        : 'Published grades over time, by state';
    case 'goal':
      return titles.goalChart
        ? `${titles.goalChart} by state (policy goal ${route.goalId})`
        : `Policy goal ${route.goalId}${titles.goal ? `: ${titles.goal.replace(/\.$/, '')}` : ''}, by state`;
    case 'state':
      return `${jurisdictionByCode(route.code)?.name ?? route.code}: state report`;
    case 'about':
      return 'About Statewise: method, sources and editions';
    case 'not-found':
      return 'Statewise';
  }
}

/**
 * The embed's title, for the iframe's `title` (what a screen reader announces for the frame):
 * what the chart shows, the edition, and the synthetic mark for demo data.
 */
export function embedTitle(
  route: EmbeddableRoute,
  state: ViewState,
  pins: ViewPins,
  titles: ViewTitles = {},
): string {
  const what = viewTitle(route, state, pins, titles);
  // Every edition at once, and only published grades: no edition, no synthetic mark.
  if (route.view === 'grades') return what;
  const year = pins.year ?? state.year;
  const edition = year === null || year === undefined ? '' : `, ${year}`;
  const synthetic = state.dataset === 'demo' ? ' (synthetic demo data)' : '';
  return `${what}${edition}${synthetic}`;
}

/** Lets parseMeasure accept the one issue area or goal a pinned measure names. */
function measureIds(measure: string): { goals: string[]; issueAreas: string[] } {
  if (measure.startsWith('status:')) return { goals: [measure.slice(7)], issueAreas: [] };
  if (measure.startsWith('issue:')) return { goals: [], issueAreas: [measure.slice(6)] };
  return { goals: [], issueAreas: [] };
}
