import { describe, expect, it } from 'vitest';
import {
  describeGoalChoice,
  goalsShown,
  narrowsGoals,
  toggleGoal,
  toggleIssue,
} from '@/domain/url/goal-choice';
import { loadFramework } from '../../fixtures/evaluation-fixture';
import { smallFramework as fw } from '../scores/scores-fixtures';

const none = { issues: [], goals: [] };

describe('goals shown by issues= and goals=', () => {
  it('shows every goal when neither is given, in the framework’s order', () => {
    expect(goalsShown(fw, none)).toEqual(['1.1', '1.2', '2.1', '2.2']);
    expect(narrowsGoals(fw, none)).toBe(false);
  });

  it('shows the goals named, in the framework’s order whatever the link’s order', () => {
    expect(goalsShown(fw, { issues: [], goals: ['2.2', '1.1'] })).toEqual(['1.1', '2.2']);
    expect(narrowsGoals(fw, { issues: [], goals: ['2.2', '1.1'] })).toBe(true);
  });

  it('shows the goals of the areas named, and with both, the goals named in those areas', () => {
    expect(goalsShown(fw, { issues: ['2'], goals: [] })).toEqual(['2.1', '2.2']);
    expect(goalsShown(fw, { issues: ['2'], goals: ['1.1', '2.2'] })).toEqual(['2.2']);
    expect(goalsShown(fw, { issues: ['2'], goals: ['1.1'] })).toEqual([]);
  });

  it('reads the advocate’s three goals on the real framework', () => {
    const framework = loadFramework();
    const choice = { issues: [], goals: ['2.5', '2.9', '4.6'] };
    expect(goalsShown(framework, choice)).toEqual(['2.5', '2.9', '4.6']);
    expect(describeGoalChoice(framework, choice)).toBe('3 of 40 goals: 2.5, 2.9, 4.6');
    expect(describeGoalChoice(framework, none)).toBe('all 40 goals');
    expect(describeGoalChoice(framework, { issues: ['2'], goals: [] })).toBe('11 of 40 goals');
  });
});

describe('the choosers’ toggles', () => {
  it('unticks an issue area of all shown, keeping the others in the framework’s order', () => {
    expect(toggleIssue(fw, [], '1')).toEqual(['2']);
    expect(toggleIssue(fw, ['2'], '1')).toEqual([]);
  });

  it('never unticks the last issue area', () => {
    expect(toggleIssue(fw, ['2'], '2')).toBeNull();
  });

  it('ticks goals in the framework’s order, and every goal ticked as none', () => {
    expect(toggleGoal(fw, [], '2.2')).toEqual(['2.2']);
    expect(toggleGoal(fw, ['2.2'], '1.1')).toEqual(['1.1', '2.2']);
    expect(toggleGoal(fw, ['1.1', '2.2'], '2.2')).toEqual(['1.1']);
    expect(toggleGoal(fw, ['1.1', '1.2', '2.1'], '2.2')).toEqual([]);
    expect(toggleGoal(fw, ['1.1'], '1.1')).toEqual([]);
  });
});
