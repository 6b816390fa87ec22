import { describe, expect, it } from 'vitest';
import {
  CARRIED_PARAMS,
  carriedState,
  DEFAULT_VIEW_STATE,
  goalSortKeys,
  patchedState,
  type ViewState,
} from '@/domain/url/url-state';
import { loadFramework } from '../../fixtures/evaluation-fixture';

const framework = loadFramework();

const shown: ViewState = {
  dataset: 'demo',
  year: 2021,
  measure: 'score',
  states: ['CT', 'MA'],
  issues: ['2'],
  goals: ['2.9'],
  status: ['meets'],
  sort: 'name',
  diff: true,
  chosen: true,
  weights: { '2.9': 2 },
  cell: { code: 'CT', goalId: '2.9' },
};

describe('the one default view state', () => {
  it('is frozen all the way down, since links share its lists', () => {
    expect(Object.isFrozen(DEFAULT_VIEW_STATE)).toBe(true);
    for (const value of Object.values(DEFAULT_VIEW_STATE)) {
      if (typeof value === 'object' && value !== null) expect(Object.isFrozen(value)).toBe(true);
    }
  });
});

describe('links to another view', () => {
  it('carry the dataset, the edition and the states, and start from the defaults otherwise', () => {
    expect(CARRIED_PARAMS).toEqual(['dataset', 'year', 'states']);
    expect(carriedState(shown)).toEqual({
      ...DEFAULT_VIEW_STATE,
      dataset: 'demo',
      year: 2021,
      states: ['CT', 'MA'],
    });
  });

  it('take a patch over what they carry', () => {
    expect(carriedState(shown, { year: null, goals: ['4.6'] })).toEqual({
      ...DEFAULT_VIEW_STATE,
      dataset: 'demo',
      states: ['CT', 'MA'],
      goals: ['4.6'],
    });
  });
});

describe('a change to the shown view', () => {
  const yearsOf = (dataset: string) => (dataset === 'demo' ? [2021, 2022] : [2022, 2023]);

  it('keeps everything the patch leaves alone', () => {
    expect(patchedState(shown, { sort: 'score' }, yearsOf)).toEqual({ ...shown, sort: 'score' });
  });

  it('drops an edition the other dataset does not have when switching dataset', () => {
    expect(patchedState(shown, { dataset: 'real' }, yearsOf).year).toBeNull();
    expect(patchedState({ ...shown, year: 2022 }, { dataset: 'real' }, yearsOf).year).toBe(2022);
    expect(patchedState(shown, { dataset: 'real', year: 2023 }, yearsOf).year).toBe(2023);
  });
});

describe('goal pages', () => {
  it('pin an order only where the goal’s chart has one (goal 2.9)', () => {
    expect(goalSortKeys({ view: 'goal', goalId: '2.9' }, framework)).toEqual(['year', 'sort']);
    expect(goalSortKeys({ view: 'goal', goalId: '4.6' }, framework)).toEqual(['year']);
  });

  it('follow the framework file: the order goes with the goal that holds the ages', () => {
    const moved = {
      issueAreas: framework.issueAreas.map((a) => ({
        ...a,
        goals: a.goals.map((g) => ({
          ...g,
          facts: g.id === '3.2' ? (['juvenileJurisdiction'] as const) : undefined,
        })),
      })),
    };
    expect(goalSortKeys({ view: 'goal', goalId: '2.9' }, moved)).toEqual(['year']);
    expect(goalSortKeys({ view: 'goal', goalId: '3.2' }, moved)).toEqual(['year', 'sort']);
    // Before the framework loads: the edition only.
    expect(goalSortKeys({ view: 'goal', goalId: '2.9' })).toEqual(['year']);
  });
});
