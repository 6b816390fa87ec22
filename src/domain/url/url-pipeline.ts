import type { Route } from './routes';
import { driftedPins, pinDrift } from './share-link';
import { cleanUrl, parseUrl, writeUrl, type WriteFormat } from './url-codec';
import { migrateUrl } from './url-migrations';
import {
  PIN_KEYS,
  URL_FORMAT_VERSION,
  urlFormat,
  type KnownValues,
  type PinKey,
  type UrlFormat,
  type ViewPins,
  type ViewState,
} from './url-state';

/**
 * The URL rules as one pure pipeline: parse (the query string to raw parameters) → migrate (an old
 * format brought up to date, url-migrations.ts) → clean (the allow-list and the defaults) → write
 * (the canonical query string). The app's and the embed's view-state providers only run it and
 * read or write the history.
 */

/** How a URL of this version is written: a versioned one keeps its `v` and names its dataset. */
export function writeFormat(version: number | null): WriteFormat {
  return urlFormat(version) === 'v0' ? {} : { version };
}

export interface ReadUrlOptions {
  known?: KnownValues;
  /** Bring the URL up to the current format, for this view (without it, nothing is migrated) */
  migrateFor?: Route;
}

export interface UrlReading {
  state: ViewState;
  /** The clean query string */
  search: string;
  /** Whether the input differed from its clean form */
  changed: boolean;
  /** The `v` of the clean form (null: none) and what it means */
  version: number | null;
  format: UrlFormat;
  /** The input's format */
  from: UrlFormat;
  /** The defaults a migration pinned */
  pinned: PinKey[];
}

/** The whole pipeline: a query string read, migrated if asked, cleaned and written back. */
export function readUrl(search: string, options: ReadUrlOptions = {}): UrlReading {
  const known = options.known ?? {};
  const parsed = parseUrl(search);
  const migrated = options.migrateFor
    ? migrateUrl(parsed, { route: options.migrateFor, known })
    : parsed;
  const state = cleanUrl(migrated, known);
  const clean = writeUrl(state, writeFormat(migrated.version));
  let pinned: PinKey[] = [];
  if (migrated !== parsed) {
    const before = cleanUrl(parsed, known);
    pinned = PIN_KEYS.filter((key) => state[key] !== before[key]);
  }
  return {
    state,
    search: clean,
    changed: clean !== (search === '?' ? '' : search),
    version: migrated.version,
    format: urlFormat(migrated.version),
    from: urlFormat(parsed.version),
    pinned,
  };
}

/*
 * The app's own address bar. A `v=1` URL (a shared link) keeps its `v` and pins. A URL without `v`
 * is the app's own readable address or a link made before versions (v0); while every default is
 * what it was in v0 the two read the same, so it is left as it is. Once a default has changed,
 * such a URL is migrated (its v0 defaults pinned, `v=1`), so an old link keeps showing what it
 * showed; and the app writes its own unversioned URLs with the changed values spelled out, so they
 * never read as something else on reload.
 */

/**
 * How the app reads its address. `current`: the current defaults of the view (null when the
 * dataset has no edition); a value not known yet (a measure before its data loads) is left out.
 * `read`: the URL's reading without migration, when already made (it is returned as it is).
 */
export function readAppUrl(
  route: Route,
  search: string,
  known: KnownValues,
  current: ViewPins | null,
  read: UrlReading = readUrl(search, { known }),
): UrlReading {
  if (read.format !== 'v0' || read.search === '' || current === null) return read;
  if (driftedPins(route, read.state, current, known).length === 0) return read;
  return readUrl(search, { known, migrateFor: route });
}

/**
 * Whether the app needs the overview's data to read this URL: an unversioned overview URL without
 * a measure, since the default measure depends on the edition's data.
 */
export function readingNeedsSummary(route: Route, read: UrlReading): boolean {
  return route.view === 'overview' && read.format === 'v0' && read.state.measure === null;
}

/**
 * How the app writes an address, in the format it is showing: a shared link's stays `v=1`; its
 * own readable addresses stay unversioned, with any default changed since v0 spelled out.
 */
export function writeAppUrl(
  to: Route,
  next: ViewState,
  format: UrlFormat,
  current: ViewPins | null,
  known: KnownValues,
): string {
  if (format !== 'v0') return writeUrl(next, { version: URL_FORMAT_VERSION });
  if (current === null) return writeUrl(next);
  return writeUrl(pinDrift(to, next, current, known));
}
