import { describe, expect, it } from 'vitest';
import { filterSummary } from '@/domain/format/filter-summary';

describe('the filters in one line', () => {
  it('says “all” for every filter left open', () => {
    expect(filterSummary({ issues: [], goals: [], status: [], states: [] })).toBe(
      'All issue areas · all goals · all statuses · all states',
    );
  });

  it('names a few choices and counts many', () => {
    expect(
      filterSummary({
        issues: ['2'],
        goals: ['2.5', '2.9', '4.6'],
        status: ['meets', 'partial'],
        states: ['CT', 'MA'],
      }),
    ).toBe('Issue area 2 · goals 2.5, 2.9, 4.6 · meets, partly meets · Connecticut, Massachusetts');
    expect(
      filterSummary({
        issues: ['1', '2', '3', '4'],
        goals: ['1.1', '1.2', '1.3', '1.4'],
        states: ['CT', 'MA', 'NY'],
      }),
    ).toBe('4 issue areas · 4 goals · 3 states');
  });

  it('leaves out what the view has no filter for', () => {
    expect(filterSummary({ issues: [], goals: ['2.9'] })).toBe('All issue areas · goal 2.9');
  });
});
