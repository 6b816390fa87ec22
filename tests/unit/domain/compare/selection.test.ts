import { describe, expect, it } from 'vitest';
import {
  addState,
  COMPARE_SUGGESTIONS,
  compareStarters,
  comparedStates,
  matchJurisdictions,
  MAX_COMPARE,
  removeState,
} from '@/domain/compare/selection';
import { summaryOf } from '../scores/scores-fixtures';

describe('compare selection', () => {
  it('adds in order, refusing repeats, unknown codes and a seventh state', () => {
    expect(addState(['CT'], 'ma')).toEqual({ states: ['CT', 'MA'] });
    expect(addState(['CT'], 'CT')).toEqual({ states: ['CT'], problem: 'duplicate' });
    expect(addState(['CT'], 'ZZ')).toEqual({ states: ['CT'], problem: 'unknown' });
    const six = ['CT', 'MA', 'NY', 'RI', 'VT', 'NH'];
    expect(six).toHaveLength(MAX_COMPARE);
    expect(addState(six, 'ME')).toEqual({ states: six, problem: 'limit' });
  });

  it('removes a state and keeps the order of the others', () => {
    expect(removeState(['CT', 'MA', 'NY'], 'MA')).toEqual(['CT', 'NY']);
  });

  it('cuts a longer list from a link to six, naming what it left out', () => {
    expect(comparedStates(['CT', 'MA', 'NY', 'RI', 'VT', 'NH', 'ME', 'NJ'])).toEqual({
      shown: ['CT', 'MA', 'NY', 'RI', 'VT', 'NH'],
      dropped: ['ME', 'NJ'],
    });
  });

  it('matches by code, then name prefix, then word prefix, then anywhere', () => {
    expect(matchJurisdictions('ny')[0]?.code).toBe('NY');
    expect(matchJurisdictions('new').map((j) => j.code)).toEqual(['NH', 'NJ', 'NM', 'NY']);
    expect(matchJurisdictions('car').map((j) => j.code)).toEqual(['NC', 'SC']);
    expect(matchJurisdictions('ouri').map((j) => j.code)).toEqual(['MO']);
    expect(matchJurisdictions('', ['AL'])[0]?.code).toBe('AK');
    expect(matchJurisdictions('xyz')).toEqual([]);
  });
});

describe('starting points', () => {
  const juvenile = {
    minAge: 12,
    maxAge: 17,
    automaticTransfer: true,
    directFile: false,
    discretionaryTransfer: false,
    traumaConsidered: null,
    basis: 'reference' as const,
  };
  // The report data's shape: one state evaluated, the others with reference facts or grades only.
  const real = summaryOf(
    { CT: 'mpdn', MA: 'nnnn', NY: 'nnnn', RI: 'nnnn', CA: 'nnnn', TX: 'nnnn', FL: 'nnnn' },
    {
      MA: {
        facts: { juvenileJurisdiction: juvenile },
        published: { grade: 'F', confidence: 'high' },
      },
      NY: { facts: { juvenileJurisdiction: juvenile } },
      RI: { facts: { juvenileJurisdiction: juvenile } },
      CA: { facts: { juvenileJurisdiction: juvenile } },
      TX: { facts: { juvenileJurisdiction: juvenile } },
    },
  );

  it('offers only sets with the states the edition has evaluated (report data)', () => {
    const starters = compareStarters(real);
    expect(starters.map((s) => s.states)).toEqual([
      ['CT', 'MA', 'NY', 'RI'],
      ['CT', 'MA'],
    ]);
    expect(starters[0]!.note).toBe(
      'Connecticut evaluated (3 of 4 goals); Massachusetts, New York and Rhode Island: no goal evaluated (reference facts and published grades only).',
    );
  });

  it('offers every set whose states are evaluated (demo data), keeping a chosen first state', () => {
    const codes = ['CT', 'MA', 'NY', 'RI', 'CA', 'TX', 'FL'];
    const demo = summaryOf(Object.fromEntries(codes.map((c) => [c, 'mpdm'])));
    expect(compareStarters(demo).map((s) => s.label)).toEqual(
      COMPARE_SUGGESTIONS.map((s) => s.label),
    );
    expect(compareStarters(demo)[2]!.note).toBe('All evaluated (4 of 4 goals each).');
    expect(compareStarters(demo, ['TX']).map((s) => s.states)).toEqual([
      ['TX', 'CT', 'MA', 'NY', 'RI'],
      ['TX', 'CT', 'MA'],
      ['TX', 'CA', 'FL', 'NY'],
    ]);
  });

  it('makes a set of the most evaluated states when the usual ones have no data', () => {
    const other = summaryOf({ AK: 'mmmm', HI: 'mpnn', ME: 'mnnn', CT: 'nnnn' });
    expect(compareStarters(other)).toEqual([
      {
        label: 'The states with the most goals evaluated',
        states: ['AK', 'HI', 'ME'],
        note: 'Alaska 4 of 4 goals evaluated, Hawaii 2 of 4 goals evaluated, Maine 1 of 4 goals evaluated.',
      },
    ]);
    expect(compareStarters(summaryOf({}))).toEqual([]);
  });
});
