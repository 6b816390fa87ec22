import { MANIFEST_PATH } from '@/api/data-url';
import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { lazy, Suspense, useLayoutEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { describeLoadError } from '@/api/fetch-json';
import { EmbeddedChartContext } from '@/components/chart-frame';
import { MANIFEST_WHAT, useManifest } from '@/api/manifest-query';
import { useEditionSummary } from '@/api/edition-summary-query';
import { useFramework } from '@/api/framework-query';
import {
  createEmbedDataStore,
  EmbedDataContext,
  useEmbeddedSpec,
  type EmbedDataStore,
} from '@/components/embed-data';
import { EmbedDataPanel } from '@/components/embed-data-panel';
import { ErrorPanel } from '@/components/error-panel';
import { LoadingSkeleton } from '@/components/loading-skeleton';
import { LoadingPanel } from '@/components/query-panel';
import { useLocation } from '@/components/router';
import { useViewState } from '@/components/view-state';
import {
  embedSerializeOptions,
  fullViewHref,
  parseEmbedOptions,
  type EmbedOptions,
} from '@/domain/url/embed-options';
import { frameworkIdOf } from '@/domain/contract/dataset-framework';
import { parseEmbedRoute, type EmbeddableRoute, type EmbedRoute } from '@/domain/url/routes';
import { buildShareLink, effectivePins } from '@/domain/url/share-link';
import { ContentErrorBoundary } from './content-error-boundary';
import { EmbedViewStateProvider } from './embed-view-state-provider';
import { useLinksLeaveTheEmbed } from './embed-links';
import { useEmbedResize } from './embed-resize';
import { createQueryClient } from './query-client';
import './embed.css';

// Each embeddable view is its own chunk, as in the app: an embed loads only the chart it draws.
const OverviewEmbed = lazy(() =>
  import('@/features/overview/overview-embed').then((m) => ({ default: m.OverviewEmbed })),
);
const HeatmapEmbed = lazy(() =>
  import('@/features/heatmap/heatmap-embed').then((m) => ({ default: m.HeatmapEmbed })),
);
const ScoresEmbed = lazy(() =>
  import('@/features/scores/scores-embed').then((m) => ({ default: m.ScoresEmbed })),
);
const CompareEmbed = lazy(() =>
  import('@/features/compare/compare-embed').then((m) => ({ default: m.CompareEmbed })),
);
const GradesEmbed = lazy(() =>
  import('@/features/grades/grades-embed').then((m) => ({ default: m.GradesEmbed })),
);
const GoalEmbed = lazy(() =>
  import('@/features/goal/goal-embed').then((m) => ({ default: m.GoalEmbed })),
);

const SKELETON_HEIGHT = '26rem';

export interface EmbedAppProps {
  /** For tests; the embed creates its own client otherwise. */
  queryClient?: QueryClient;
}

/**
 * `/embed/<view>`: one chart of a view, with its title, subtitle, source line, a link back to
 * the full view and "Get the data" (its CSV and citation), and nothing of the app's chrome. It posts its height to the host page.
 */
export function EmbedApp({ queryClient }: EmbedAppProps) {
  const [client] = useState(() => queryClient ?? createQueryClient());
  return (
    <QueryClientProvider client={client}>
      <EmbedRoot />
    </QueryClientProvider>
  );
}

function embedTitle(route: EmbedRoute): string {
  switch (route.view) {
    case 'overview':
      return 'Map';
    case 'heatmap':
      return 'Heatmap';
    case 'scores':
      return 'Coverage scores';
    case 'compare':
      return 'Compare states';
    case 'grades':
      return 'Grades over time';
    case 'goal':
      return `Policy goal ${route.goalId}`;
    case 'not-found':
      return 'Embed not found';
  }
}

function EmbedRoot() {
  const location = useLocation();
  const windowName = typeof window === 'undefined' ? '' : window.name;
  const route = useMemo(() => parseEmbedRoute(location.pathname), [location.pathname]);
  const options = useMemo(
    () => parseEmbedOptions(location.search, windowName),
    [location.search, windowName],
  );
  const contentRef = useRef<HTMLDivElement>(null);

  // Before the first paint, so a dark embed never flashes light.
  useLayoutEffect(() => {
    const root = document.documentElement;
    if (options.theme === 'auto') root.removeAttribute('data-theme');
    else root.dataset.theme = options.theme;
  }, [options.theme]);
  useLayoutEffect(() => {
    document.title = `${embedTitle(route)} — Statewise`;
  }, [route]);
  useEmbedResize(contentRef, options.embedId, options.height);
  useLinksLeaveTheEmbed();

  return (
    <div
      ref={contentRef}
      className={options.height === null ? 'embed' : 'embed embed--fixed'}
      style={options.height === null ? undefined : { height: options.height }}
    >
      <EmbeddedChartContext value={true}>
        <main className="embed__main">
          {route.view === 'not-found' ? (
            <EmbedNotFound path={route.path} />
          ) : (
            <ManifestGate>
              {(manifest) => (
                <EmbedViewStateProvider
                  manifest={manifest}
                  route={route}
                  options={options}
                  windowName={windowName}
                >
                  <EmbedBody route={route} options={options} />
                </EmbedViewStateProvider>
              )}
            </ManifestGate>
          )}
        </main>
      </EmbeddedChartContext>
    </div>
  );
}

function ManifestGate({
  children,
}: {
  children: (manifest: NonNullable<ReturnType<typeof useManifest>['data']>) => ReactNode;
}) {
  const manifest = useManifest();
  if (manifest.data) return <>{children(manifest.data)}</>;
  if (manifest.isError) {
    return (
      <ErrorPanel
        title="The data could not be loaded"
        message={describeLoadError(manifest.error, MANIFEST_WHAT)}
        onRetry={() => void manifest.refetch()}
        retrying={manifest.isFetching}
      />
    );
  }
  return (
    <LoadingPanel
      label="Loading the data"
      what={MANIFEST_WHAT}
      file={MANIFEST_PATH}
      height={SKELETON_HEIGHT}
      retrying={manifest.failureCount > 0}
    />
  );
}

function chartOf(route: EmbeddableRoute, options: EmbedOptions): ReactNode {
  switch (route.view) {
    case 'overview':
      return <OverviewEmbed />;
    case 'heatmap':
      return <HeatmapEmbed />;
    case 'scores':
      return <ScoresEmbed />;
    case 'compare':
      return <CompareEmbed />;
    case 'grades':
      return <GradesEmbed />;
    case 'goal':
      return <GoalEmbed goalId={route.goalId} chart={options.chart} />;
  }
}

function EmbedBody({ route, options }: { route: EmbeddableRoute; options: EmbedOptions }) {
  const { state, dataset, year, manifest } = useViewState();
  const { search } = useLocation();
  const href = fullViewHref(route, state, embedSerializeOptions(search));
  // The chart's own queries (the same keys): the link pins what the chart resolved.
  const framework = useFramework(frameworkIdOf(manifest, dataset));
  const summary = useEditionSummary(dataset, year);
  const pins = effectivePins(route, state, {
    year,
    summary: summary.data,
    framework: framework.data,
  });
  const shareLink = buildShareLink(route, state, pins, window.location.origin);
  const [store] = useState(createEmbedDataStore);
  return (
    <EmbedDataContext value={store}>
      <ContentErrorBoundary>
        <Suspense fallback={<LoadingSkeleton label="Loading the chart" height={SKELETON_HEIGHT} />}>
          {chartOf(route, options)}
        </Suspense>
      </ContentErrorBoundary>
      <div className="embed__credit">
        <p className="embed__explore">
          <a href={href} target="_blank" rel="noopener" className="embed__link">
            Explore the interactive view on Statewise
            <span className="visually-hidden"> (opens in a new tab)</span>
            <span aria-hidden="true"> ↗</span>
          </a>
        </p>
        <EmbedData store={store} shareLink={shareLink} />
      </div>
    </EmbedDataContext>
  );
}

/** Subscribed to the chart's export spec on its own, so the chart never re-renders for it. */
function EmbedData({ store, shareLink }: { store: EmbedDataStore; shareLink: string }) {
  const spec = useEmbeddedSpec(store);
  return <EmbedDataPanel spec={spec} shareLink={shareLink} citeHref={`${shareLink}#cite`} />;
}

function EmbedNotFound({ path }: { path: string }) {
  return (
    <section className="embed__not-found" aria-labelledby="embed-not-found">
      <h1 id="embed-not-found">Nothing to embed here</h1>
      <p>
        Nothing is embeddable at <code>{path}</code>. Embeds are at <code>/embed/overview</code>,{' '}
        <code>/embed/heatmap</code>, <code>/embed/scores</code>, <code>/embed/compare</code>,{' '}
        <code>/embed/grades</code> and <code>/embed/goals/2.9</code>.
      </p>
      <p>
        <a href="/" target="_blank" rel="noopener">
          Open Statewise<span className="visually-hidden"> (opens in a new tab)</span>
        </a>
      </p>
    </section>
  );
}
