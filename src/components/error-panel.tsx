import { useContext, useId } from 'react';
import { EmbeddedChartContext } from './chart-frame';

export interface ErrorPanelProps {
  /** Short heading, e.g. "The data could not be loaded". */
  title: string;
  /** What failed and why, in plain words. */
  message: string;
  /** Called by the Retry button; without it there is no button. */
  onRetry?: () => void;
  /** True while a retry is in progress: the button is disabled and says so. */
  retrying?: boolean;
  /** Heading level, to fit the outline of the page the panel sits in. */
  level?: 1 | 2 | 3 | 4;
}

/** A fault, shown in the part of the page it affects, with a way to try again. */
export function ErrorPanel({
  title,
  message,
  onRetry,
  retrying = false,
  level = 2,
}: ErrorPanelProps) {
  const headingId = useId();
  // In an embed the panel takes the chart's place, so it takes the chart title's h1 too.
  const embedded = useContext(EmbeddedChartContext);
  const Heading = embedded ? 'h1' : (`h${level}` as const);
  return (
    <section className="error-panel" role="alert" aria-labelledby={headingId}>
      <Heading id={headingId} className="error-panel__title">
        {title}
      </Heading>
      <p className="error-panel__message">{message}</p>
      {onRetry && (
        <button type="button" className="button" onClick={onRetry} disabled={retrying}>
          {retrying ? 'Retrying…' : 'Retry'}
        </button>
      )}
    </section>
  );
}
