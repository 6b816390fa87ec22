import { useEffect, useRef, type ReactNode } from 'react';
import { Link, useLocation } from '@/components/router';
import { useUiStore, type ThemePreference } from '@/components/ui-store';
import { useViewState } from '@/components/view-state';
import { routePath, type Route } from '@/domain/routes';

export const SOURCE_CREDIT =
  'Shared Hope International, Report Cards on Child & Youth Sex Trafficking';
export const SOURCE_URL = 'https://reportcards.sharedhope.org/';

const NAV: { route: Route; label: string }[] = [
  { route: { view: 'overview' }, label: 'Overview' },
  { route: { view: 'heatmap' }, label: 'Heatmap' },
  { route: { view: 'scores' }, label: 'Scores' },
  { route: { view: 'compare' }, label: 'Compare' },
  { route: { view: 'goal', goalId: '2.9' }, label: 'Goals' },
  { route: { view: 'about' }, label: 'About' },
];

function isCurrent(item: Route, current: Route): boolean {
  return item.view === current.view;
}

/** The chrome around every full-page view: header, navigation, main content, footer. */
export function AppShell({
  children,
  nav,
  controls,
  banner,
}: {
  children: ReactNode;
  nav?: ReactNode;
  controls?: ReactNode;
  banner?: ReactNode;
}) {
  useFocusOnNavigation();
  return (
    <div className="shell">
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="site-header">
        <div className="site-header__top">
          <a className="site-header__brand" href="/">
            Statewise
          </a>
          <span className="site-header__tagline">State laws against policy frameworks</span>
          <div className="site-header__controls">
            {controls}
            <ThemePicker />
          </div>
        </div>
        {nav ?? <PlainNav />}
      </header>
      {banner}
      <main id="main" className="site-main" tabIndex={-1}>
        {children}
      </main>
      <footer className="site-footer">
        <p>
          Data source: <a href={SOURCE_URL}>{SOURCE_CREDIT}</a> (evaluations of state laws);
          juvenile court ages and published grades from the public sources named on each page.
          Coverage scores and the synthetic demo data are this project’s own, not Shared Hope’s.
        </p>
      </footer>
    </div>
  );
}

/** After a move to another view, focus goes to the content, as on a page load. */
function useFocusOnNavigation() {
  const { pathname } = useLocation();
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    document.getElementById('main')?.focus({ preventScroll: true });
  }, [pathname]);
}

function PlainNav() {
  return (
    <nav className="site-nav" aria-label="Views">
      <ul>
        {NAV.map((item) => (
          <li key={item.label}>
            <a href={routePath(item.route)}>{item.label}</a>
          </li>
        ))}
      </ul>
    </nav>
  );
}

export function SiteNav() {
  const { route, hrefFor } = useViewState();
  return (
    <nav className="site-nav" aria-label="Views">
      <ul>
        {NAV.map((item) => (
          <li key={item.label}>
            <Link
              to={hrefFor(item.route)}
              aria-current={isCurrent(item.route, route) ? 'page' : undefined}
            >
              {item.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}

export function EditionControls() {
  const { dataset, year, years, manifest, update } = useViewState();
  return (
    <>
      <label className="picker">
        <span className="picker__label">Data</span>
        <select
          value={dataset}
          onChange={(e) => update({ dataset: e.target.value === 'demo' ? 'demo' : 'real' })}
        >
          {manifest.datasets.map((d) => (
            <option key={d.id} value={d.id}>
              {d.synthetic ? 'Synthetic demo data' : 'Report data'}
            </option>
          ))}
        </select>
      </label>
      <label className="picker">
        <span className="picker__label">Edition</span>
        <select value={year} onChange={(e) => update({ year: Number(e.target.value) })}>
          {years.map((y) => (
            <option key={y} value={y}>
              {y}
            </option>
          ))}
        </select>
      </label>
    </>
  );
}

export function SyntheticBanner() {
  const { dataset, hrefFor, route } = useViewState();
  if (dataset !== 'demo') return null;
  return (
    <div className="synthetic-banner" role="note">
      <strong className="badge badge--synthetic">Synthetic demo data</strong> Everything on this
      page is generated for demonstration and describes no state’s real law.{' '}
      <Link to={hrefFor(route, { dataset: 'real', year: null })}>Show the report data</Link>
    </div>
  );
}

function ThemePicker() {
  const theme = useUiStore((s) => s.theme);
  const setTheme = useUiStore((s) => s.setTheme);
  return (
    <label className="picker">
      <span className="picker__label">Theme</span>
      <select value={theme} onChange={(e) => setTheme(e.target.value as ThemePreference)}>
        <option value="system">System</option>
        <option value="light">Light</option>
        <option value="dark">Dark</option>
      </select>
    </label>
  );
}
