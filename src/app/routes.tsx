import { lazy, Suspense, useEffect, useState, type ComponentType, type ReactNode } from 'react';
import { LoadingSkeleton } from '@/components/loading-skeleton';
import { Link } from '@/components/router';
import { useViewState } from '@/components/view-state';
import { parseRoute, routePath, type Route } from '@/domain/url/routes';
import { ContentErrorBoundary } from './content-error-boundary';

// Each view is its own chunk: a page loads only the code it draws (charting code stays off the
// critical path of views that do not chart).
const OverviewPage = lazyView(
  () => import('@/features/overview/overview-page'),
  (m) => m.OverviewPage,
);
const HeatmapPage = lazyView(
  () => import('@/features/heatmap/heatmap-page'),
  (m) => m.HeatmapPage,
);
const ScoresPage = lazyView(
  () => import('@/features/scores/scores-page'),
  (m) => m.ScoresPage,
);
const ComparePage = lazyView(
  () => import('@/features/compare/compare-page'),
  (m) => m.ComparePage,
);
const GoalsListPage = lazyView(
  () => import('@/features/goals-list/goals-list-page'),
  (m) => m.GoalsListPage,
);
const GradesPage = lazyView(
  () => import('@/features/grades/grades-page'),
  (m) => m.GradesPage,
);
const GoalPage = lazyView(
  () => import('@/features/goal/goal-page'),
  (m) => m.GoalPage,
);
const StatePage = lazyView(
  () => import('@/features/state/state-page'),
  (m) => m.StatePage,
);
const AboutPage = lazyView(
  () => import('@/features/about/about-page'),
  (m) => m.AboutPage,
);
const AboutWithoutManifest = lazyView(
  () => import('@/features/about/about-page'),
  (m) => m.AboutWithoutManifest,
);

const PRELOAD: Record<Exclude<Route['view'], 'not-found'>, () => Promise<void>> = {
  overview: OverviewPage.preload,
  heatmap: HeatmapPage.preload,
  scores: ScoresPage.preload,
  compare: ComparePage.preload,
  goals: GoalsListPage.preload,
  grades: GradesPage.preload,
  goal: GoalPage.preload,
  state: StatePage.preload,
  about: AboutPage.preload,
};

/**
 * A view in its own chunk. React.lazy suspends on its first render even when the chunk is already
 * loaded, and React then holds the revealed view back for up to 300 ms after its fallback showed
 * (measured on /states/CT: the report's requests started that much later). So a view whose chunk
 * was preloaded and has arrived renders directly; otherwise through React.lazy.
 */
function lazyView<M, P extends object>(
  load: () => Promise<M>,
  pick: (m: M) => ComponentType<P>,
): ComponentType<P> & { preload: () => Promise<void> } {
  let loaded: ComponentType<P> | null = null;
  const loadAndKeep = () =>
    load().then((m) => {
      loaded = pick(m);
      return loaded;
    });
  const Lazy = lazy(() => loadAndKeep().then((c) => ({ default: c })));
  function View(props: P) {
    // Chosen once per mount: switching from the lazy type to the loaded one would remount the view.
    const [Loaded] = useState(() => loaded);
    return Loaded ? <Loaded {...props} /> : <Lazy {...props} />;
  }
  return Object.assign(View, {
    preload: () =>
      loadAndKeep().then(
        () => undefined,
        () => undefined,
      ),
  });
}

/**
 * Starts loading the first view's chunk together with the data manifest instead of after it (one
 * round trip less before the page draws). Settles when the chunk has arrived or failed; a failure
 * is left to the lazy view to report.
 */
export function preloadView(pathname: string): Promise<void> {
  const view = parseRoute(pathname).view;
  return view === 'not-found' ? Promise.resolve() : PRELOAD[view]();
}

/**
 * What the content area shows when the data manifest failed (`fault`: its message and Retry).
 * Every view needs the manifest except About, whose own text stays readable around the fault.
 */
export function ManifestFaultView({ pathname, fault }: { pathname: string; fault: ReactNode }) {
  if (parseRoute(pathname).view !== 'about') return <>{fault}</>;
  return (
    <Suspense fallback={<LoadingSkeleton label="Loading the view" height="30rem" />}>
      <AboutWithoutManifest fault={fault} />
    </Suspense>
  );
}

export const VIEW_TITLES: Record<Route['view'], string> = {
  overview: 'Overview',
  heatmap: 'Heatmap',
  scores: 'Scores',
  compare: 'Compare states',
  goals: 'Policy goals',
  grades: 'Grades over time',
  goal: 'Policy goal',
  state: 'State report',
  about: 'About',
  'not-found': 'Page not found',
};

function page(route: Route): ReactNode {
  switch (route.view) {
    case 'overview':
      return <OverviewPage />;
    case 'heatmap':
      return <HeatmapPage />;
    case 'scores':
      return <ScoresPage />;
    case 'compare':
      return <ComparePage />;
    case 'goals':
      return <GoalsListPage />;
    case 'grades':
      return <GradesPage />;
    case 'goal':
      return <GoalPage goalId={route.goalId} />;
    case 'state':
      return <StatePage code={route.code} />;
    case 'about':
      return <AboutPage />;
    case 'not-found':
      return <NotFound path={route.path} />;
  }
}

export function RouteView() {
  const { route } = useViewState();
  useEffect(() => {
    const detail =
      route.view === 'goal' ? ` ${route.goalId}` : route.view === 'state' ? ` ${route.code}` : '';
    document.title = `${VIEW_TITLES[route.view]}${detail} — Statewise`;
  }, [route]);
  // A fault in one view is reset by moving to another.
  return (
    <ContentErrorBoundary key={routePath(route)}>
      <Suspense fallback={<LoadingSkeleton label="Loading the view" height="30rem" />}>
        {page(route)}
      </Suspense>
    </ContentErrorBoundary>
  );
}

function NotFound({ path }: { path: string }) {
  const { hrefFor } = useViewState();
  return (
    <div className="not-found">
      <h1>Page not found</h1>
      <p>
        Nothing lives at <code>{path}</code>. States are at addresses like <code>/states/CT</code>,
        and every policy goal is listed at <code>/goals</code>.
      </p>
      <p>
        <Link to={hrefFor({ view: 'overview' })}>Go to the overview</Link> ·{' '}
        <Link to={hrefFor({ view: 'goals' })}>See the list of goals</Link>
      </p>
    </div>
  );
}
