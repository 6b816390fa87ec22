import { describe, expect, it } from 'vitest';
import {
  ageAxis,
  agePosition,
  describeAgeRange,
  describeJuvenileAges,
  juvenileFactDifferences,
  juvenileRows,
  juvenileSortKey,
  sortJuvenileRows,
  type JuvenileFacts,
} from '@/domain/facts/juvenile';
import { yesNo } from '@/domain/facts/fact-values';
import type { EditionSummary, SummaryState } from '@/domain/contract/summary-schema';

function facts(partial: Partial<JuvenileFacts>): JuvenileFacts {
  return {
    minAge: 10,
    maxAge: 17,
    automaticTransfer: false,
    directFile: false,
    discretionaryTransfer: true,
    traumaConsidered: null,
    basis: 'reference',
    ...partial,
  };
}

function st(code: string, f: SummaryState['facts']): SummaryState {
  return {
    code,
    asOf: null,
    statuses: '',
    evaluated: 0,
    score: null,
    issueScores: [],
    ...(f ? { facts: f } : {}),
  };
}

function summary(states: SummaryState[]): EditionSummary {
  return {
    schemaVersion: 1,
    dataset: 'real',
    synthetic: false,
    framework: 'shared-hope-2022',
    year: 2022,
    goals: [],
    issueAreas: [],
    states,
  };
}

const report = facts({
  basis: 'report',
  automaticTransfer: true,
  directFile: null,
  traumaConsidered: false,
});
const reference = facts({ minConfidence: 'medium' });

const rows = juvenileRows(
  summary([
    st('CT', { juvenileJurisdiction: report, referenceJuvenileJurisdiction: reference }),
    st('AL', { juvenileJurisdiction: facts({ minAge: null, minConfidence: 'high' }) }),
    st('NY', { referenceJuvenileJurisdiction: facts({ minAge: 12, maxAge: 17 }) }),
    st('VT', { juvenileJurisdiction: facts({ minAge: 10, maxAge: 18 }) }),
    st('MA', undefined),
  ]),
);
const row = (code: string) => rows.find((r) => r.code === code)!;

describe('juvenileRows', () => {
  it('uses the report’s reading and keeps the reference beside it', () => {
    expect(rows).toHaveLength(51);
    expect(row('CT').facts?.basis).toBe('report');
    expect(row('CT').reference?.basis).toBe('reference');
  });

  it('uses reference data alone when that is all there is', () => {
    expect(row('NY').facts?.minAge).toBe(12);
    expect(row('NY').reference).toBeNull();
    expect(row('NY').differences).toEqual([]);
  });

  it('leaves a state without facts unknown', () => {
    expect(row('MA').facts).toBeNull();
    expect(row('TX').facts).toBeNull();
  });

  it('marks only real disagreements: one side not knowing is not one', () => {
    // The report says automatic transfer yes, the reference no; direct file and trauma are
    // unknown on one side each.
    expect(row('CT').differences).toEqual(['automaticTransfer']);
  });
});

describe('juvenileFactDifferences', () => {
  it('treats a null minimum age as a value (no statutory minimum), not as unknown', () => {
    expect(juvenileFactDifferences(facts({ minAge: null }), facts({ minAge: 7 }))).toEqual([
      'minAge',
    ]);
    expect(juvenileFactDifferences(facts({ maxAge: null }), facts({ maxAge: 17 }))).toEqual([]);
  });
});

describe('sortJuvenileRows', () => {
  it('puts no statutory minimum first by minimum age, unknown last, ties by name', () => {
    const order = sortJuvenileRows(rows, 'min-age').map((r) => r.code);
    expect(order.slice(0, 4)).toEqual(['AL', 'CT', 'VT', 'NY']);
    // Everything without facts sorts after every state with facts.
    expect(order.indexOf('MA')).toBeGreaterThan(order.indexOf('NY'));
  });

  it('sorts by maximum age and by name', () => {
    const byMax = sortJuvenileRows(rows, 'max-age').map((r) => r.code);
    expect(byMax.slice(0, 4)).toEqual(['AL', 'CT', 'NY', 'VT']);
    const byName = sortJuvenileRows(rows, 'name').map((r) => r.name);
    expect(byName[0]).toBe('Alabama');
    expect(byName[50]).toBe('Wyoming');
  });

  it('reads the sort key from the URL value, defaulting to minimum age', () => {
    expect(juvenileSortKey('max-age')).toBe('max-age');
    expect(juvenileSortKey('name')).toBe('name');
    expect(juvenileSortKey('score')).toBe('min-age');
    expect(juvenileSortKey(null)).toBe('min-age');
  });
});

describe('age axis', () => {
  it('starts left of the youngest minimum so “no minimum” has room, and ends after the oldest', () => {
    const axis = ageAxis(rows);
    expect(axis.from).toBe(4);
    expect(axis.to).toBe(19);
    expect(axis.ticks[0]).toBe(4);
    expect(axis.ticks[axis.ticks.length - 1]).toBe(19);
    expect(agePosition(axis, 4)).toBe(0);
    expect(agePosition(axis, 19)).toBe(100);
  });

  it('widens to the data', () => {
    const axis = ageAxis(
      juvenileRows(summary([st('AZ', { juvenileJurisdiction: facts({ minAge: 3, maxAge: 21 }) })])),
    );
    expect(axis.from).toBe(1);
    expect(axis.to).toBe(22);
  });
});

describe('words', () => {
  it('never reads no minimum as zero', () => {
    expect(describeAgeRange({ minAge: null, maxAge: 17 })).toBe('no statutory minimum to 17');
    expect(describeAgeRange({ minAge: 10, maxAge: 17 })).toBe('10 to 17');
    expect(describeAgeRange({ minAge: 10, maxAge: null })).toBe('10 to unknown');
  });

  it('keeps unknown booleans unknown', () => {
    expect(yesNo(true)).toBe('yes');
    expect(yesNo(false)).toBe('no');
    expect(yesNo(null)).toBe('unknown');
    expect(yesNo(undefined)).toBe('unknown');
  });

  it('summarises the comparison from the rows', () => {
    expect(describeJuvenileAges(rows)).toBe(
      'Of 4 jurisdictions with facts, 1 sets no statutory minimum age for juvenile court and 3 set a minimum age between 10 and 12. ' +
        'The oldest age handled in juvenile court is 17 in 3, 18 in 1. ' +
        '47 jurisdictions have no data (unknown). ' +
        'The report and the reference data differ for Connecticut (automatic transfer / statutory exclusion): both are shown.',
    );
    expect(describeJuvenileAges(juvenileRows(summary([])))).toMatch(/^No jurisdiction has/);
  });
});
