/**
 * Keyboard movement in the heatmap grid (the ARIA grid pattern): arrows move one cell, Home/End to
 * the start/end of the row, Ctrl+Home/End to the first/last cell, PageUp/PageDown by a page of
 * rows. Movement stops at the edges (no wrapping), as in a spreadsheet. Where the goals' column
 * headers are operable (they sort), ArrowUp from the first row reaches them: row HEADER_ROW.
 */
export interface GridPosition {
  /** Body row from 0, or HEADER_ROW for the goals' column headers */
  row: number;
  col: number;
}

export const HEADER_ROW = -1;

export interface GridSize {
  rows: number;
  cols: number;
}

export interface KeyInput {
  key: string;
  /** Ctrl, or Cmd on a Mac */
  ctrl?: boolean;
}

export interface MoveOptions {
  /** Rows PageUp and PageDown move by */
  pageRows?: number;
  /** Whether ArrowUp from the first row reaches the column headers (HEADER_ROW) */
  headerRow?: boolean;
}

export const PAGE_ROWS = 10;

function clamp(value: number, max: number): number {
  return Math.max(0, Math.min(max, value));
}

/** A position inside the grid (e.g. after the grid shrank); null when the grid is empty. */
export function clampPosition(pos: GridPosition, size: GridSize): GridPosition | null {
  if (size.rows <= 0 || size.cols <= 0) return null;
  return { row: clamp(pos.row, size.rows - 1), col: clamp(pos.col, size.cols - 1) };
}

/**
 * Where a key moves from `pos`; null when the key is not a movement key (let it through).
 * A movement key at an edge returns the same position (and is still handled: no page scroll).
 */
export function moveInGrid(
  pos: GridPosition,
  input: KeyInput,
  size: GridSize,
  options: number | MoveOptions = {},
): GridPosition | null {
  const { pageRows = PAGE_ROWS, headerRow = false } =
    typeof options === 'number' ? { pageRows: options } : options;
  const inHeader = headerRow && pos.row === HEADER_ROW;
  const clamped = clampPosition(pos, size);
  if (!clamped) return null;
  const here = inHeader ? { ...clamped, row: HEADER_ROW } : clamped;
  const lastRow = size.rows - 1;
  const lastCol = size.cols - 1;
  switch (input.key) {
    case 'ArrowUp':
      if (headerRow && here.row <= 0) return { ...here, row: HEADER_ROW };
      return { ...here, row: clamp(here.row - 1, lastRow) };
    case 'ArrowDown':
      return { ...here, row: clamp(here.row + 1, lastRow) };
    case 'ArrowLeft':
      return { ...here, col: clamp(here.col - 1, lastCol) };
    case 'ArrowRight':
      return { ...here, col: clamp(here.col + 1, lastCol) };
    case 'Home':
      return input.ctrl ? { row: 0, col: 0 } : { ...here, col: 0 };
    case 'End':
      return input.ctrl ? { row: lastRow, col: lastCol } : { ...here, col: lastCol };
    case 'PageUp':
      return here.row === HEADER_ROW ? here : { ...here, row: clamp(here.row - pageRows, lastRow) };
    case 'PageDown':
      return { ...here, row: clamp(here.row + pageRows, lastRow) };
    default:
      return null;
  }
}
