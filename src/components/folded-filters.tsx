import { useId, useState, type ReactNode } from 'react';
import { useMediaQuery } from './use-media-query';

/** Phones: the width below which a view's filters fold into one line (as in the CSS). */
const NARROW = '(max-width: 40rem)';

/**
 * A view's filters, folded on a phone into one line that says what they are and opens them, so
 * the chart is in the first screen; on wider screens simply the filters. Folded, they stay
 * mounted (hidden), so what a control holds survives closing.
 */
export function FoldedFilters({ summary, children }: { summary: string; children: ReactNode }) {
  const id = useId();
  const narrow = useMediaQuery(NARROW);
  const [open, setOpen] = useState(false);
  if (!narrow) return <>{children}</>;
  return (
    <div className="folded-filters">
      <button
        type="button"
        className="folded-filters__toggle"
        aria-expanded={open}
        aria-controls={id}
        onClick={() => setOpen((o) => !o)}
      >
        <span className="folded-filters__label">Filters:</span>{' '}
        <span className="folded-filters__summary">{summary}</span>
        <span className="folded-filters__chevron" aria-hidden="true">
          {open ? '▴' : '▾'}
        </span>
      </button>
      <div id={id} className="folded-filters__body" hidden={!open}>
        {children}
      </div>
    </div>
  );
}
