import { describe, expect, it } from 'vitest';
import { rowsInView } from '@/domain/heatmap/drawing';

const base = { rowHeight: 22, total: 51, fallback: 20 };

describe('rows of the heatmap drawn first', () => {
  it('counts the rows reaching into view, a partly visible last row included', () => {
    // 900 px viewport, body starting at 400: 500 px = 22.7 rows
    expect(rowsInView({ ...base, bodyTop: 400, viewBottom: 900 })).toBe(23);
    expect(rowsInView({ ...base, bodyTop: 400, viewBottom: 400 + 22 * 5 })).toBe(5);
  });

  it('draws none of the body when the grid starts below the fold', () => {
    expect(rowsInView({ ...base, bodyTop: 1200, viewBottom: 900 })).toBe(0);
  });

  it('covers rows scrolled past above the view, since rows are drawn from the first', () => {
    // body scrolled 300 px up inside its box: rows 0–13 above, the view reaches row 36
    expect(rowsInView({ ...base, bodyTop: -300, viewBottom: 500 })).toBe(37);
  });

  it('never draws more rows than there are', () => {
    expect(rowsInView({ ...base, bodyTop: 0, viewBottom: 5000 })).toBe(51);
    expect(rowsInView({ ...base, total: 3, bodyTop: 0, viewBottom: 900 })).toBe(3);
  });

  it('falls back to a fixed count when nothing is laid out', () => {
    expect(rowsInView({ ...base, rowHeight: 0, bodyTop: 0, viewBottom: 0 })).toBe(20);
    expect(rowsInView({ ...base, rowHeight: Number.NaN, bodyTop: 0, viewBottom: 900 })).toBe(20);
    expect(rowsInView({ ...base, total: 7, rowHeight: 0, bodyTop: 0, viewBottom: 0 })).toBe(7);
  });
});
