import { describe, expect, it } from 'vitest';
import {
  describeLimitation,
  describeLimitations,
  describeProtectionCount,
  describeProtections,
  limitationCategory,
  limitationRows,
  limitationTileValue,
  protectionRows,
} from '@/domain/facts/limitations-protections';
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

describe('victim protections', () => {
  const rows = protectionRows(
    summary([
      st('CT', {
        victimProtections: {
          advocate: true,
          courtroomSupports: false,
          identityProtected: false,
          basis: 'report',
        },
      }),
      st('NY', {
        victimProtections: {
          advocate: true,
          courtroomSupports: true,
          identityProtected: true,
          basis: 'synthetic',
        },
      }),
      st('MA', {
        victimProtections: {
          advocate: true,
          courtroomSupports: null,
          identityProtected: false,
          basis: 'synthetic',
        },
      }),
    ]),
  );
  const row = (code: string) => rows.find((r) => r.code === code)!;

  it('counts the protections in law and keeps unknown apart', () => {
    expect(row('CT')).toMatchObject({ provided: 1, unknown: 0 });
    expect(row('CT').values).toEqual({
      advocate: 'yes',
      courtroomSupports: 'no',
      identityProtected: 'no',
    });
    expect(row('MA')).toMatchObject({ provided: 1, unknown: 1 });
    expect(row('TX').facts).toBeNull();
    expect(row('TX').values.advocate).toBe('unknown');
  });

  it('describes counts honestly', () => {
    expect(describeProtectionCount(row('CT'))).toBe('1 of 3 in law');
    expect(describeProtectionCount(row('MA'))).toBe('at least 1 of 3 in law (1 unknown)');
    expect(describeProtectionCount(row('TX'))).toBe('Unknown (no data)');
    expect(describeProtections(rows)).toBe(
      'Of 3 jurisdictions with data, 1 provides all three protections in law and 0 provide none. ' +
        'Right to a victim advocate: 3 of 3. Courtroom supports when testifying: 1 of 3. ' +
        'Identity protected in court records: 1 of 3. 48 jurisdictions are unknown.',
    );
  });
});
