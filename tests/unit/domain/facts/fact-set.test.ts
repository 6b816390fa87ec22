import { describe, expect, it } from 'vitest';
import { compareWithReport, factClass, goalOfFactSet } from '@/domain/facts/fact-set';
import { loadFramework } from '../../fixtures/evaluation-fixture';

describe('fact sets beside the report', () => {
  it('reads "30 years from age 21" as until age 51, and agrees with the set’s 51', () => {
    const rule = { kind: 'years', years: 30, from: 'age-21' } as const;
    expect(compareWithReport(rule, { kind: 'until_age', age: 51 })).toMatchObject({
      agreement: 'agree',
      reportAsValue: 'Until age 51',
    });
    expect(compareWithReport(rule, { kind: 'until_age', age: 48 })?.agreement).toBe('differ');
    expect(compareWithReport(rule, { kind: 'unresolved' })?.agreement).toBe('not-comparable');
    expect(
      compareWithReport({ kind: 'years', years: 5, from: 'offense' }, { kind: 'none' })?.agreement,
    ).toBe('not-comparable');
    expect(compareWithReport(null, { kind: 'none' })).toBeNull();
  });

  it('draws no limit as its own class and unresolved as unknown', () => {
    expect(factClass({ kind: 'none' })).toBe('none');
    expect(factClass({ kind: 'until_age', age: 51 })).toBe('age-40');
    expect(factClass({ kind: 'years_after', years: 10 })).toBe('years');
    expect(factClass({ kind: 'unresolved' })).toBe('unknown');
    expect(factClass(undefined)).toBe('unknown');
  });

  it('finds the goal through the framework’s fact kind, or by id', () => {
    const framework = loadFramework();
    expect(goalOfFactSet({ informs: { factKind: 'statuteOfLimitations' } }, framework)).toBe('4.6');
    expect(
      goalOfFactSet({ informs: { framework: 'shared-hope-2022', goal: '2.9' } }, framework),
    ).toBe('2.9');
    expect(
      goalOfFactSet({ informs: { framework: 'other', goal: '2.9' } }, framework),
    ).toBeUndefined();
  });
});
