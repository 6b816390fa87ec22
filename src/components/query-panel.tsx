import { useEffect, useState, type ReactNode } from 'react';
import { ErrorPanel } from './error-panel';
import { LoadingSkeleton } from './loading-skeleton';

/** The part of a query result a panel needs; matches TanStack Query's result. */
export interface QueryLike<T> {
  data: T | undefined;
  error: unknown;
  isPending: boolean;
  isFetching: boolean;
  refetch: () => unknown;
  /** Failed attempts so far (a retry is under way when above 0 and still loading) */
  failureCount?: number;
}

export interface QueryPanelProps<T> {
  query: QueryLike<T>;
  /** What is loading, e.g. "the 2022 edition summary", for the skeleton and the error heading */
  what: string;
  /** Height of the skeleton: the size of what will replace it, so nothing shifts */
  height: string | number;
  children: (data: T) => ReactNode;
  level?: 2 | 3 | 4;
  /** The file's path under the data folder, named when it takes long ("real/2022/summary.json") */
  file?: string | undefined;
}

/**
 * How long a panel shows only its skeleton: after this, it says that it is still loading and
 * what. (The request's timeout and the query client's one retry bring the message with Retry
 * within 20 s in all: see query-client.ts.)
 */
export const SLOW_NOTICE_MS = 5_000;

/**
 * Loading, failure and success of one request, in the panel that needs it: a skeleton of the
 * final size (saying, once it takes long, what is still loading), a clear message with a retry,
 * or the content. The rest of the page keeps working.
 */
export function QueryPanel<T>({
  query,
  what,
  height,
  children,
  level = 2,
  file,
}: QueryPanelProps<T>) {
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
  return (
    <LoadingPanel
      what={what}
      file={file}
      height={height}
      retrying={(query.failureCount ?? 0) > 0}
    />
  );
}

export interface LoadingPanelProps {
  /** What is loading, for the notice ("the data manifest") */
  what: string;
  /** The skeleton's accessible name (default "Loading <what>") */
  label?: string;
  /** The file's path under the data folder, where known */
  file?: string | undefined;
  height: string | number;
  /** A first attempt has failed and another is under way */
  retrying?: boolean;
}

/** The skeleton, and after SLOW_NOTICE_MS a notice over it, announced politely. */
export function LoadingPanel({ what, label, file, height, retrying = false }: LoadingPanelProps) {
  const [slow, setSlow] = useState(false);
  useEffect(() => {
    const timer = setTimeout(() => setSlow(true), SLOW_NOTICE_MS);
    return () => clearTimeout(timer);
  }, []);
  return (
    <div className="query-panel__loading">
      <LoadingSkeleton label={label ?? `Loading ${what}`} height={height} />
      {/* Always in the page, so the notice is announced when its text appears. */}
      <p className="query-panel__slow" aria-live="polite">
        {slow ? (
          <>
            <strong>Still loading {what}…</strong>{' '}
            {file ? (
              <span className="query-panel__slow-detail">
                File: <code>data/{file}</code>
              </span>
            ) : null}{' '}
            <span className="query-panel__slow-detail">
              {retrying
                ? 'The server did not answer in time; trying once more.'
                : 'The server has not answered yet. If it does not, a message here will say so, with a way to try again.'}
            </span>
          </>
        ) : null}
      </p>
    </div>
  );
}
