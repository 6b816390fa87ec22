import { QueryClient } from '@tanstack/react-query';
import { isTransient } from '@/api/fetch-json';

/** Data queries are tried twice at most, and only when trying again could help. */
export const MAX_RETRIES = 1;

export function shouldRetry(failureCount: number, error: unknown): boolean {
  return failureCount < MAX_RETRIES && isTransient(error);
}

export interface QueryClientSettings {
  /** false turns retries off (tests); the default retries transient faults once. */
  retry?: boolean;
  /** Timeout of each data file request, passed to the fetchers through query meta. */
  timeoutMs?: number;
}

/**
 * The app's query client. Data files are static, written by the build, so they never go stale
 * while the page is open; a 404, a bad file or an unsupported version is not retried.
 */
export function createQueryClient(settings: QueryClientSettings = {}): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: Infinity,
        retry: settings.retry === false ? false : shouldRetry,
        ...(settings.timeoutMs === undefined ? {} : { meta: { timeoutMs: settings.timeoutMs } }),
      },
    },
  });
}
