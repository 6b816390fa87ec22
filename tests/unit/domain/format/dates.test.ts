import { describe, expect, it } from 'vitest';
import { formatIsoDate, formatShortDate } from '@/domain/format/dates';

describe('dates', () => {
  it('writes every day of a leap year and a common year as Intl’s en-US styles do', () => {
    const long = new Intl.DateTimeFormat('en-US', { dateStyle: 'long', timeZone: 'UTC' });
    const medium = new Intl.DateTimeFormat('en-US', { dateStyle: 'medium', timeZone: 'UTC' });
    for (const year of [2020, 2022, 1999]) {
      for (let day = 0; day < 366; day++) {
        const date = new Date(Date.UTC(year, 0, 1 + day));
        const iso = date.toISOString().slice(0, 10);
        expect(formatIsoDate(iso)).toBe(long.format(date));
        expect(formatShortDate(iso)).toBe(medium.format(date));
      }
    }
    expect(formatShortDate('2022-08-01')).toBe('Aug 1, 2022');
    expect(formatIsoDate('2022-08-01')).toBe('August 1, 2022');
  });

  it('returns anything that is not a date as given', () => {
    expect(formatShortDate('end of 2013 session')).toBe('end of 2013 session');
    expect(formatIsoDate('2022-13-45')).toBe('2022-13-45');
    expect(formatIsoDate('')).toBe('');
  });
});
