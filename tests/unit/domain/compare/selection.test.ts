import { describe, expect, it } from 'vitest';
import {
  addState,
  comparedStates,
  matchJurisdictions,
  MAX_COMPARE,
  removeState,
} from '@/domain/compare/selection';

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
