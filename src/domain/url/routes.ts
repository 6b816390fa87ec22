import { isStateCode } from '@/domain/format/jurisdictions';

/**
 * The app's routes, a public interface: keep them stable. Paths are parsed here, in one place,
 * so a hostile or mistyped path ends on a clear "not found" view rather than an error page.
 */
export type Route =
  | { view: 'overview' }
  | { view: 'heatmap' }
  | { view: 'scores' }
  | { view: 'compare' }
  | { view: 'goals' }
  | { view: 'grades' }
  | { view: 'goal'; goalId: string }
  | { view: 'state'; code: string }
  | { view: 'about' }
  | { view: 'not-found'; path: string };

export type ViewName = Route['view'];

const MAX_PATH_LENGTH = 200;

export function parseRoute(pathname: string): Route {
  const path = pathname.length > MAX_PATH_LENGTH ? '' : pathname.replace(/\/+$/, '') || '/';
  let m: RegExpExecArray | null;
  if (path === '/') return { view: 'overview' };
  if (path === '/heatmap') return { view: 'heatmap' };
  if (path === '/scores') return { view: 'scores' };
  if (path === '/compare') return { view: 'compare' };
  if (path === '/grades') return { view: 'grades' };
  if (path === '/about') return { view: 'about' };
  if (path === '/goals') return { view: 'goals' };
  if ((m = /^\/goals\/(\d{1,2}\.\d{1,2})$/.exec(path))) return { view: 'goal', goalId: m[1]! };
  if ((m = /^\/states\/([A-Za-z]{2})$/.exec(path)) && isStateCode(m[1]!.toUpperCase())) {
    return { view: 'state', code: m[1]!.toUpperCase() };
  }
  // "//host/…" (or "/\\host") would be another site's address if written back into a link or the
  // history: the not-found view keeps the path with one leading slash.
  return { view: 'not-found', path: sameSitePath(pathname.slice(0, MAX_PATH_LENGTH)) };
}

/** A path that stays on this site: leading slashes and backslashes collapse to one slash. */
export function sameSitePath(path: string): string {
  return path.replace(/^[/\\]+/, '/');
}

export function routePath(route: Route): string {
  switch (route.view) {
    case 'overview':
      return '/';
    case 'goal':
      return `/goals/${route.goalId}`;
    case 'state':
      return `/states/${route.code}`;
    case 'not-found':
      return route.path;
    default:
      return `/${route.view}`;
  }
}

/**
 * Embeds: `/embed/<the page's route>` draws one chart of that view without the app's chrome
 * (`/embed` alone is the overview's map). Only views with a chart to embed have one.
 */
export type EmbeddableRoute = Extract<
  Route,
  { view: 'overview' | 'heatmap' | 'scores' | 'compare' | 'grades' | 'goal' }
>;

export type EmbedRoute = EmbeddableRoute | { view: 'not-found'; path: string };

const EMBED_PREFIX = '/embed';

/** True for `/embed` and `/embed/...` (not `/embed-resize.js` or `/embedded`). */
export function isEmbedPath(pathname: string): boolean {
  return pathname === EMBED_PREFIX || pathname.startsWith(`${EMBED_PREFIX}/`);
}

export function parseEmbedRoute(pathname: string): EmbedRoute {
  const notFound: EmbedRoute = {
    view: 'not-found',
    path: sameSitePath(pathname.slice(0, MAX_PATH_LENGTH)),
  };
  if (pathname.length > MAX_PATH_LENGTH || !isEmbedPath(pathname)) return notFound;
  const rest = pathname.slice(EMBED_PREFIX.length).replace(/\/+$/, '');
  if (rest === '' || rest === '/overview') return { view: 'overview' };
  // The embed of `/` is `/embed/overview`: the page's own path would be `/embed/`.
  const route = parseRoute(rest);
  switch (route.view) {
    case 'heatmap':
    case 'scores':
    case 'compare':
    case 'grades':
    case 'goal':
      return route;
    default:
      return notFound;
  }
}

export function embedPath(route: EmbeddableRoute): string {
  return route.view === 'overview'
    ? `${EMBED_PREFIX}/overview`
    : `${EMBED_PREFIX}${routePath(route)}`;
}
