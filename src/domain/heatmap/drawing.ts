/**
 * How many of the heatmap's rows to draw in its first commit: those that reach into view (the
 * rest come in chunks after the browser has painted). Rows are drawn as a prefix, so this is the
 * count down to the last row whose top is above the bottom of the visible area.
 */
export interface RowsInViewInput {
  /** Top of the grid body (its first row), px from the viewport's top */
  bodyTop: number;
  /** Bottom of the visible area: the viewport's or the grid's scroll box's, whichever is higher */
  viewBottom: number;
  /** Height of one row, px; 0 or less when unknown (nothing laid out, e.g. under a test DOM) */
  rowHeight: number;
  /** Rows in the model */
  total: number;
  /** Rows to draw when the geometry is unknown */
  fallback: number;
}

export function rowsInView({
  bodyTop,
  viewBottom,
  rowHeight,
  total,
  fallback,
}: RowsInViewInput): number {
  const bound = (n: number) => Math.max(0, Math.min(total, n));
  if (!(rowHeight > 0) || !Number.isFinite(bodyTop) || !Number.isFinite(viewBottom)) {
    return bound(fallback);
  }
  return bound(Math.ceil((viewBottom - bodyTop) / rowHeight));
}
