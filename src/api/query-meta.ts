/**
 * Options a query client passes to every data query through TanStack Query's `meta`, so tests
 * (and later a slow-network setting) can change them without touching the fetchers.
 */
export interface DataQueryMeta extends Record<string, unknown> {
  /** Overrides the fetch timeout of data files (DEFAULT_TIMEOUT_MS). */
  timeoutMs?: number;
}

declare module '@tanstack/react-query' {
  interface Register {
    queryMeta: DataQueryMeta;
  }
}

/** The fetch options a query function takes from its context. */
export function requestOptions(context: { signal: AbortSignal; meta: DataQueryMeta | undefined }): {
  signal: AbortSignal;
  timeoutMs: number | undefined;
} {
  return { signal: context.signal, timeoutMs: context.meta?.timeoutMs };
}
