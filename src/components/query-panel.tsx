import type { ReactNode } from 'react';
import { ErrorPanel } from './error-panel';
import { LoadingSkeleton } from './loading-skeleton';

/** The part of a query result a panel needs; matches TanStack Query's result. */
export interface QueryLike<T> {
  data: T | undefined;
  error: unknown;
  isPending: boolean;
  isFetching: boolean;
  refetch: () => unknown;
}

export interface QueryPanelProps<T> {
  query: QueryLike<T>;
  /** What is loading, e.g. "the 2022 edition summary", for the skeleton and the error heading */
  what: string;
  /** Height of the skeleton: the size of what will replace it, so nothing shifts */
  height: string | number;
  children: (data: T) => ReactNode;
  level?: 2 | 3 | 4;
}

/**
 * Loading, failure and success of one request, in the panel that needs it: a skeleton of the
 * final size, a clear message with a retry, or the content. The rest of the page keeps working.
 */
export function QueryPanel<T>({ query, what, height, children, level = 2 }: QueryPanelProps<T>) {
  if (query.data !== undefined) return <>{children(query.data)}</>;
  if (query.error) {
    const message =
      query.error instanceof Error ? query.error.message : `${what} could not be loaded.`;
    return (
      <ErrorPanel
        title={`Could not load ${what}`}
        message={message}
        onRetry={() => void query.refetch()}
        retrying={query.isFetching}
        level={level}
      />
    );
  }
  return <LoadingSkeleton label={`Loading ${what}`} height={height} />;
}
