import { lazy, Suspense, useEffect, type ReactNode } from 'react';
import { LoadingSkeleton } from '@/components/loading-skeleton';
import { Link } from '@/components/router';
import { useViewState } from '@/components/view-state';
import { parseRoute, routePath, type Route } from '@/domain/routes';
import { ContentErrorBoundary } from './content-error-boundary';

// Each view is its own chunk: a page loads only the code it draws (charting code stays off the
// critical path of views that do not chart).
const OverviewPage = lazy(() =>
  import('@/features/overview/overview-page').then((m) => ({ default: m.OverviewPage })),
);
const HeatmapPage = lazy(() =>
  import('@/features/heatmap/heatmap-page').then((m) => ({ default: m.HeatmapPage })),
);
const ScoresPage = lazy(() =>
  import('@/features/scores/scores-page').then((m) => ({ default: m.ScoresPage })),
);
const ComparePage = lazy(() =>
  import('@/features/compare/compare-page').then((m) => ({ default: m.ComparePage })),
);
const GoalPage = lazy(() =>
  import('@/features/goal/goal-page').then((m) => ({ default: m.GoalPage })),
);
const StatePage = lazy(() =>
  import('@/features/state/state-page').then((m) => ({ default: m.StatePage })),
);
const AboutPage = lazy(() =>
  import('@/features/about/about-page').then((m) => ({ default: m.AboutPage })),
);
const AboutWithoutManifest = lazy(() =>
  import('@/features/about/about-page').then((m) => ({ default: m.AboutWithoutManifest })),
);

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
        Nothing lives at <code>{path}</code>. Goals are at addresses like <code>/goals/2.9</code>{' '}
        and states at <code>/states/CT</code>.
      </p>
      <p>
        <Link to={hrefFor({ view: 'overview' })}>Go to the overview</Link>
      </p>
    </div>
  );
}
