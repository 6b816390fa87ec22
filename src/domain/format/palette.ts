import type { Status } from '@/domain/contract/evaluation-schema';

/**
 * Colours for data. Status colours come from the Okabe–Ito palette (distinguishable with the
 * common colour-vision deficiencies), and every status also has a glyph and a word: colour is
 * never the only signal. Dark text (#111) keeps at least 4.5:1 on each status colour.
 */
export const STATUS_COLORS: Record<Status, string> = {
  meets: '#009e73',
  partial: '#e69f00',
  'does-not-meet': '#d55e00',
  'not-evaluated': 'var(--color-no-data)',
};

export const ON_DATA_TEXT = '#111111';

/** Sequential blues for 0-100 scores, light to dark, with the text colour that reads on each. */
const SCORE_STEPS = [
  { max: 20, fill: '#deebf7', text: '#111111' },
  { max: 40, fill: '#9ecae1', text: '#111111' },
  { max: 60, fill: '#6baed6', text: '#111111' },
  { max: 80, fill: '#2171b5', text: '#ffffff' },
  { max: 100, fill: '#08519c', text: '#ffffff' },
] as const;

export function scoreColor(score: number): { fill: string; text: string } {
  const step = SCORE_STEPS.find((s) => score <= s.max) ?? SCORE_STEPS[SCORE_STEPS.length - 1]!;
  return { fill: step.fill, text: step.text };
}

export const SCORE_LEGEND = SCORE_STEPS.map((s, i) => ({
  label: `${i === 0 ? 0 : SCORE_STEPS[i - 1]!.max}–${s.max}`,
  fill: s.fill,
  text: s.text,
}));

/** Published letter grades: an ordered scale, A best. */
export const GRADE_COLORS: Record<string, { fill: string; text: string }> = {
  A: { fill: '#08519c', text: '#ffffff' },
  B: { fill: '#2171b5', text: '#ffffff' },
  C: { fill: '#9ecae1', text: '#111111' },
  D: { fill: '#fdae6b', text: '#111111' },
  F: { fill: '#d55e00', text: '#111111' },
};

/** Ages (juvenile court): a sequential purple scale from 6 to 14, and no minimum shown apart. */
export function ageColor(age: number): { fill: string; text: string } {
  const steps = ['#f2f0f7', '#dadaeb', '#bcbddc', '#9e9ac8', '#756bb1', '#54278f'];
  const i = Math.max(0, Math.min(steps.length - 1, Math.floor((age - 6) / 2) + 1));
  return { fill: steps[i]!, text: i >= 4 ? '#ffffff' : '#111111' };
}
