import type { Status } from '@/domain/contract/evaluation-schema';

/** A status as a label on its own: a legend entry, a table cell, a filter ("Partly meets"). */
export const STATUS_LABELS: Record<Status, string> = {
  meets: 'Meets',
  partial: 'Partly meets',
  'does-not-meet': 'Does not meet',
  'not-evaluated': 'Not evaluated',
};

/** A status inside a sentence: "Connecticut partly meets goal 2.5". */
export const STATUS_WORDS: Record<Status, string> = {
  meets: 'meets',
  partial: 'partly meets',
  'does-not-meet': 'does not meet',
  'not-evaluated': 'not evaluated',
};

/** The glyph drawn with every status colour, so status is never told by colour alone. */
export const STATUS_GLYPHS: Record<Status, string> = {
  meets: '✓',
  partial: '◐',
  'does-not-meet': '✕',
  'not-evaluated': '?',
};
