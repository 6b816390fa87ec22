import {
  type Ref,
  useMemo,
  useSyncExternalStore,
  type AnchorHTMLAttributes,
  type MouseEvent,
  type ReactNode,
} from 'react';

/**
 * A minimal history router: the location is an external store read with useSyncExternalStore,
 * navigation pushes (distinct moves) or replaces (continuous controls) a history entry.
 */
const NAVIGATE_EVENT = 'statewise:navigate';

function subscribe(onChange: () => void): () => void {
  window.addEventListener('popstate', onChange);
  window.addEventListener(NAVIGATE_EVENT, onChange);
  return () => {
    window.removeEventListener('popstate', onChange);
    window.removeEventListener(NAVIGATE_EVENT, onChange);
  };
}

function snapshot(): string {
  return `${window.location.pathname}${window.location.search}`;
}

export interface Location {
  pathname: string;
  search: string;
}

export function useLocation(): Location {
  const href = useSyncExternalStore(subscribe, snapshot, () => '/');
  return useMemo(() => {
    const i = href.indexOf('?');
    return i < 0
      ? { pathname: href, search: '' }
      : { pathname: href.slice(0, i), search: href.slice(i) };
  }, [href]);
}

export interface NavigateOptions {
  replace?: boolean;
}

export function navigate(to: string, { replace = false }: NavigateOptions = {}): void {
  if (to === snapshot()) return;
  const previousPath = window.location.pathname;
  if (replace) window.history.replaceState(window.history.state, '', to);
  else window.history.pushState(null, '', to);
  window.dispatchEvent(new Event(NAVIGATE_EVENT));
  if (!replace && window.location.pathname !== previousPath) window.scrollTo(0, 0);
}

export interface LinkProps extends Omit<AnchorHTMLAttributes<HTMLAnchorElement>, 'href'> {
  to: string;
  ref?: Ref<HTMLAnchorElement>;
  replace?: boolean;
  /** Called on hover and focus, to prefetch what the link opens */
  onPrefetch?: () => void;
  children: ReactNode;
}

function isPlainClick(e: MouseEvent<HTMLAnchorElement>): boolean {
  return e.button === 0 && !e.metaKey && !e.ctrlKey && !e.shiftKey && !e.altKey;
}

export function Link({
  to,
  replace,
  onPrefetch,
  onClick,
  onMouseEnter,
  onFocus,
  target,
  ...rest
}: LinkProps) {
  return (
    <a
      {...rest}
      href={to}
      target={target}
      onClick={(e) => {
        onClick?.(e);
        if (e.defaultPrevented || !isPlainClick(e) || (target && target !== '_self')) return;
        e.preventDefault();
        navigate(to, { replace: replace ?? false });
      }}
      onMouseEnter={(e) => {
        onMouseEnter?.(e);
        onPrefetch?.();
      }}
      onFocus={(e) => {
        onFocus?.(e);
        onPrefetch?.();
      }}
    />
  );
}
