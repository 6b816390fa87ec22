import { describe, expect, it } from 'vitest';
import {
  changedGoalCount,
  changedGoalsInArea,
  cleanWeight,
  effectiveWeights,
  setAreaWeight,
  setGoalWeight,
  sharedAreaWeight,
  weightOverrides,
} from '@/domain/scores/weights';
import { smallFramework as fw } from './scores-fixtures';

describe('what-if weights', () => {
  it('keeps only the weights that differ from the framework’s, for goals it knows', () => {
    expect(weightOverrides(fw, { '1.1': 1, '1.2': 3, '9.9': 4 })).toEqual({ '1.2': 3 });
  });

  it('merges overrides into the framework’s weights', () => {
    expect(effectiveWeights(fw, { '2.2': 0, '7.7': 5 })).toEqual({
      '1.1': 1,
      '1.2': 1,
      '2.1': 1,
      '2.2': 0,
    });
  });

  it('sets one goal, and drops it from the overrides when set back to the framework’s weight', () => {
    const once = setGoalWeight(fw, {}, '1.1', 4);
    expect(once).toEqual({ '1.1': 4 });
    expect(setGoalWeight(fw, once, '1.1', 1)).toEqual({});
  });

  it('sets a whole issue area, and reports which goals changed', () => {
    const next = setAreaWeight(fw, { '1.1': 7 }, '2', 2);
    expect(next).toEqual({ '1.1': 7, '2.1': 2, '2.2': 2 });
    expect(changedGoalsInArea(fw, next, '2')).toBe(2);
    expect(changedGoalCount(fw, next)).toBe(3);
    expect(sharedAreaWeight(fw, next, '2')).toBe(2);
    expect(sharedAreaWeight(fw, { '1.1': 7 }, '1')).toBeNull();
    expect(setAreaWeight(fw, next, '1', 1)).toEqual({ '2.1': 2, '2.2': 2 });
  });

  it('cleans typed values: clamps to 0..10, two decimals, rejects non-numbers', () => {
    expect(cleanWeight(12)).toBe(10);
    expect(cleanWeight(-1)).toBe(0);
    expect(cleanWeight(1.239)).toBe(1.24);
    expect(cleanWeight(Number.NaN)).toBeNull();
  });
});
