import { MANIFEST_PATH } from '@/api/data-url';
import { QueryClientProvider, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { prefetchEvaluation } from '@/api/evaluation-query';
import { useEffect, useRef, useState } from 'react';
import { describeLoadError } from '@/api/fetch-json';
import { MANIFEST_WHAT, useManifest } from '@/api/manifest-query';
import { afterPaint } from '@/components/after-paint';
import { ErrorPanel } from '@/components/error-panel';
import { LoadingPanel } from '@/components/query-panel';
import { useLocation } from '@/components/router';
import { useUiStore } from '@/components/ui-store';
import { parseRoute } from '@/domain/url/routes';
import type { Manifest } from '@/domain/contract/summary-schema';
import { datasetYears, defaultYear } from './default-edition';
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

/**
 * A state report's file is requested as soon as the manifest names it, with the page's code
 * rather than after it, so the report draws a round trip sooner. The edition is read as the view
 * will read it: `year` from the address when the dataset has it, else the default; a link whose
 * year the view migrates (v0) only costs a request. Same query as the page's, so it is fetched
 * once.
 */
function useEvaluationFirst(manifest: Manifest | undefined) {
  const queryClient = useQueryClient();
  // Only for the first view: later ones load their data themselves.
  const done = useRef(false);
  useEffect(() => {
    if (!manifest || done.current) return;
    done.current = true;
    const route = parseRoute(window.location.pathname);
    if (route.view !== 'state') return;
    const params = new URLSearchParams(window.location.search);
    const dataset = params.get('dataset') === 'demo' ? 'demo' : 'real';
    const asked = Number(params.get('year'));
    const year = datasetYears(manifest, dataset).includes(asked)
      ? asked
      : defaultYear(manifest, dataset);
    const edition = manifest.datasets
      .find((d) => d.id === dataset)
      ?.editions.find((e) => e.year === year);
    if (year === null || !edition?.states.includes(route.code)) return;
    void prefetchEvaluation(queryClient, dataset, year, route.code);
  }, [manifest, queryClient]);
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
    // After the shell's first paint: the view's stylesheet, once in the page, would hold it back.
    const cancel = afterPaint(() => {
      void preloadView(window.location.pathname).then(() => {
        if (live) setViewLoaded(true);
      });
    });
    return () => {
      live = false;
      cancel();
    };
  }, []);
  useEvaluationFirst(manifest.data);
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
          <LoadingPanel
            label="Loading the data manifest"
            // Once the manifest is here, what is left is the view's own code.
            what={manifest.data ? 'this view' : MANIFEST_WHAT}
            file={manifest.data ? undefined : MANIFEST_PATH}
            height="30rem"
            retrying={manifest.failureCount > 0}
          />
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
