import { describe, expect, it } from 'vitest';
import { frameworkGoals } from '@/domain/contract/framework-schema';
import {
  editionSummarySchema,
  type EditionSummary,
  type SummaryState,
} from '@/domain/contract/summary-schema';
import { goalsListTable } from '@/domain/goals-list/export';
import {
  filterGoalsList,
  goalMatches,
  goalsList,
  searchTokens,
  statusShares,
  type GoalListItem,
} from '@/domain/goals-list/model';
import { describeGoalsList, describeSearch } from '@/domain/goals-list/text';
import realFixture from '../../../../mocks/fixtures/goal-real-2022-summary.json';
import { loadFramework } from '../../fixtures/evaluation-fixture';

const framework = loadFramework();
const goalIds = frameworkGoals(framework).map((g) => g.id);
const real = editionSummarySchema.parse(realFixture);

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
    dataset: 'demo',
    synthetic: true,
    framework: framework.id,
    year: 2022,
    goals: goalIds,
    issueAreas: framework.issueAreas.map((a) => a.id),
    states,
  };
}

function goal(list: ReturnType<typeof goalsList>, id: string): GoalListItem {
  const found = list.areas.flatMap((a) => a.goals).find((g) => g.id === id);
  if (!found) throw new Error(`no goal ${id}`);
  return found;
}

const ids = (list: ReturnType<typeof goalsList>) =>
  list.areas.flatMap((a) => a.goals.map((g) => g.id));

describe('the list of goals', () => {
  it('holds every goal of the framework, by issue area, in the framework’s order', () => {
    const list = goalsList(framework, real);
    expect(list.goalCount).toBe(40);
    expect(list.frameworkGoalCount).toBe(40);
    expect(list.areas.map((a) => a.id)).toEqual(['1', '2', '3', '4', '5', '6']);
    expect(list.areas[1]?.title).toBe('Identification of & Response to Victims');
    expect(ids(list)).toEqual(goalIds);
  });

  it('counts each status over all 51 jurisdictions, a state missing from the summary as unknown', () => {
    const list = goalsList(
      framework,
      summary([
        state('CT', { '1.1': 'm', '2.9': 'p' }),
        state('MA', { '1.1': 'm', '2.9': 'd' }),
        state('NY', { '1.1': 'p' }),
        state('RI', {}),
      ]),
    );
    expect(goal(list, '1.1').counts).toEqual({
      meets: 2,
      partial: 1,
      'does-not-meet': 0,
      'not-evaluated': 48,
    });
    expect(goal(list, '2.9').counts).toEqual({
      meets: 0,
      partial: 1,
      'does-not-meet': 1,
      'not-evaluated': 49,
    });
    expect(goal(list, '6.6').counts['not-evaluated']).toBe(51);
    for (const g of list.areas.flatMap((a) => a.goals)) {
      expect(Object.values(g.counts).reduce((n, c) => n + c, 0)).toBe(51);
    }
    expect(list.evaluated.map((e) => e.code)).toEqual(['CT', 'MA', 'NY']);
  });

  it('counts a goal the summary does not list as not evaluated everywhere', () => {
    const s = summary([state('CT', { '1.1': 'm' })]);
    const list = goalsList(framework, { ...s, goals: s.goals.filter((g) => g !== '1.1') });
    expect(goal(list, '1.1').counts['not-evaluated']).toBe(51);
  });

  it('on the report data of 2022: Connecticut alone evaluated, every other state unknown', () => {
    const list = goalsList(framework, real);
    expect(list.evaluated).toEqual([{ code: 'CT', name: 'Connecticut', goals: 40 }]);
    expect(goal(list, '2.9').counts).toMatchObject({ partial: 1, 'not-evaluated': 50 });
    expect(describeGoalsList(list)).toMatch(
      /^40 policy goals in 6 issue areas; each goal’s counts are of the 51 jurisdictions\. 1 of 51 has evaluations in this edition: Connecticut \(all 40 goals\)\. The other 50 are not evaluated on any goal \(unknown, not “does not meet”\)\./,
    );
  });

  it('gives each status’s share for a bar, leaving out the statuses no state has', () => {
    expect(statusShares({ meets: 1, partial: 0, 'does-not-meet': 1, 'not-evaluated': 2 })).toEqual([
      { status: 'meets', percent: 25 },
      { status: 'does-not-meet', percent: 25 },
      { status: 'not-evaluated', percent: 50 },
    ]);
  });
});

describe('searching the list', () => {
  const list = goalsList(framework, real);

  it('finds a goal by its number', () => {
    expect(ids(filterGoalsList(list, '2.5'))).toEqual(['2.5']);
    expect(ids(filterGoalsList(list, ' goal 4.6 '))).toEqual(['4.6']);
    expect(ids(filterGoalsList(list, 'Policy Goal 2.9.'))).toEqual(['2.9']);
  });

  it('reads a number without a point as an issue area, and a partial number as typed so far', () => {
    expect(ids(filterGoalsList(list, '3'))).toEqual(
      list.areas.find((a) => a.id === '3')!.goals.map((g) => g.id),
    );
    expect(ids(filterGoalsList(list, '2.1'))).toEqual(['2.1', '2.10', '2.11']);
  });

  it('finds goals by words of the title, in any case, without accents, every word needed', () => {
    const juvenile = ids(filterGoalsList(list, 'Juvenile'));
    expect(juvenile).toContain('2.9');
    expect(ids(filterGoalsList(list, 'JUVÉNILE court jurisdiction'))).toEqual(['2.9']);
    expect(ids(filterGoalsList(list, 'juven'))).toEqual(juvenile);
    expect(ids(filterGoalsList(list, 'limitation'))).toContain('4.6');
    expect(filterGoalsList(list, 'juvenile zebra').goalCount).toBe(0);
  });

  it('leaves out the areas with no match, and counts what is left', () => {
    const shown = filterGoalsList(list, '2.9');
    expect(shown.areas.map((a) => a.id)).toEqual(['2']);
    expect(shown.goalCount).toBe(1);
    expect(shown.frameworkGoalCount).toBe(40);
    expect(filterGoalsList(list, '   ')).toBe(list);
    expect(filterGoalsList(list, 'goal')).toBe(list);
  });

  it('splits a search into words, dropping the words that name no goal', () => {
    expect(searchTokens('  Goal 2.5, “Court” ')).toEqual(['2.5', 'court']);
    expect(searchTokens('victim’s')).toEqual(["victim's"]);
    expect(goalMatches({ id: '1.1', title: 'Applies to children under 18.' }, ['18'])).toBe(true);
    expect(goalMatches({ id: '1.1', title: 'Applies to children under 18.' }, ['1'])).toBe(true);
    expect(goalMatches({ id: '1.1', title: 'Applies to children under 18.' }, ['8'])).toBe(false);
  });

  it('says what it shows', () => {
    expect(describeSearch(list, '')).toBe('Showing all 40 goals.');
    expect(describeSearch(filterGoalsList(list, '2.5'), '2.5')).toBe(
      'Showing 1 of 40 goals matching “2.5”.',
    );
    expect(describeSearch(filterGoalsList(list, 'zebra'), ' zebra ')).toBe(
      'No goal matches “zebra”. Search by a goal’s number or words of its title.',
    );
  });
});

describe('the list’s summary', () => {
  it('names up to a dozen evaluated jurisdictions, counts more, and names the goal met most', () => {
    const few = goalsList(
      framework,
      summary([state('CT', { '1.1': 'm', '1.2': 'm' }), state('MA', { '1.1': 'm' })]),
    );
    expect(describeGoalsList(few)).toBe(
      '40 policy goals in 6 issue areas; each goal’s counts are of the 51 jurisdictions. ' +
        '2 of 51 have evaluations in this edition: Connecticut (2 of 40) and Massachusetts (1 of 40). ' +
        'The other 49 are not evaluated on any goal (unknown, not “does not meet”). ' +
        'Most often met: goal 1.1 (2 of 51).',
    );
    const all = goalsList(
      framework,
      summary(
        ['AL', 'AK', 'AZ', 'AR', 'CA', 'CO', 'CT', 'DE', 'DC', 'FL', 'GA', 'HI', 'ID'].map((c) =>
          state(c, Object.fromEntries(goalIds.map((id) => [id, 'd']))),
        ),
      ),
    );
    expect(describeGoalsList(all)).toBe(
      '40 policy goals in 6 issue areas; each goal’s counts are of the 51 jurisdictions. ' +
        '13 of 51 have evaluations in this edition, 13 of them on all 40 goals. ' +
        'The other 38 are not evaluated on any goal (unknown, not “does not meet”). ' +
        'No jurisdiction meets any goal in this edition.',
    );
  });

  it('says plainly when nothing is evaluated', () => {
    expect(describeGoalsList(goalsList(framework, summary([])))).toMatch(
      /No jurisdiction has an evaluation in this edition of the dataset: every status is unknown/,
    );
  });
});

describe('the list’s export', () => {
  it('has one row per goal shown, counts as numbers, the same columns the page shows', () => {
    const table = goalsListTable(filterGoalsList(goalsList(framework, real), 'juvenile court'));
    expect(table.columns.map((c) => c.label)).toEqual([
      'Issue area',
      'Issue area title',
      'Goal',
      'Title',
      'Meets',
      'Partly meets',
      'Does not meet',
      'Not evaluated',
      'Jurisdictions',
    ]);
    expect(table.rows).toEqual([
      expect.objectContaining({
        issueArea: '2',
        goal: '2.9',
        partial: 1,
        meets: 0,
        'not-evaluated': 50,
        jurisdictions: 51,
      }),
    ]);
  });
});
