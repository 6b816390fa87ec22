import type { Status } from '@/domain/contract/evaluation-schema';
import { STATUSES } from '@/domain/contract/evaluation-schema';
import { ON_DATA_TEXT, STATUS_COLORS } from '@/domain/format/palette';
import { STATUS_GLYPHS, STATUS_LABELS } from '@/domain/format/status-words';

export interface StatusGlyphProps {
  status: Status;
  /** Show the word beside the glyph (otherwise it is read by screen readers only) */
  withLabel?: boolean;
}

/** A status as colour, glyph and word together, so it never depends on colour alone. */
export function StatusGlyph({ status, withLabel = false }: StatusGlyphProps) {
  return (
    <span className={`status-glyph status-glyph--${status}`}>
      <span
        className="status-glyph__mark"
        aria-hidden="true"
        style={{ background: STATUS_COLORS[status], color: ON_DATA_TEXT }}
      >
        {STATUS_GLYPHS[status]}
      </span>
      <span className={withLabel ? 'status-glyph__label' : 'visually-hidden'}>
        {STATUS_LABELS[status]}
      </span>
    </span>
  );
}

export function StatusLegend({ title = 'Status' }: { title?: string }) {
  return (
    <div className="legend" role="group" aria-label={`Legend: ${title}`}>
      <span className="legend__title">{title}</span>
      <ul className="legend__items">
        {STATUSES.map((s) => (
          <li key={s}>
            <StatusGlyph status={s} withLabel />
            {s === 'not-evaluated' ? (
              <span className="legend__note"> (unknown: no evaluation in this dataset)</span>
            ) : null}
          </li>
        ))}
      </ul>
    </div>
  );
}
