import { describe, expect, it } from 'vitest';
import { compareRows, countRows, differencesOnly } from '@/domain/compare/rows';
import { smallFramework as fw, summaryOf } from '../scores/scores-fixtures';

describe('compare rows', () => {
  const summary = summaryOf({ CT: 'mpdn', MA: 'mmdn' });

  it('builds a row per goal, grouped by issue area, with statuses in the selection’s order', () => {
    const areas = compareRows(fw, summary, ['MA', 'CT']);
    expect(areas.map((a) => [a.id, a.total, a.rows.length])).toEqual([
      ['1', 2, 2],
      ['2', 2, 2],
    ]);
    expect(areas[0]!.rows[1]).toEqual({
      goalId: '1.2',
      title: 'B',
      statuses: ['meets', 'partial'],
      differs: true,
    });
    expect(areas[1]!.rows.map((r) => r.differs)).toEqual([false, false]);
  });

  it('reads a state missing from the summary as not evaluated', () => {
    const areas = compareRows(fw, summary, ['CT', 'TX']);
    expect(areas[0]!.rows[0]!.statuses).toEqual(['meets', 'not-evaluated']);
  });

  it('keeps only the goals that differ, and counts them', () => {
    const areas = compareRows(fw, summary, ['CT', 'MA']);
    const diff = differencesOnly(areas);
    expect(diff.map((a) => a.rows.map((r) => r.goalId))).toEqual([['1.2'], []]);
    expect(diff[1]!.total).toBe(2);
    expect(countRows(areas)).toEqual({ shown: 4, differing: 1 });
    expect(countRows(diff)).toEqual({ shown: 1, differing: 1 });
  });

  it('treats not-evaluated as a status of its own: evaluated vs unknown differs', () => {
    const areas = compareRows(fw, summaryOf({ CT: 'mmmm', MA: 'nnnn' }), ['CT', 'MA']);
    expect(countRows(areas).differing).toBe(4);
  });
});
