import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useMemo, type ReactNode } from 'react';
import { editionSummaryQueryKey, editionSummaryQueryOptions } from '@/api/edition-summary-query';
import { useFramework } from '@/api/framework-query';
import { navigate, useLocation } from '@/components/router';
import { ViewStateContext, type ViewStateContextValue } from '@/components/view-state';
import { frameworkGoals, type Framework } from '@/domain/contract/framework-schema';
import { parseRoute, routePath, sameSitePath, type Route } from '@/domain/url/routes';
import { currentDefaults, driftedPins, pinDrift } from '@/domain/url/share-link';
import type { EditionSummary, Manifest } from '@/domain/contract/summary-schema';
import {
  migrateV0State,
  normalizeSearch,
  serializeViewState,
  URL_FORMAT_VERSION,
  type KnownValues,
  type UrlFormat,
  type ViewState,
} from '@/domain/url/url-state';
import { datasetYears, defaultYear } from './default-edition';
import { frameworkIdOf } from '@/domain/contract/dataset-framework';

/** Values carried from view to view by the navigation, unless a link says otherwise. */
const CARRIED: (keyof ViewState)[] = ['dataset', 'year', 'states'];

export function knownValues(
  manifest: Manifest,
  framework: Framework | undefined,
  dataset: ViewState['dataset'],
): KnownValues {
  return {
    years: datasetYears(manifest, dataset),
    ...(framework
      ? {
          goals: frameworkGoals(framework).map((g) => g.id),
          issues: framework.issueAreas.map((a) => a.id),
        }
      : {}),
  };
}

/** How a URL of this format is written: a versioned one names its version and dataset. */
function serializeAs(state: ViewState, format: UrlFormat, version: number | null): string {
  return format === 'v0'
    ? serializeViewState(state)
    : serializeViewState(state, { version, explicitDataset: true });
}

/**
 * Reads the view state from the URL against what the data knows, rewrites the URL to its clean
 * form when it held anything unknown (replacing, so Back does not return to the bad URL), and
 * hands the state to the views.
 *
 * Versions (url-state.ts): a `v=1` URL (a shared link) keeps its `v` and pins. A URL without `v`
 * is the app's own readable address or a link made before versions (v0); while every default is
 * what it was in v0 the two read the same, so it is left as it is. Once a default has changed,
 * such a URL is migrated (its v0 defaults pinned, `v=1`), so an old link keeps showing what it
 * showed; and the app writes its own unversioned URLs with the changed values spelled out, so they
 * never read as something else on reload.
 */
export function ViewStateProvider({
  manifest,
  children,
}: {
  manifest: Manifest;
  children: ReactNode;
}) {
  const location = useLocation();
  const queryClient = useQueryClient();
  const datasetHint = /(^|[?&])dataset=demo(&|$)/.test(location.search) ? 'demo' : 'real';
  const frameworkId = frameworkIdOf(manifest, datasetHint);
  const framework = useFramework(frameworkId);

  const route: Route = useMemo(() => parseRoute(location.pathname), [location.pathname]);
  const normalized = useMemo(() => {
    const dataset = manifest.datasets.some((d) => d.id === datasetHint) ? datasetHint : 'real';
    const known = knownValues(manifest, framework.data, dataset);
    const result = normalizeSearch(location.search, known);
    if (result.state.dataset !== dataset) {
      result.state = { ...result.state, dataset };
      result.search = serializeAs(result.state, result.format, result.version);
      result.changed = true;
    }
    return { ...result, known };
  }, [manifest, framework.data, location.search, datasetHint]);

  // The overview's default measure depends on the edition's data: to tell whether it has changed
  // since v0, an unversioned overview URL without a measure needs that edition's summary (the
  // page loads it anyway: the same query).
  const shownYear = normalized.state.year ?? defaultYear(manifest, normalized.state.dataset);
  const needsSummary =
    route.view === 'overview' &&
    normalized.format === 'v0' &&
    normalized.state.measure === null &&
    shownYear !== null;
  const summary = useQuery({
    ...editionSummaryQueryOptions(normalized.state.dataset, shownYear ?? 0),
    enabled: needsSummary,
  });

  const resolved = useMemo(() => {
    const dataset = normalized.state.dataset;
    const appYear = defaultYear(manifest, dataset);
    if (normalized.format !== 'v0' || normalized.search === '' || appYear === null) {
      return normalized;
    }
    const current = currentDefaults(route, normalized.state, {
      year: appYear,
      summary: needsSummary ? summary.data : undefined,
    });
    if (driftedPins(route, normalized.state, current, normalized.known).length === 0) {
      return normalized;
    }
    const state = migrateV0State(route, normalized.state, normalized.known);
    return {
      ...normalized,
      state,
      search: serializeAs(state, 'current', URL_FORMAT_VERSION),
      changed: true,
      version: URL_FORMAT_VERSION,
      format: 'current' as const,
    };
  }, [normalized, manifest, route, needsSummary, summary.data]);

  const cleanPath = route.view === 'not-found' ? sameSitePath(location.pathname) : routePath(route);
  const canRewrite = framework.data !== undefined || framework.isError;
  useEffect(() => {
    if (!canRewrite) return;
    if (resolved.changed || cleanPath !== location.pathname) {
      navigate(`${cleanPath}${resolved.search}`, { replace: true });
    }
  }, [canRewrite, resolved, cleanPath, location.pathname]);

  const value = useMemo((): ViewStateContextValue | null => {
    const state = resolved.state;
    const years = datasetYears(manifest, state.dataset);
    const year = state.year ?? defaultYear(manifest, state.dataset);
    if (year === null) return null;
    // The app writes URLs in the format it is showing: a shared link's stays `v=1`; its own
    // readable addresses stay unversioned, with any default changed since v0 spelled out.
    const write = (to: Route, next: ViewState): string => {
      if (resolved.format !== 'v0') return serializeAs(next, 'current', URL_FORMAT_VERSION);
      const appYear = defaultYear(manifest, next.dataset);
      if (appYear === null) return serializeViewState(next);
      const summary = queryClient.getQueryData<EditionSummary>(
        editionSummaryQueryKey(next.dataset, next.year ?? appYear),
      );
      const current = currentDefaults(to, next, { year: appYear, summary });
      const known = { years: datasetYears(manifest, next.dataset) };
      return serializeViewState(pinDrift(to, next, current, known));
    };
    const hrefFor = (to: Route, patch: Partial<ViewState> = {}) => {
      const carried: Partial<ViewState> = {};
      for (const key of CARRIED) (carried as Record<string, unknown>)[key] = state[key];
      const next: ViewState = { ...state, ...emptyState(), ...carried, ...patch };
      return `${routePath(to)}${write(to, next)}`;
    };
    return {
      route,
      state,
      dataset: state.dataset,
      year,
      years,
      manifest,
      update: (patch, options) => {
        const next = { ...state, ...patch };
        if (patch.dataset && patch.dataset !== state.dataset && patch.year === undefined) {
          // An edition of one dataset may not exist in the other.
          if (!datasetYears(manifest, patch.dataset).includes(next.year ?? -1)) next.year = null;
        }
        navigate(`${cleanPath}${write(route, next)}`, { replace: options?.replace ?? false });
      },
      hrefFor,
    };
  }, [resolved.state, resolved.format, manifest, route, cleanPath, queryClient]);

  if (!value) return <p>No edition of this dataset exists.</p>;
  return <ViewStateContext.Provider value={value}>{children}</ViewStateContext.Provider>;
}

function emptyState(): Partial<ViewState> {
  return {
    measure: null,
    states: [],
    issues: [],
    goals: [],
    status: [],
    sort: null,
    diff: false,
    weights: {},
  };
}
