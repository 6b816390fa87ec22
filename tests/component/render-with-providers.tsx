import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { render, type RenderOptions } from '@testing-library/react';
import type { ReactElement, ReactNode } from 'react';
import { createQueryClient } from '@/app/query-client';

export interface ProviderOptions extends Omit<RenderOptions, 'wrapper'> {
  /** Timeout of data requests; keep it short in tests of timeouts. */
  timeoutMs?: number;
}

/** Renders with a fresh query client (no retries, nothing shared between tests). */
export function renderWithProviders(
  ui: ReactElement,
  { timeoutMs, ...options }: ProviderOptions = {},
): ReturnType<typeof render> & { queryClient: QueryClient } {
  const queryClient = createQueryClient({
    retry: false,
    ...(timeoutMs === undefined ? {} : { timeoutMs }),
  });
  const wrapper = ({ children }: { children: ReactNode }) => (
    <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>
  );
  return { ...render(ui, { wrapper, ...options }), queryClient };
}
