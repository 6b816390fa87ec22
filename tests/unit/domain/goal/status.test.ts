import { describe, expect, it } from 'vitest';
import { frameworkGoals } from '@/domain/contract/framework-schema';
import { STATE_CODES } from '@/domain/format/jurisdictions';
import {
  describeGoalStatuses,
  describeGoalStatusPieces,
  summaryText,
  findGoal,
  goalStatusRows,
  sortStatusRows,
  statusCounts,
  type GoalStatusRow,
} from '@/domain/goal/status';
import type { EditionSummary, SummaryState } from '@/domain/contract/summary-schema';
import { loadFramework } from '../../fixtures/evaluation-fixture';

const framework = loadFramework();
/** Thirteen jurisdictions, one more than a summary names. */
const THIRTEEN = ['AL', 'AK', 'AZ', 'AR', 'CA', 'CO', 'DE', 'DC', 'FL', 'GA', 'HI', 'ID', 'IL'];
const goalIds = frameworkGoals(framework).map((g) => g.id);

function state(code: string, statuses: Record<string, string>): SummaryState {
  const text = goalIds.map((id) => statuses[id] ?? 'n').join('');
  return {
    code,
    asOf: null,
    statuses: text,
    evaluated: text.replace(/n/g, '').length,
    score: null,
    issueScores: framework.issueAreas.map(() => null),
  };
}

function summary(states: SummaryState[]): EditionSummary {
  return {
    schemaVersion: 1,
    dataset: 'real',
    synthetic: false,
    framework: framework.id,
    year: 2022,
    goals: goalIds,
    issueAreas: framework.issueAreas.map((a) => a.id),
    states,
  };
}

describe('findGoal', () => {
  it('finds a goal with its issue area and neighbours across areas', () => {
    const found = findGoal(framework, '2.1');
    expect(found?.goal.id).toBe('2.1');
    expect(found?.area.id).toBe('2');
    expect(found?.previous?.id).toBe('1.7');
    expect(found?.next?.id).toBe('2.2');
  });

  it('has no previous for the first goal and no next for the last', () => {
    expect(findGoal(framework, '1.1')?.previous).toBeUndefined();
    expect(findGoal(framework, '6.6')?.next).toBeUndefined();
  });

  it('returns undefined for a goal the framework does not have', () => {
    expect(findGoal(framework, '9.9')).toBeUndefined();
    expect(findGoal(framework, '2.99')).toBeUndefined();
  });
});

describe('goalStatusRows', () => {
  it('gives all 51 jurisdictions, unknown where the summary has no state', () => {
    const rows = goalStatusRows(summary([state('CT', { '2.9': 'p' }), state('MA', {})]), '2.9');
    expect(rows).toHaveLength(51);
    const byCode = new Map(rows.map((r) => [r.code, r]));
    expect(byCode.get('CT')).toMatchObject({
      name: 'Connecticut',
      status: 'partial',
      inSummary: true,
    });
    expect(byCode.get('MA')).toMatchObject({ status: 'not-evaluated', inSummary: true });
    expect(byCode.get('TX')).toMatchObject({ status: 'not-evaluated', inSummary: false });
  });

  it('reads every status letter at the goal’s index', () => {
    const rows = goalStatusRows(
      summary([state('AL', { '6.6': 'm' }), state('AK', { '6.6': 'd' }), state('AZ', {})]),
      '6.6',
    );
    const counts = statusCounts(rows);
    expect(counts).toEqual({ meets: 1, partial: 0, 'does-not-meet': 1, 'not-evaluated': 49 });
  });

  it('reads an unknown goal id as not evaluated everywhere', () => {
    const rows = goalStatusRows(summary([state('CT', { '1.1': 'm' })]), '9.9');
    expect(rows.every((r) => r.status === 'not-evaluated')).toBe(true);
  });
});

describe('sortStatusRows', () => {
  const rows = [
    { name: 'Texas', status: 'not-evaluated' },
    { name: 'Alaska', status: 'does-not-meet' },
    { name: 'Maine', status: 'meets' },
    { name: 'Iowa', status: 'partial' },
    { name: 'Ohio', status: 'meets' },
  ] as Pick<GoalStatusRow, 'name' | 'status'>[];

  it('sorts by name either way', () => {
    expect(sortStatusRows(rows, 'name', 'ascending').map((r) => r.name)).toEqual([
      'Alaska',
      'Iowa',
      'Maine',
      'Ohio',
      'Texas',
    ]);
    expect(sortStatusRows(rows, 'name', 'descending').map((r) => r.name)[0]).toBe('Texas');
  });

  it('sorts by status best first or worst first, unknown always last, ties by name', () => {
    expect(sortStatusRows(rows, 'status', 'ascending').map((r) => r.name)).toEqual([
      'Maine',
      'Ohio',
      'Iowa',
      'Alaska',
      'Texas',
    ]);
    expect(sortStatusRows(rows, 'status', 'descending').map((r) => r.name)).toEqual([
      'Alaska',
      'Iowa',
      'Maine',
      'Ohio',
      'Texas',
    ]);
  });

  it('does not change its input', () => {
    const copy = [...rows];
    sortStatusRows(rows, 'status', 'ascending');
    expect(rows).toEqual(copy);
  });
});

describe('describeGoalStatuses', () => {
  it('names the few evaluated states and counts the unknown', () => {
    const rows = goalStatusRows(summary([state('CT', { '2.9': 'p' })]), '2.9');
    expect(describeGoalStatuses(rows, '2.9')).toBe(
      '1 of 51 jurisdictions has an evaluation of goal 2.9: Connecticut partly meets it. The other 50 are not evaluated (unknown).',
    );
  });

  it('counts rather than names when more than a dozen share a status', () => {
    const many = THIRTEEN.map((code) => state(code, { '1.1': 'm' }));
    const rows = goalStatusRows(summary([...many, state('CT', { '1.1': 'd' })]), '1.1');
    expect(describeGoalStatuses(rows, '1.1')).toBe(
      '14 of 51 jurisdictions have an evaluation of goal 1.1: 13 meet it; Connecticut does not meet it. The other 37 are not evaluated (unknown).',
    );
  });

  it('names the states of a status when they are a dozen or fewer, the unknown too', () => {
    const twelve = THIRTEEN.slice(0, 12).map((code) => state(code, { '1.1': 'm' }));
    const others = STATE_CODES.filter((c) => !THIRTEEN.slice(0, 12).includes(c) && c !== 'WY');
    const rows = goalStatusRows(
      summary([...twelve, ...others.map((c) => state(c, { '1.1': 'd' }))]),
      '1.1',
    );
    expect(describeGoalStatuses(rows, '1.1')).toBe(
      '50 of 51 jurisdictions have an evaluation of goal 1.1: Alabama, Alaska, Arizona, Arkansas, California, Colorado, Delaware, District of Columbia, Florida, Georgia, Hawaii and Idaho meet it; 38 do not meet it. The other 1 is not evaluated (unknown): Wyoming.',
    );
  });

  it('links the statuses too large to name to the table filtered by them', () => {
    const many = THIRTEEN.map((code) => state(code, { '1.1': 'm' }));
    const pieces = describeGoalStatusPieces(goalStatusRows(summary(many), '1.1'), '1.1');
    expect(pieces.filter((p) => typeof p !== 'string')).toEqual([
      { status: 'meets', count: 13, label: 'see the 13', more: 'that meet it, in the table' },
      {
        status: 'not-evaluated',
        count: 38,
        label: 'see the 38',
        more: 'not evaluated, in the table',
      },
    ]);
    expect(summaryText(pieces)).toBe(
      '13 of 51 jurisdictions have an evaluation of goal 1.1: 13 meet it. The other 38 are not evaluated (unknown).',
    );
  });

  it('speaks of the chosen jurisdictions when only they are shown', () => {
    const rows = goalStatusRows(summary([state('CT', { '2.9': 'p' })]), '2.9').filter((r) =>
      ['CT', 'MA', 'NY', 'RI'].includes(r.code),
    );
    expect(describeGoalStatuses(rows, '2.9', { chosenOnly: true })).toBe(
      '1 of the 4 chosen jurisdictions has an evaluation of goal 2.9: Connecticut partly meets it. The other 3 are not evaluated (unknown): Massachusetts, New York and Rhode Island.',
    );
    const one = rows.filter((r) => r.code === 'MA');
    expect(describeGoalStatuses(one, '2.9', { chosenOnly: true })).toBe(
      'The chosen jurisdiction, Massachusetts, has no evaluation of goal 2.9 in this edition: its status is unknown.',
    );
  });

  it('says plainly when nothing is evaluated', () => {
    const rows = goalStatusRows(summary([]), '1.1');
    expect(describeGoalStatuses(rows, '1.1')).toMatch(/^None of the 51 jurisdictions/);
  });
});
