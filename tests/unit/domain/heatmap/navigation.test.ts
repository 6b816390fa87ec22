import { describe, expect, it } from 'vitest';
import { clampPosition, HEADER_ROW, moveInGrid, PAGE_ROWS } from '@/domain/heatmap/navigation';

const size = { rows: 51, cols: 40 };

describe('moveInGrid', () => {
  it('moves one cell with the arrow keys', () => {
    const here = { row: 5, col: 5 };
    expect(moveInGrid(here, { key: 'ArrowUp' }, size)).toEqual({ row: 4, col: 5 });
    expect(moveInGrid(here, { key: 'ArrowDown' }, size)).toEqual({ row: 6, col: 5 });
    expect(moveInGrid(here, { key: 'ArrowLeft' }, size)).toEqual({ row: 5, col: 4 });
    expect(moveInGrid(here, { key: 'ArrowRight' }, size)).toEqual({ row: 5, col: 6 });
  });

  it('stops at the edges without wrapping (the key is still handled)', () => {
    expect(moveInGrid({ row: 0, col: 0 }, { key: 'ArrowUp' }, size)).toEqual({ row: 0, col: 0 });
    expect(moveInGrid({ row: 0, col: 0 }, { key: 'ArrowLeft' }, size)).toEqual({ row: 0, col: 0 });
    expect(moveInGrid({ row: 50, col: 39 }, { key: 'ArrowDown' }, size)).toEqual({
      row: 50,
      col: 39,
    });
    expect(moveInGrid({ row: 50, col: 39 }, { key: 'ArrowRight' }, size)).toEqual({
      row: 50,
      col: 39,
    });
  });

  it('goes to the row’s start and end with Home and End, and to the corners with Ctrl', () => {
    const here = { row: 7, col: 12 };
    expect(moveInGrid(here, { key: 'Home' }, size)).toEqual({ row: 7, col: 0 });
    expect(moveInGrid(here, { key: 'End' }, size)).toEqual({ row: 7, col: 39 });
    expect(moveInGrid(here, { key: 'Home', ctrl: true }, size)).toEqual({ row: 0, col: 0 });
    expect(moveInGrid(here, { key: 'End', ctrl: true }, size)).toEqual({ row: 50, col: 39 });
  });

  it('moves by a page of rows with PageUp and PageDown, stopping at the first and last row', () => {
    expect(moveInGrid({ row: 20, col: 3 }, { key: 'PageDown' }, size)).toEqual({
      row: 20 + PAGE_ROWS,
      col: 3,
    });
    expect(moveInGrid({ row: 20, col: 3 }, { key: 'PageUp' }, size)).toEqual({
      row: 20 - PAGE_ROWS,
      col: 3,
    });
    expect(moveInGrid({ row: 48, col: 3 }, { key: 'PageDown' }, size)).toEqual({ row: 50, col: 3 });
    expect(moveInGrid({ row: 2, col: 3 }, { key: 'PageUp' }, size)).toEqual({ row: 0, col: 3 });
    expect(moveInGrid({ row: 2, col: 3 }, { key: 'PageDown' }, size, 3)).toEqual({
      row: 5,
      col: 3,
    });
  });

  it('lets other keys through, and does nothing in an empty grid', () => {
    expect(moveInGrid({ row: 0, col: 0 }, { key: 'a' }, size)).toBeNull();
    expect(moveInGrid({ row: 0, col: 0 }, { key: 'Tab' }, size)).toBeNull();
    expect(moveInGrid({ row: 0, col: 0 }, { key: 'ArrowDown' }, { rows: 0, cols: 40 })).toBeNull();
  });

  it('starts from a position clamped into the grid (after it shrank)', () => {
    expect(moveInGrid({ row: 30, col: 30 }, { key: 'ArrowLeft' }, { rows: 3, cols: 7 })).toEqual({
      row: 2,
      col: 5,
    });
  });
});

describe('moveInGrid with operable column headers', () => {
  const headers = { headerRow: true };

  it('reaches the header row with ArrowUp from the first row, and comes back with ArrowDown', () => {
    expect(moveInGrid({ row: 0, col: 5 }, { key: 'ArrowUp' }, size, headers)).toEqual({
      row: HEADER_ROW,
      col: 5,
    });
    expect(moveInGrid({ row: 3, col: 5 }, { key: 'ArrowUp' }, size, headers)).toEqual({
      row: 2,
      col: 5,
    });
    const top = { row: HEADER_ROW, col: 5 };
    expect(moveInGrid(top, { key: 'ArrowUp' }, size, headers)).toEqual(top);
    expect(moveInGrid(top, { key: 'ArrowDown' }, size, headers)).toEqual({ row: 0, col: 5 });
  });

  it('moves along the headers, and leaves them by page or corner keys', () => {
    const top = { row: HEADER_ROW, col: 5 };
    expect(moveInGrid(top, { key: 'ArrowRight' }, size, headers)).toEqual({
      row: HEADER_ROW,
      col: 6,
    });
    expect(moveInGrid(top, { key: 'End' }, size, headers)).toEqual({ row: HEADER_ROW, col: 39 });
    expect(moveInGrid(top, { key: 'Home' }, size, headers)).toEqual({ row: HEADER_ROW, col: 0 });
    expect(moveInGrid(top, { key: 'PageUp' }, size, headers)).toEqual(top);
    expect(moveInGrid(top, { key: 'PageDown' }, size, headers)).toEqual({
      row: PAGE_ROWS - 1,
      col: 5,
    });
    expect(moveInGrid(top, { key: 'Home', ctrl: true }, size, headers)).toEqual({ row: 0, col: 0 });
  });

  it('never reaches the headers without the option', () => {
    expect(moveInGrid({ row: HEADER_ROW, col: 5 }, { key: 'ArrowRight' }, size)).toEqual({
      row: 0,
      col: 6,
    });
  });
});

describe('clampPosition', () => {
  it('keeps a position inside the grid', () => {
    expect(clampPosition({ row: 60, col: -2 }, size)).toEqual({ row: 50, col: 0 });
    expect(clampPosition({ row: 3, col: 4 }, size)).toEqual({ row: 3, col: 4 });
    expect(clampPosition({ row: 0, col: 0 }, { rows: 5, cols: 0 })).toBeNull();
  });
});
