import { describe, expect, it } from 'vitest';
import {
  describeLimitation,
  describeLimitations,
  limitationCategory,
  limitationRows,
  limitationTileValue,
} from '@/domain/facts/limitations';
import type { EditionSummary, SummaryState } from '@/domain/contract/summary-schema';

function st(code: string, facts: SummaryState['facts']): SummaryState {
  return {
    code,
    asOf: null,
    statuses: '',
    evaluated: 0,
    score: null,
    issueScores: [],
    ...(facts ? { facts } : {}),
  };
}

function summary(states: SummaryState[]): EditionSummary {
  return {
    schemaVersion: 1,
    dataset: 'demo',
    synthetic: true,
    framework: 'shared-hope-2022',
    year: 2022,
    goals: [],
    issueAreas: [],
    states,
  };
}

describe('statutes of limitation', () => {
  it('says each rule in words, unknown as unknown', () => {
    expect(describeLimitation({ kind: 'none' })).toBe('No time limit');
    expect(describeLimitation({ kind: 'years', years: 30, from: 'age-21' })).toBe(
      '30 years from age 21',
    );
    expect(describeLimitation({ kind: 'years', years: 1, from: 'offense' })).toBe(
      '1 year from the offense',
    );
    expect(describeLimitation({ kind: 'years', years: 20, from: 'discovery' })).toBe(
      '20 years from discovery',
    );
    expect(describeLimitation(null)).toBe('Unknown');
    expect(describeLimitation(undefined)).toBe('Unknown');
  });

  it('groups periods for the map without hiding “no limit” or unknown', () => {
    expect(limitationCategory({ kind: 'none' })).toBe('none');
    expect(limitationCategory({ kind: 'years', years: 25, from: 'offense' })).toBe('long');
    expect(limitationCategory({ kind: 'years', years: 10, from: 'offense' })).toBe('medium');
    expect(limitationCategory({ kind: 'years', years: 3, from: 'offense' })).toBe('short');
    expect(limitationCategory(null)).toBe('unknown');
    expect(limitationTileValue({ kind: 'none' })).toBe('∞');
    expect(limitationTileValue({ kind: 'years', years: 30, from: 'age-21' })).toBe('30y');
    expect(limitationTileValue(null)).toBe('?');
  });

  it('counts states with and without a limit, and the unknown', () => {
    const rows = limitationRows(
      summary([
        st('CT', {
          statuteOfLimitations: {
            criminal: { kind: 'none' },
            civil: { kind: 'years', years: 30, from: 'age-21' },
            basis: 'report',
          },
        }),
        st('MA', {
          statuteOfLimitations: { criminal: null, civil: { kind: 'none' }, basis: 'synthetic' },
        }),
      ]),
    );
    expect(rows).toHaveLength(51);
    expect(describeLimitations(rows, 'criminal')).toBe(
      'For criminal prosecutions, 1 of 1 jurisdictions with data set no time limit; 0 set one. 50 are unknown.',
    );
    expect(describeLimitations(rows, 'civil')).toBe(
      'For civil actions, 1 of 2 jurisdictions with data set no time limit; 1 set one. 49 are unknown.',
    );
    expect(describeLimitations(limitationRows(summary([])), 'civil')).toMatch(/^No jurisdiction/);
  });
});
