import { describe, expect, it } from 'vitest';
import {
  describeProtectionCount,
  describeProtections,
  protectionRows,
} from '@/domain/facts/protections';
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
