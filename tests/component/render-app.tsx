import { render } from '@testing-library/react';
import { App } from '@/app/app';
import { createQueryClient } from '@/app/query-client';

/**
 * Renders the whole app at a URL, as a user opening a link would: the real routes, view state
 * and shell, with data from the msw fixtures (mocks/handlers.ts) and a fresh query client.
 */
export function renderApp(url: string, { timeoutMs }: { timeoutMs?: number } = {}) {
  window.history.replaceState(null, '', url);
  const queryClient = createQueryClient({
    retry: false,
    ...(timeoutMs === undefined ? {} : { timeoutMs }),
  });
  return { ...render(<App queryClient={queryClient} />), queryClient };
}

/** The URL the app shows now (path and query). */
export function currentUrl(): string {
  return `${window.location.pathname}${window.location.search}`;
}
