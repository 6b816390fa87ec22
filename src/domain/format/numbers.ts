let numberFormat: Intl.NumberFormat | null = null;

/**
 * A score as every view, embed and export writes it: one decimal, always shown ("80.0", "38.8"),
 * "—" for no score. Rounds half away from zero on the shortest decimal form (1.15 → 1.2), as
 * Intl.NumberFormat does. Scores (0–100) are rounded without Intl: the first Intl formatter a page
 * builds loads locale data, 50–170 ms on a slow phone, on the heatmap's first render.
 */
export function formatScore(score: number | null): string {
  if (score === null) return '—';
  const text = String(score);
  // Plain decimals only: not exponent forms (tiny or huge), negatives (-0 too) or thousands.
  if (/^\d{1,3}(\.\d+)?$/.test(text) && !Object.is(score, -0)) {
    return Number(`${Math.round(Number(`${text}e1`))}e-1`).toFixed(1);
  }
  numberFormat ??= new Intl.NumberFormat('en-US', {
    minimumFractionDigits: 1,
    maximumFractionDigits: 1,
  });
  return numberFormat.format(score);
}

/**
 * A number as the publisher printed it (a published score, its maximum, an issue area's points):
 * no decimal added or taken away ("66", "94.5", "102.5"); "—" for none. This project's own scores
 * use formatScore.
 */
export function formatPublished(value: number | null): string {
  if (value === null) return '—';
  return Number.isFinite(value) ? String(value) : '—';
}
