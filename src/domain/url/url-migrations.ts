import type { DatasetId } from '@/domain/contract/summary-schema';
import type { Route } from './routes';
import {
  cleanDataset,
  cleanMeasure,
  cleanSort,
  cleanUrl,
  cleanYear,
  writeUrl,
  type RawUrl,
} from './url-codec';
import { pinKeys, URL_FORMAT_VERSION, type KnownValues, type ViewPins } from './url-state';

/**
 * The migrate step of the URL pipeline: an ordered list of migrations, one per format version,
 * each a pure function of the raw parameters (it runs between parse and clean, so it can rename or
 * re-read a parameter the current rules no longer know). See URL_FORMAT_VERSION for the versions.
 */

export interface MigrationContext {
  /** The view the URL belongs to: what an old URL left out depends on it */
  route: Route;
  /** What the data knows: a migration pins nothing the data no longer holds */
  known: KnownValues;
}

export type RawParams = ReadonlyMap<string, string>;

export interface UrlMigration {
  /** The version it reads (0: no `v`) */
  from: number;
  /** The version it writes */
  to: number;
  /** The parameters in version `to`; null: the URL names only its page and stays as it is */
  migrate: (params: RawParams, ctx: MigrationContext) => RawParams | null;
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
  /** Goal 2.9's age chart: youngest minimum age first (view-sorts.ts juvenileSortKey) */
  juvenileSort: 'min-age',
});

/**
 * The goals whose page pinned `sort` in v0 (its age chart, ordered by juvenileSort). Frozen: a v0
 * link meant these goals whatever a later framework file ties to them, so this list, not the
 * framework, says what such a link left out.
 */
export const V0_SORTED_GOALS: readonly string[] = Object.freeze(['2.9']);

/** What a v0 link of this view showed where it left a value out (year: the URL's, else v0's). */
export function v0Defaults(route: Route, dataset: DatasetId, year: number | null): ViewPins {
  const pins: ViewPins = {};
  const keys =
    route.view === 'goal'
      ? V0_SORTED_GOALS.includes(route.goalId)
        ? ['year', 'sort']
        : ['year']
      : pinKeys(route);
  const shownYear = year ?? V0_DEFAULTS.year[dataset];
  if (keys.includes('year')) pins.year = shownYear;
  if (keys.includes('measure')) {
    const measure = V0_DEFAULTS.overviewMeasure[dataset][shownYear];
    if (measure !== undefined) pins.measure = measure;
  }
  // Views made after v0 (grades over time) had no v0 links: nothing of theirs is frozen.
  if (keys.includes('sort') && route.view === 'heatmap') pins.sort = V0_DEFAULTS.heatmapSort;
  if (keys.includes('sort') && route.view === 'goal') pins.sort = V0_DEFAULTS.juvenileSort;
  return pins;
}

/**
 * v0 → v1: the v0 defaults pinned where the link left them out (or gave a value the current rules
 * drop). Values the link set are never replaced. A frozen year the data no longer holds is not
 * pinned, nor a measure whose edition is then unknown. A URL that sets nothing (v0's parameters
 * are today's, so the current clean step reads them) names a page, not a view someone set up: it
 * opens the current defaults, unmigrated.
 */
export function migrateV0ToV1(
  params: RawParams,
  { route, known }: MigrationContext,
): RawParams | null {
  if (writeUrl(cleanUrl({ version: null, params }, known)) === '') return null;
  const next = new Map(params);
  const dataset = cleanDataset(params.get('dataset'), known);
  let year = cleanYear(params.get('year'), known);
  const frozenYear = v0Defaults(route, dataset, year).year;
  if (year === null && frozenYear !== undefined) {
    if (!known.years || known.years.includes(frozenYear)) {
      year = frozenYear;
      next.set('year', String(frozenYear));
    }
  }
  const pins = v0Defaults(route, dataset, year);
  if (cleanMeasure(params.get('measure'), known) === null && pins.measure !== undefined) {
    if (year !== null) next.set('measure', pins.measure);
  }
  if (cleanSort(params.get('sort'), known) === null && pins.sort !== undefined) {
    next.set('sort', pins.sort);
  }
  return next;
}

/** Every migration, oldest first: each reads the version the one before writes. */
export const URL_MIGRATIONS: readonly UrlMigration[] = [{ from: 0, to: 1, migrate: migrateV0ToV1 }];

/**
 * Migrate: a raw URL of any version as one of the current version, by running the migrations
 * from its own version on, in order. A newer version than this code knows is read with the current
 * rules, as the current version. A URL a migration finds naming only its page is left as it is.
 */
export function migrateUrl(
  raw: RawUrl,
  ctx: MigrationContext,
  migrations: readonly UrlMigration[] = URL_MIGRATIONS,
  current: number = URL_FORMAT_VERSION,
): RawUrl {
  let version = raw.version ?? 0;
  if (version > current) return { ...raw, version: current };
  let params = raw.params;
  for (const migration of migrations) {
    if (migration.from !== version) continue;
    const next = migration.migrate(params, ctx);
    if (next === null) return raw;
    params = next;
    version = migration.to;
  }
  return { version, params };
}
