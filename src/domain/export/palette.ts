import { STATUSES, type Status } from '@/domain/contract/evaluation-schema';
import type { Legend } from './svg-common';
import { ON_DATA_TEXT, STATUS_COLORS } from '@/domain/format/palette';
import { STATUS_GLYPHS, STATUS_LABELS } from '@/domain/format/status-words';

/**
 * The palette of exported charts: the app's data colours, which are explicit hex values already,
 * with "not evaluated" drawn as the SVG's no-data hatch (null) instead of a CSS variable.
 */
export type EvaluatedStatus = Exclude<Status, 'not-evaluated'>;

export const EXPORT_STATUS_FILLS: Record<EvaluatedStatus, string> = {
  meets: STATUS_COLORS.meets,
  partial: STATUS_COLORS.partial,
  'does-not-meet': STATUS_COLORS['does-not-meet'],
};

export function statusFill(status: Status): string | null {
  return status === 'not-evaluated' ? null : EXPORT_STATUS_FILLS[status];
}

export const EXPORT_ON_DATA_TEXT = ON_DATA_TEXT;
export const EXPORT_STATUS_GLYPHS = STATUS_GLYPHS;

/** Status is colour, glyph and word in exports too. */
export const STATUS_SVG_LEGEND: Legend = {
  entries: STATUSES.map((s) => ({
    fill: statusFill(s),
    mark: STATUS_GLYPHS[s],
    markColor: ON_DATA_TEXT,
    label:
      s === 'not-evaluated' ? `${STATUS_LABELS[s]} (unknown, not a failure)` : STATUS_LABELS[s],
  })),
};
