import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatScore } from '@/domain/format/numbers';

describe('formatScore', () => {
  const intl = new Intl.NumberFormat('en-US', {
    minimumFractionDigits: 1,
    maximumFractionDigits: 1,
  });

  it('writes every score as Intl.NumberFormat en-US with one decimal, as Intl.NumberFormat does', () => {
    // Every score the model can produce: k half-credits over n goals (n ≤ 40), as a percentage.
    for (let n = 1; n <= 40; n++) {
      for (let k = 0; k <= 2 * n; k++) {
        const score = ((k / 2) * 100) / n;
        expect(formatScore(score)).toBe(intl.format(score));
      }
    }
    expect([formatScore(1.15), formatScore(0.05), formatScore(99.95)]).toEqual([
      '1.2',
      '0.1',
      '100.0',
    ]);
  });

  it('agrees with Intl on any number', () => {
    fc.assert(
      fc.property(fc.double({ min: -2000, max: 2000, noNaN: true }), (x) => {
        expect(formatScore(x)).toBe(intl.format(x));
      }),
    );
    expect(formatScore(1e-9)).toBe(intl.format(1e-9));
    expect(formatScore(-0)).toBe(intl.format(-0));
    expect(formatScore(1234.56)).toBe('1,234.6');
  });

  it('writes no score as a dash', () => {
    expect(formatScore(null)).toBe('—');
  });
});
