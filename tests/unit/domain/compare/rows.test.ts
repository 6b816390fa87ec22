import { describe, expect, it } from 'vitest';
import { compareRows, countRows, differencesOnly, rowComparison } from '@/domain/compare/rows';
import { comparisonSentences } from '@/domain/compare/text';
import { loadFramework } from '../../fixtures/evaluation-fixture';
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
      unknown: [],
      comparison: 'differ',
      differs: true,
      factKinds: [],
    });
    expect(areas[1]!.rows.map((r) => r.differs)).toEqual([false, false]);
  });

  it('reads a state missing from the summary as not evaluated', () => {
    const areas = compareRows(fw, summary, ['CT', 'TX']);
    expect(areas[0]!.rows[0]!.statuses).toEqual(['meets', 'not-evaluated']);
    expect(areas[0]!.rows[0]!.unknown).toEqual(['TX']);
  });

  it('keeps only the goals that differ, and counts them', () => {
    const areas = compareRows(fw, summary, ['CT', 'MA']);
    const diff = differencesOnly(areas);
    // 2.2 is not evaluated for either state: it could not be compared, so it stays.
    expect(diff.map((a) => a.rows.map((r) => r.goalId))).toEqual([['1.2'], ['2.2']]);
    expect(diff[1]!.total).toBe(2);
    expect(countRows(areas, ['CT', 'MA'])).toMatchObject({ shown: 4, differing: 1 });
    expect(countRows(diff, ['CT', 'MA'])).toMatchObject({ shown: 2, differing: 1 });
  });

  it('never counts known against unknown as a difference', () => {
    const areas = compareRows(fw, summaryOf({ CT: 'mmmm', MA: 'nnnn' }), ['CT', 'MA']);
    expect(countRows(areas, ['CT', 'MA'])).toEqual({
      shown: 4,
      differing: 0,
      same: 0,
      notComparable: 4,
      partlyKnown: 0,
      unknownStates: [{ code: 'MA', goals: 4 }],
    });
    expect(areas.flatMap((a) => a.rows.map((r) => r.comparison))).toEqual([
      'not-comparable',
      'not-comparable',
      'not-comparable',
      'not-comparable',
    ]);
    // Hidden only where the states agree: nothing is known to agree here.
    expect(differencesOnly(areas).flatMap((a) => a.rows)).toHaveLength(4);
  });

  it('compares the states that have a status, and says which did not', () => {
    const codes = ['CT', 'MA', 'RI'];
    const areas = compareRows(fw, summaryOf({ CT: 'mmpn', MA: 'mpnn', RI: 'nnnn' }), codes);
    expect(areas.flatMap((a) => a.rows.map((r) => [r.goalId, r.comparison, r.unknown]))).toEqual([
      ['1.1', 'same', ['RI']],
      ['1.2', 'differ', ['RI']],
      ['2.1', 'not-comparable', ['MA', 'RI']],
      ['2.2', 'not-comparable', ['CT', 'MA', 'RI']],
    ]);
    expect(countRows(areas, codes)).toEqual({
      shown: 4,
      differing: 1,
      same: 1,
      notComparable: 2,
      partlyKnown: 2,
      unknownStates: [
        { code: 'CT', goals: 1 },
        { code: 'MA', goals: 2 },
        { code: 'RI', goals: 2 },
      ],
    });
    expect(areas.map((a) => [a.chosen, a.differing, a.notComparable])).toEqual([
      [2, 1, 0],
      [2, 0, 2],
    ]);
    expect(differencesOnly(areas).flatMap((a) => a.rows.map((r) => r.goalId))).toEqual([
      '1.2',
      '2.1',
      '2.2',
    ]);
  });

  it('reads how known statuses compare', () => {
    expect(rowComparison(['meets', 'meets'])).toBe('same');
    expect(rowComparison(['meets', 'partial'])).toBe('differ');
    expect(rowComparison(['meets', 'not-evaluated'])).toBe('not-comparable');
    expect(rowComparison(['not-evaluated', 'not-evaluated'])).toBe('not-comparable');
    expect(rowComparison(['meets', 'not-evaluated', 'partial'])).toBe('differ');
  });

  it('shows only the goals chosen, keeping each area’s total for “n of m”', () => {
    const areas = compareRows(fw, summary, ['CT', 'MA'], ['1.2', '2.1']);
    expect(areas.map((a) => [a.rows.map((r) => r.goalId), a.total, a.chosen])).toEqual([
      [['1.2'], 2, 1],
      [['2.1'], 2, 1],
    ]);
  });

  it('ties the framework’s fact kinds to their goals, never a goal id in code', () => {
    const framework = loadFramework();
    const real = compareRows(framework, summaryOf({}), ['CT', 'MA']);
    const withFacts = real.flatMap((a) => a.rows.filter((r) => r.factKinds.length > 0));
    const tied = framework.issueAreas.flatMap((a) =>
      a.goals.filter((g) => (g.facts?.length ?? 0) > 0).map((g) => [g.id, g.facts]),
    );
    expect(withFacts.map((r) => [r.goalId, r.factKinds])).toEqual(tied);
    expect(tied.length).toBeGreaterThan(0);
  });
});

describe('what the comparison says about itself', () => {
  const base = { total: 40, choosing: false, diff: false, facts: false };

  it('says how many goals could not be compared, and for which states', () => {
    const counts = {
      shown: 40,
      differing: 12,
      same: 0,
      notComparable: 28,
      partlyKnown: 0,
      unknownStates: ['MA', 'NY', 'RI'].map((code) => ({ code, goals: 28 })),
    };
    expect(comparisonSentences({ ...base, counts })).toEqual([
      'All 40 goals; the states differ on 12.',
      '28 goals could not be compared for lack of data: not evaluated for Massachusetts, New York and Rhode Island.',
    ]);
    expect(comparisonSentences({ ...base, counts, diff: true })[0]).toBe(
      'Showing 40 of 40 goals: 12 where the states differ and 28 that could not be compared.',
    );
  });

  it('names per state how many goals lack a status when that differs', () => {
    const counts = {
      shown: 4,
      differing: 1,
      same: 1,
      notComparable: 2,
      partlyKnown: 2,
      unknownStates: [
        { code: 'CT', goals: 1 },
        { code: 'RI', goals: 2 },
      ],
    };
    expect(comparisonSentences({ ...base, total: 4, counts, diff: true, facts: true })).toEqual([
      'Showing 3 of 4 goals: 1 where the states differ and 2 that could not be compared; the 1 goal where they agree is hidden.',
      '2 goals could not be compared for lack of data: not evaluated for Connecticut (1 goal) and Rhode Island (2 goals).',
      'On 2 goals compared, not every state has a status: the states that have one are compared.',
      'Only statuses are compared: facts shown beside them (reference data or the report’s reading) are not.',
    ]);
  });

  it('says how many goals are shown of how many when goals are chosen', () => {
    const counts = {
      shown: 3,
      differing: 1,
      same: 2,
      notComparable: 0,
      partlyKnown: 0,
      unknownStates: [],
    };
    expect(comparisonSentences({ ...base, counts, choosing: true })[0]).toBe(
      'Showing 3 of 40 goals, the goals chosen; the states differ on 1.',
    );
    expect(comparisonSentences({ ...base, counts, choosing: true, diff: true })[0]).toBe(
      'Showing the 1 of 40 goals where the states differ (of the 3 chosen).',
    );
    expect(
      comparisonSentences({
        ...base,
        counts: { ...counts, differing: 0, same: 3 },
        choosing: true,
        diff: true,
      })[0],
    ).toBe('The states have the same status on all 3 goals chosen.');
  });
});
