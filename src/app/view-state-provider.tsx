import { useEffect, useMemo, type ReactNode } from 'react';
import { useFramework } from '@/api/framework-query';
import { navigate, useLocation } from '@/components/router';
import { ViewStateContext, type ViewStateContextValue } from '@/components/view-state';
import { frameworkGoals, type Framework } from '@/domain/framework-schema';
import { parseRoute, routePath, type Route } from '@/domain/routes';
import type { Manifest } from '@/domain/summary-schema';
import {
  normalizeSearch,
  serializeViewState,
  type KnownValues,
  type ViewState,
} from '@/domain/url-state';
import { datasetYears, defaultYear } from './default-edition';

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

/**
 * Reads the view state from the URL against what the data knows, rewrites the URL to its clean
 * form when it held anything unknown (replacing, so Back does not return to the bad URL), and
 * hands the state to the views.
 */
export function ViewStateProvider({
  manifest,
  children,
}: {
  manifest: Manifest;
  children: ReactNode;
}) {
  const location = useLocation();
  const datasetHint = /(^|[?&])dataset=demo(&|$)/.test(location.search) ? 'demo' : 'real';
  const frameworkId =
    manifest.datasets.find((d) => d.id === datasetHint)?.framework ??
    manifest.frameworks[0]?.id ??
    '';
  const framework = useFramework(frameworkId);

  const route: Route = useMemo(() => parseRoute(location.pathname), [location.pathname]);
  const normalized = useMemo(() => {
    const dataset = manifest.datasets.some((d) => d.id === datasetHint) ? datasetHint : 'real';
    const known = knownValues(manifest, framework.data, dataset);
    const result = normalizeSearch(location.search, known);
    if (result.state.dataset !== dataset) {
      result.state = { ...result.state, dataset };
      result.search = serializeViewState(result.state);
      result.changed = true;
    }
    return result;
  }, [manifest, framework.data, location.search, datasetHint]);

  const cleanPath = route.view === 'not-found' ? location.pathname : routePath(route);
  const canRewrite = framework.data !== undefined || framework.isError;
  useEffect(() => {
    if (!canRewrite) return;
    if (normalized.changed || cleanPath !== location.pathname) {
      navigate(`${cleanPath}${normalized.search}`, { replace: true });
    }
  }, [canRewrite, normalized, cleanPath, location.pathname]);

  const value = useMemo((): ViewStateContextValue | null => {
    const state = normalized.state;
    const years = datasetYears(manifest, state.dataset);
    const year = state.year ?? defaultYear(manifest, state.dataset);
    if (year === null) return null;
    const hrefFor = (to: Route, patch: Partial<ViewState> = {}) => {
      const carried: Partial<ViewState> = {};
      for (const key of CARRIED) (carried as Record<string, unknown>)[key] = state[key];
      const next: ViewState = { ...normalized.state, ...emptyState(), ...carried, ...patch };
      return `${routePath(to)}${serializeViewState(next)}`;
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
        navigate(`${cleanPath}${serializeViewState(next)}`, { replace: options?.replace ?? false });
      },
      hrefFor,
    };
  }, [normalized.state, manifest, route, cleanPath]);

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
