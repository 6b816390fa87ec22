import { startTransition, useEffect, useState } from 'react';
import { afterPaint } from '@/components/after-paint';

/**
 * Rows at once on the first render, then more after each paint: a row of six states with their
 * analyses is a large piece of layout, and forty of them in one task block a slow phone for
 * seconds. Small enough that no step is a long task at 4× CPU slowdown.
 */
export const FIRST_ROWS = 2;
export const CHUNK_ROWS = 4;

interface Progress<T> {
  reset: string;
  value: T;
  /** What the rows from `fresh` on were drawn with */
  previous: T;
  drawn: number;
  fresh: number;
}

/**
 * How many of `total` rows to draw (`drawn`), and how many of those to draw with the current
 * `value` (`fresh`): the rows after them are drawn with `previous`, what they were drawn with
 * before, until their turn comes. A new `reset` key (other columns) starts again from the first
 * rows; a new value (an evaluation arrived, analyses shown or hidden) reaches the rows drawn a
 * step at a time, first rows first.
 */
export function useProgressiveRows<T>(
  total: number,
  reset: string,
  value: T,
  /** false: every row at once, with the current value */
  enabled = true,
): { drawn: number; fresh: number; previous: T } {
  const [progress, setProgress] = useState<Progress<T>>(() => ({
    reset,
    value,
    previous: value,
    drawn: Math.min(total, FIRST_ROWS),
    fresh: Math.min(total, FIRST_ROWS),
  }));
  let current = progress;
  if (progress.reset !== reset) {
    const first = Math.min(total, FIRST_ROWS);
    current = { reset, value, previous: value, drawn: first, fresh: first };
    setProgress(current);
  } else if (progress.value !== value) {
    const idle = progress.fresh >= progress.drawn;
    // A change in the middle of a round joins it: the rows already brought up to date take the
    // newest value, the others still show what they showed.
    current = idle
      ? {
          ...progress,
          value,
          previous: progress.value,
          fresh: Math.min(progress.drawn, FIRST_ROWS),
        }
      : { ...progress, value };
    setProgress(current);
  }
  const drawn = enabled ? Math.min(current.drawn, total) : total;
  const fresh = enabled ? Math.min(current.fresh, drawn) : total;
  const done = drawn >= total && fresh >= drawn;

  useEffect(() => {
    if (done) return;
    // A transition: React draws the next rows in slices and yields to input between them.
    return afterPaint(() =>
      startTransition(() =>
        setProgress((p) => {
          if (p.reset !== reset) return p;
          const nextDrawn = Math.min(total, p.drawn + CHUNK_ROWS);
          return { ...p, drawn: nextDrawn, fresh: Math.min(nextDrawn, p.fresh + CHUNK_ROWS) };
        }),
      ),
    );
  }, [done, drawn, fresh, total, reset]);

  return { drawn, fresh, previous: enabled ? current.previous : value };
}
