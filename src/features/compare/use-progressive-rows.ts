import { useEffect, useState } from 'react';
import { afterPaint } from '@/components/after-paint';

/**
 * Rows at once on the first render, and added (or brought up to date) after each paint: a row of
 * six states with their analyses is a large piece of layout, and forty of them in one task block
 * a slow phone for seconds. Small enough that no step is a long task at 4× CPU slowdown.
 */
export const FIRST_ROWS = 4;
export const CHUNK_ROWS = 3;

interface Progress {
  reset: string;
  update: readonly unknown[];
  drawn: number;
  fresh: number;
}

function sameList(a: readonly unknown[], b: readonly unknown[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}

/**
 * How many of `total` rows to draw (`drawn`), and how many of those to draw with the current
 * inputs (`fresh`; the others keep what they were drawn with). A new `reset` key (other columns)
 * starts drawing again from the first rows; a new `update` list (other inputs for the same rows)
 * brings the drawn rows up to date a step at a time, first rows first.
 */
export function useProgressiveRows(
  total: number,
  reset: string,
  update: readonly unknown[],
): { drawn: number; fresh: number } {
  const [progress, setProgress] = useState<Progress>(() => ({
    reset,
    update,
    drawn: Math.min(total, FIRST_ROWS),
    fresh: Math.min(total, FIRST_ROWS),
  }));
  let current = progress;
  if (progress.reset !== reset) {
    current = { reset, update, drawn: Math.min(total, FIRST_ROWS), fresh: FIRST_ROWS };
    setProgress(current);
  } else if (!sameList(progress.update, update)) {
    current = { ...progress, update, fresh: Math.min(progress.fresh, FIRST_ROWS) };
    setProgress(current);
  }
  const drawn = Math.min(current.drawn, total);
  const fresh = Math.min(current.fresh, drawn);
  const done = drawn >= total && fresh >= drawn;

  useEffect(() => {
    if (done) return;
    return afterPaint(() =>
      setProgress((p) =>
        p.reset !== reset
          ? p
          : {
              ...p,
              drawn: Math.min(total, p.drawn + CHUNK_ROWS),
              fresh: Math.min(Math.min(total, p.drawn + CHUNK_ROWS), p.fresh + CHUNK_ROWS),
            },
      ),
    );
  }, [done, drawn, fresh, total, reset]);

  return { drawn, fresh };
}
