import { QueryClient } from '@tanstack/react-query';
import { DEFAULT_TIMEOUT_MS, isTransient } from '@/api/fetch-json';

/** Data queries are tried twice at most, and only when trying again could help. */
export const MAX_RETRIES = 1;

/** The pause before the retry: long enough for a blip to pass, short enough to keep the budget. */
export const RETRY_DELAY_MS = 1_000;

/**
 * The longest a panel waits for a file that never answers before it shows the message with
 * Retry: every attempt's timeout and the pauses between them. Kept within 20 s (a unit test
 * checks the sum); the panel says it is still loading long before (SLOW_NOTICE_MS).
 */
export function worstCaseLoadMs(timeoutMs = DEFAULT_TIMEOUT_MS): number {
  return timeoutMs * (MAX_RETRIES + 1) + RETRY_DELAY_MS * MAX_RETRIES;
}

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
        retryDelay: RETRY_DELAY_MS,
        ...(settings.timeoutMs === undefined ? {} : { meta: { timeoutMs: settings.timeoutMs } }),
      },
    },
  });
}
