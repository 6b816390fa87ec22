/**
 * Runs `fn` in a task after the browser's next paint (a frame callback, then a task), or soon
 * where frames are not run (tests). For work drawn in steps: what is drawn is painted before the
 * next step renders, and no step blocks input for long. Returns a cancel function.
 */
export function afterPaint(fn: () => void): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  if (typeof requestAnimationFrame !== 'function') {
    timer = setTimeout(fn, 0);
    return () => clearTimeout(timer);
  }
  const frame = requestAnimationFrame(() => {
    timer = setTimeout(fn, 0);
  });
  return () => {
    cancelAnimationFrame(frame);
    clearTimeout(timer);
  };
}
