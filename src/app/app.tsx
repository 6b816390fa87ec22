import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { describeLoadError } from '@/api/fetch-json';
import { MANIFEST_WHAT, useManifest } from '@/api/manifest-query';
import { ErrorPanel } from '@/components/error-panel';
import { LoadingSkeleton } from '@/components/loading-skeleton';
import { useLocation } from '@/components/router';
import { useUiStore } from '@/components/ui-store';
import { parseRoute } from '@/domain/routes';
import { AppShell, EditionControls, SiteNav, SyntheticBanner } from './app-shell';
import { createQueryClient } from './query-client';
import { ManifestFaultView, preloadView, RouteView } from './routes';
import { ViewStateProvider } from './view-state-provider';

export interface AppProps {
  /** For tests; the app creates its own client otherwise. */
  queryClient?: QueryClient;
}

export function App({ queryClient }: AppProps) {
  const [client] = useState(() => queryClient ?? createQueryClient());
  return (
    <QueryClientProvider client={client}>
      <ThemeApplier />
      <ManifestGate />
    </QueryClientProvider>
  );
}

/** The theme preference sets `data-theme` on the document; "system" follows the OS. */
function ThemeApplier() {
  const theme = useUiStore((s) => s.theme);
  useEffect(() => {
    const root = document.documentElement;
    if (theme === 'system') root.removeAttribute('data-theme');
    else root.dataset.theme = theme;
  }, [theme]);
  return null;
}

/** Everything depends on the manifest; without it the shell still renders, with the fault. */
function ManifestGate() {
  const manifest = useManifest();
  const { pathname } = useLocation();
  // The first view's code loads with the manifest; the view is drawn when both are here, so it
  // never shows its own loading fallback (after which React holds the view back, see routes.tsx).
  const [viewLoaded, setViewLoaded] = useState(false);
  useEffect(() => {
    let live = true;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const preload = () => {
      timer = setTimeout(() => {
        void preloadView(window.location.pathname).then(() => {
          if (live) setViewLoaded(true);
        });
      }, 0);
    };
    // After the shell's first paint: the view's stylesheet, once in the page, would hold it back.
    const frame =
      typeof requestAnimationFrame === 'function' ? requestAnimationFrame(preload) : null;
    if (frame === null) preload();
    return () => {
      live = false;
      if (frame !== null) cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, []);
  if (!manifest.data || !viewLoaded) {
    const failed = manifest.isError && !manifest.data;
    const about = failed && parseRoute(pathname).view === 'about';
    return (
      <AppShell>
        {failed ? (
          <ManifestFaultView
            pathname={pathname}
            fault={
              <ErrorPanel
                title="The data could not be loaded"
                message={describeLoadError(manifest.error, MANIFEST_WHAT)}
                onRetry={() => void manifest.refetch()}
                retrying={manifest.isFetching}
                // Inside About's "What data exists" section, or the page's only heading.
                level={about ? 3 : 1}
              />
            }
          />
        ) : (
          <LoadingSkeleton label="Loading the data manifest" height="30rem" />
        )}
      </AppShell>
    );
  }
  return (
    <ViewStateProvider manifest={manifest.data}>
      <AppShell nav={<SiteNav />} controls={<EditionControls />} banner={<SyntheticBanner />}>
        <RouteView />
      </AppShell>
    </ViewStateProvider>
  );
}
