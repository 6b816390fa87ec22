import type { ReactNode } from 'react';
import { QueryPanel, type QueryLike } from './query-panel';

export interface ViewDataGateProps<F, S> {
  framework: QueryLike<F>;
  summary: QueryLike<S>;
  /** What the summary is, for its skeleton and error: "the edition summary for 2022" */
  summaryWhat: string;
  /** Height of the skeleton: the size of what will replace it, so nothing shifts */
  height: string | number;
  level?: 2 | 3 | 4;
  children: (framework: F, summary: S) => ReactNode;
}

/**
 * The one gate before a view draws: the framework, then the edition summary, each with its own
 * skeleton, or its own message and Retry when it fails (the framework's first: without it nothing
 * can be named). Both are requested together; the gate only decides what shows.
 */
export function ViewDataGate<F, S>({
  framework,
  summary,
  summaryWhat,
  height,
  level,
  children,
}: ViewDataGateProps<F, S>) {
  return (
    <QueryPanel query={framework} what="the policy framework" height={height} level={level}>
      {(fw) => (
        <QueryPanel query={summary} what={summaryWhat} height={height} level={level}>
          {(s) => children(fw, s)}
        </QueryPanel>
      )}
    </QueryPanel>
  );
}
