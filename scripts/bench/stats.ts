/** Summary statistics of the benchmark's repeated timings. Pure. */

export interface Summary {
  /** number of samples */
  n: number;
  min: number;
  median: number;
  max: number;
}

/** The median; for an even count, the mean of the two middle values. */
export function median(values: readonly number[]): number {
  if (values.length === 0) throw new Error('the median of no values');
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** min, median and max of the finite values; null when there are none. */
export function summarize(values: readonly number[]): Summary | null {
  const finite = values.filter((v) => Number.isFinite(v));
  if (finite.length === 0) return null;
  return {
    n: finite.length,
    min: Math.min(...finite),
    median: median(finite),
    max: Math.max(...finite),
  };
}

export interface LayoutShift {
  /** ms since navigation */
  startTime: number;
  value: number;
  hadRecentInput: boolean;
}

/**
 * Cumulative Layout Shift as browsers report it: the largest session window of shifts without
 * recent input, where a window closes after a 1 s gap or 5 s in all.
 */
export function cumulativeLayoutShift(shifts: readonly LayoutShift[]): number {
  let best = 0;
  let current = 0;
  let windowStart = -Infinity;
  let previous = -Infinity;
  for (const s of [...shifts].sort((a, b) => a.startTime - b.startTime)) {
    if (s.hadRecentInput) continue;
    if (s.startTime - previous > 1000 || s.startTime - windowStart > 5000) {
      current = 0;
      windowStart = s.startTime;
    }
    current += s.value;
    previous = s.startTime;
    best = Math.max(best, current);
  }
  return best;
}
