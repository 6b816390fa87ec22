import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useMemo, type ReactNode } from 'react';
import { editionSummaryQueryKey, editionSummaryQueryOptions } from '@/api/edition-summary-query';
import { useFramework } from '@/api/framework-query';
import { navigate, useLocation } from '@/components/router';
import { ViewStateContext } from '@/components/view-state';
import { frameworkIdOf } from '@/domain/contract/dataset-framework';
import type { EditionSummary, Manifest } from '@/domain/contract/summary-schema';
import { parseRoute, routePath, sameSitePath, type Route } from '@/domain/url/routes';
import { currentDefaults } from '@/domain/url/share-link';
import { readDataset } from '@/domain/url/url-codec';
import { readAppUrl, readingNeedsSummary, readUrl, writeAppUrl } from '@/domain/url/url-pipeline';
import type { ViewPins, ViewState } from '@/domain/url/url-state';
import { datasetYears, defaultYear } from './default-edition';
import { knownValues, viewStateValue } from './view-state-value';

/** The current defaults of a view (null: the dataset has no edition), to tell what changed since v0. */
function currentDefaultsOf(
  manifest: Manifest,
  route: Route,
  state: ViewState,
  summaryOf: (year: number) => EditionSummary | undefined,
): ViewPins | null {
  const year = defaultYear(manifest, state.dataset);
  if (year === null) return null;
  return currentDefaults(route, state, { year, summary: summaryOf(state.year ?? year) });
}

/**
 * Reads the view state from the URL through the URL pipeline (url-pipeline.ts: versions and how
 * the app reads and writes its own address), rewrites the URL to its clean form when it held
 * anything unknown (replacing, so Back does not return to the bad URL), and hands the state to the
 * views. A change pushes a history entry, a continuous control's replaces it.
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
  const framework = useFramework(frameworkIdOf(manifest, readDataset(location.search)));
  const route: Route = useMemo(() => parseRoute(location.pathname), [location.pathname]);
  const known = useMemo(
    () => knownValues(manifest, framework.data, location.search),
    [manifest, framework.data, location.search],
  );
  const read = useMemo(() => readUrl(location.search, { known }), [location.search, known]);

  // The overview's default measure depends on the edition's data (the page loads it anyway: the
  // same query).
  const shownYear = read.state.year ?? defaultYear(manifest, read.state.dataset);
  const needsSummary = shownYear !== null && readingNeedsSummary(route, read);
  const summary = useQuery({
    ...editionSummaryQueryOptions(read.state.dataset, shownYear ?? 0),
    enabled: needsSummary,
  });

  const resolved = useMemo(() => {
    const summaryOf = () => (needsSummary ? summary.data : undefined);
    const current = currentDefaultsOf(manifest, route, read.state, summaryOf);
    return readAppUrl(route, location.search, known, current, read);
  }, [manifest, route, read, location.search, known, needsSummary, summary.data]);

  const cleanPath = route.view === 'not-found' ? sameSitePath(location.pathname) : routePath(route);
  const canRewrite = framework.data !== undefined || framework.isError;
  useEffect(() => {
    if (!canRewrite) return;
    if (resolved.changed || cleanPath !== location.pathname) {
      navigate(`${cleanPath}${resolved.search}`, { replace: true });
    }
  }, [canRewrite, resolved, cleanPath, location.pathname]);

  const value = useMemo(() => {
    const write = (to: Route, next: ViewState): string => {
      const summaryOf = (year: number) =>
        queryClient.getQueryData<EditionSummary>(editionSummaryQueryKey(next.dataset, year));
      const current = currentDefaultsOf(manifest, to, next, summaryOf);
      const known = { years: datasetYears(manifest, next.dataset) };
      return writeAppUrl(to, next, resolved.format, current, known);
    };
    return viewStateValue(manifest, route, resolved.state, {
      here: (next) => `${cleanPath}${write(route, next)}`,
      search: write,
    });
  }, [resolved.state, resolved.format, manifest, route, cleanPath, queryClient]);

  if (!value) return <p>No edition of this dataset exists.</p>;
  return <ViewStateContext.Provider value={value}>{children}</ViewStateContext.Provider>;
}
