import { useMemo, type ReactNode } from 'react';
import { useFramework } from '@/api/framework-query';
import { navigate, useLocation } from '@/components/router';
import { ViewStateContext, type ViewStateContextValue } from '@/components/view-state';
import { embedSearch, embedSerializeOptions, type EmbedOptions } from '@/domain/url/embed-options';
import { embedPath, routePath, type EmbeddableRoute } from '@/domain/url/routes';
import type { Manifest } from '@/domain/contract/summary-schema';
import { normalizeSearch, serializeViewState, type ViewState } from '@/domain/url/url-state';
import { datasetYears, defaultYear } from './default-edition';
import { knownValues } from './view-state-provider';
import { frameworkIdOf } from '@/domain/contract/dataset-framework';

/** Values carried from the embed into the links it holds (as the app's navigation does). */
const CARRIED: (keyof ViewState)[] = ['dataset', 'year', 'states'];

const EMPTY: Partial<ViewState> = {
  measure: null,
  states: [],
  issues: [],
  goals: [],
  status: [],
  sort: null,
  diff: false,
  weights: {},
};

export interface EmbedViewStateProviderProps {
  manifest: Manifest;
  route: EmbeddableRoute;
  options: EmbedOptions;
  windowName: string;
  children: ReactNode;
}

/**
 * The embed's view state: read from its URL through the app's codec and the same known-values
 * cleaning, and handed to the views through the app's ViewStateContext, so a view's components
 * work in an embed unchanged. Unlike the app it never rewrites the URL on load (the host chose
 * it), and a change replaces the history entry: an iframe's pushes would hijack the host page's
 * Back button. Links it hands out lead to the full app.
 */
export function EmbedViewStateProvider({
  manifest,
  route,
  options,
  windowName,
  children,
}: EmbedViewStateProviderProps) {
  const location = useLocation();
  const datasetHint = /(^|[?&])dataset=demo(&|$)/.test(location.search) ? 'demo' : 'real';
  const frameworkId = frameworkIdOf(manifest, datasetHint);
  const framework = useFramework(frameworkId);

  const state = useMemo((): ViewState => {
    const dataset = manifest.datasets.some((d) => d.id === datasetHint) ? datasetHint : 'real';
    const parsed = normalizeSearch(location.search, knownValues(manifest, framework.data, dataset));
    return { ...parsed.state, dataset };
  }, [manifest, framework.data, location.search, datasetHint]);

  const format = useMemo(() => embedSerializeOptions(location.search), [location.search]);

  const value = useMemo((): ViewStateContextValue | null => {
    const year = state.year ?? defaultYear(manifest, state.dataset);
    if (year === null) return null;
    return {
      route,
      state,
      dataset: state.dataset,
      year,
      years: datasetYears(manifest, state.dataset),
      manifest,
      update: (patch) => {
        const next = { ...state, ...patch };
        navigate(`${embedPath(route)}${embedSearch(next, options, windowName, format)}`, {
          replace: true,
        });
      },
      hrefFor: (to, patch = {}) => {
        const carried: Partial<ViewState> = {};
        for (const key of CARRIED) (carried as Record<string, unknown>)[key] = state[key];
        const next: ViewState = { ...state, ...EMPTY, ...carried, ...patch };
        return `${routePath(to)}${serializeViewState(next, format)}`;
      },
    };
  }, [state, manifest, route, options, windowName, format]);

  if (!value) return <p>No edition of this dataset exists.</p>;
  return <ViewStateContext.Provider value={value}>{children}</ViewStateContext.Provider>;
}
