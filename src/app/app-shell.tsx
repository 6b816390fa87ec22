import { useContext, useEffect, useRef, type ReactNode } from 'react';
import { useFramework } from '@/api/framework-query';
import { markStart } from '@/components/perf-marks';
import { Link, useLocation } from '@/components/router';
import { ShareToolbar } from '@/components/share-toolbar';
import { useUiStore, type ThemePreference } from '@/components/ui-store';
import {
  useViewState,
  ViewStateContext,
  type ViewStateContextValue,
} from '@/components/view-state';
import type { Framework } from '@/domain/contract/framework-schema';
import { publicationCredit, publisherPossessive } from '@/domain/format/publisher';
import { routePath, type Route } from '@/domain/url/routes';
import { readUrlVersion } from '@/domain/url/url-codec';
import { URL_FORMAT_VERSION, urlFormat } from '@/domain/url/url-state';
import './app-shell.css';
import { ShareToolsProvider, useShareToolsOfView } from './share-tools';
import { frameworkIdOf, isSyntheticDataset } from '@/domain/contract/dataset-framework';

/** The views, in the order of the tabs. Goals opens the list of goals. */
const NAV_ITEMS: readonly { route: Route; label: string }[] = [
  { route: { view: 'overview' }, label: 'Overview' },
  { route: { view: 'heatmap' }, label: 'Heatmap' },
  { route: { view: 'scores' }, label: 'Scores' },
  { route: { view: 'compare' }, label: 'Compare' },
  { route: { view: 'goals' }, label: 'Goals' },
  { route: { view: 'grades' }, label: 'Grades' },
  { route: { view: 'about' }, label: 'About' },
];

/** The tab of the view shown ("page"); a goal's page lies within the Goals tab ("true"). */
function currentMark(item: Route, current: Route): 'page' | 'true' | undefined {
  if (item.view === current.view) return 'page';
  return item.view === 'goals' && current.view === 'goal' ? 'true' : undefined;
}

interface AppShellProps {
  children: ReactNode;
  nav?: ReactNode;
  controls?: ReactNode;
  banner?: ReactNode;
}

/** The chrome around every full-page view: header, navigation, main content, footer. */
export function AppShell(props: AppShellProps) {
  useFocusOnNavigation();
  const view = useContext(ViewStateContext);
  if (!view || view.route.view === 'not-found') return <ShellLayout {...props} />;
  return (
    <ShareToolsProvider view={view}>
      <ShellLayout {...props} />
    </ShareToolsProvider>
  );
}

function ShellLayout({ children, nav, controls, banner }: AppShellProps) {
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
        <div className="site-header__bar">
          {nav ?? <PlainNav />}
          <ShareTools />
        </div>
      </header>
      <main id="main" className="site-main" tabIndex={-1}>
        {/* Inside main: the notes are about the content, and all content sits in a landmark. */}
        {banner}
        <LinkVersionNote />
        {children}
      </main>
      <footer className="site-footer">
        <SiteFooterText />
      </footer>
    </div>
  );
}

/**
 * The footer's credit, from the framework of the dataset shown. Until the framework has loaded
 * (or while the manifest that names it loads) the line is kept, unseen, so nothing moves when the
 * words arrive; if the framework cannot be loaded, it credits the publisher without a name.
 */
function SiteFooterText() {
  const view = useContext(ViewStateContext);
  if (!view) return <FooterText framework={undefined} failed={false} />;
  return <FooterTextFor view={view} />;
}

function FooterTextFor({ view }: { view: ViewStateContextValue }) {
  const framework = useFramework(frameworkIdOf(view.manifest, view.dataset));
  return <FooterText framework={framework.data} failed={framework.isError} />;
}

function FooterText({ framework, failed }: { framework: Framework | undefined; failed: boolean }) {
  const credit = framework ? publicationCredit(framework) : 'the policy framework’s publisher';
  return (
    <p
      style={framework || failed ? undefined : { visibility: 'hidden' }}
      aria-hidden={framework || failed ? undefined : true}
    >
      Data source: {framework?.url ? <a href={framework.url}>{credit}</a> : credit} (evaluations of
      state laws); juvenile court ages and published grades from the public sources named on each
      page. Coverage scores and the synthetic demo data are this project’s own, not{' '}
      {framework ? publisherPossessive(framework) : 'the publisher’s'}.
    </p>
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
        {NAV_ITEMS.map((item) => (
          <li key={item.label}>
            {/* In-app moves: About stays readable without the manifest (ManifestFaultView). */}
            <Link to={routePath(item.route)}>{item.label}</Link>
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
        {NAV_ITEMS.map((item) => (
          <li key={item.label}>
            <Link to={hrefFor(item.route)} aria-current={currentMark(item.route, route)}>
              {item.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}

export function EditionControls() {
  const { dataset, year, years, manifest, update, route } = useViewState();
  // Grades over time shows every edition of the published grades: neither picker applies.
  if (route.view === 'grades') return null;
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
        <select
          value={year}
          onChange={(e) => {
            markStart('edition-switch', e.timeStamp);
            update({ year: Number(e.target.value) });
          }}
        >
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
  const { dataset, manifest, hrefFor, route } = useViewState();
  // Grades over time draws only published grades, whatever the dataset: the page says so.
  if (!isSyntheticDataset(manifest, dataset) || route.view === 'grades') return null;
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

/**
 * Share, Cite and Embed for the view shown. Only inside the app's view state (not while the
 * manifest loads or fails) and not on the "not found" page; the state report and About have no
 * embed.
 */
function ShareTools() {
  const tools = useShareToolsOfView();
  if (!tools) return null;
  return (
    <div className="site-header__tools">
      {/* A new view starts with its popovers closed. */}
      <ShareToolbar
        key={tools.key}
        getShareLink={tools.getShareLink}
        cite={tools.cite}
        embed={tools.embed}
        initialOpen={tools.initialOpen}
      />
    </div>
  );
}

/**
 * A link in a newer URL format than this version knows (from a newer deployment, or a mistake):
 * it is read with the current rules, which may leave out what only the newer version understands.
 */
function LinkVersionNote() {
  const { search } = useLocation();
  const version = readUrlVersion(search);
  if (urlFormat(version) !== 'future') return null;
  return (
    <div className="link-version-note" role="note">
      This link was made in a newer link format (v{version}) than this version of Statewise reads (v
      {URL_FORMAT_VERSION}). It is shown with the current rules: anything only the newer format can
      express is left out.
    </div>
  );
}
