import { useContext, type ReactNode } from 'react';
import { QueryPanel, type QueryLike } from './query-panel';
import { ViewStateContext } from './view-state';

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
  const files = useGateFiles();
  return (
    <QueryPanel
      query={framework}
      what="the policy framework"
      file={files.framework}
      height={height}
      level={level}
    >
      {(fw) => (
        <QueryPanel
          query={summary}
          what={summaryWhat}
          file={files.summary}
          height={height}
          level={level}
        >
          {(s) => children(fw, s)}
        </QueryPanel>
      )}
    </QueryPanel>
  );
}

/**
 * The files the gate waits for, as the manifest names them: the dataset's framework and the
 * summary of the edition shown (what every caller's useViewData requests). Unknown outside a view.
 */
function useGateFiles(): { framework?: string; summary?: string } {
  const view = useContext(ViewStateContext);
  if (!view) return {};
  const dataset = view.manifest.datasets.find((d) => d.id === view.dataset);
  const summary = dataset?.editions.find((e) => e.year === view.year)?.summary;
  const framework = view.manifest.frameworks.find((f) => f.id === dataset?.framework)?.path;
  return { ...(framework ? { framework } : {}), ...(summary ? { summary } : {}) };
}
