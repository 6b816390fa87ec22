import { describe, expect, it } from 'vitest';
import {
  defaultMeasure,
  hasValue,
  juvenileFact,
  measureKey,
  measureLabel,
  measureLongLabel,
  measureOfKind,
  parseMeasure,
  statesWithValue,
  type OverviewMeasure,
} from '@/domain/overview/measure';
import { editionSummarySchema, type EditionSummary } from '@/domain/contract/summary-schema';
import { MEASURE_PATTERN } from '@/domain/url/url-state';
import demoFixture from '../../../../mocks/fixtures/demo-2022-summary.json';
import realFixture from '../../../../mocks/fixtures/real-2022-summary.json';
import { summaryState, withStates } from './overview-fixtures';

const real = editionSummarySchema.parse(realFixture);
const demo = editionSummarySchema.parse(demoFixture);

describe('measure keys', () => {
  const measures: OverviewMeasure[] = [
    { kind: 'grade' },
    { kind: 'score' },
    { kind: 'issue', issueId: '3' },
    { kind: 'status', goalId: '2.10' },
    { kind: 'min-age' },
    { kind: 'max-age' },
  ];

  it('round-trips every measure through its URL value, which the URL codec accepts', () => {
    for (const m of measures) {
      const key = measureKey(m);
      expect(MEASURE_PATTERN.test(key)).toBe(true);
      expect(parseMeasure(key, real)).toEqual(m);
    }
  });

  it('reads nothing from an empty, unknown or malformed value', () => {
    expect(parseMeasure(null, real)).toBeNull();
    expect(parseMeasure('', real)).toBeNull();
    expect(parseMeasure('issue:9', real)).toBeNull();
    expect(parseMeasure('status:9.9', real)).toBeNull();
    expect(parseMeasure('rank', real)).toBeNull();
    expect(parseMeasure('<script>', real)).toBeNull();
  });
});

describe('measureOfKind', () => {
  it('starts an issue area or goal at the first one, and keeps the current one of that kind', () => {
    expect(measureOfKind('issue', real)).toEqual({ kind: 'issue', issueId: '1' });
    expect(measureOfKind('status', real)).toEqual({ kind: 'status', goalId: '1.1' });
    const current: OverviewMeasure = { kind: 'status', goalId: '2.9' };
    expect(measureOfKind('status', real, current)).toBe(current);
    expect(measureOfKind('grade', real, current)).toEqual({ kind: 'grade' });
  });

  it('has nothing to offer for an issue area or goal when the edition lists none', () => {
    expect(measureOfKind('issue', { goals: [], issueAreas: [] })).toBeNull();
    expect(measureOfKind('status', { goals: [], issueAreas: [] })).toBeNull();
  });
});

describe('hasValue', () => {
  it('counts "no statutory minimum" as a value, and a missing fact or max age as none', () => {
    const noMinimum = summaryState('AK', {
      facts: {
        juvenileJurisdiction: {
          minAge: null,
          maxAge: null,
          automaticTransfer: null,
          directFile: null,
          discretionaryTransfer: null,
          traumaConsidered: null,
          basis: 'reference',
        },
      },
    });
    expect(hasValue(noMinimum, { kind: 'min-age' }, real)).toBe(true);
    expect(hasValue(noMinimum, { kind: 'max-age' }, real)).toBe(false);
    expect(hasValue(summaryState('AL'), { kind: 'min-age' }, real)).toBe(false);
  });

  it('reads statuses and issue scores at the measure’s position', () => {
    const ct = real.states.find((s) => s.code === 'CT')!;
    expect(hasValue(ct, { kind: 'status', goalId: '1.1' }, real)).toBe(true);
    expect(hasValue(ct, { kind: 'status', goalId: '1.3' }, real)).toBe(false);
    expect(hasValue(ct, { kind: 'issue', issueId: '1' }, real)).toBe(true);
    expect(hasValue(ct, { kind: 'issue', issueId: '2' }, real)).toBe(false);
  });
});

describe('juvenileFact', () => {
  it('prefers the evaluation’s own reading over the reference fact kept beside it', () => {
    const ct = real.states.find((s) => s.code === 'CT')!;
    expect(juvenileFact(ct)?.basis).toBe('report');
    const ny = real.states.find((s) => s.code === 'NY')!;
    expect(juvenileFact(ny)?.basis).toBe('reference');
    expect(juvenileFact(real.states.find((s) => s.code === 'MA')!)).toBeUndefined();
  });
});

describe('defaultMeasure', () => {
  it('opens the demo data on the coverage score', () => {
    expect(defaultMeasure(demo)).toEqual({ kind: 'score' });
  });

  it('opens report data without scores on the published grade', () => {
    const gradesOnly: EditionSummary = withStates(real, [
      summaryState('AL', { published: { grade: 'F', confidence: 'medium', inferred: true } }),
      summaryState('CA', { published: { grade: 'D', confidence: 'medium' } }),
      summaryState('CT'),
    ]);
    expect(defaultMeasure(gradesOnly)).toEqual({ kind: 'grade' });
  });

  it('prefers the measure known for the most states, rather than one scored state', () => {
    // Fixture: CT scored, MA graded, CT and NY with juvenile court ages.
    expect(statesWithValue(real, { kind: 'score' })).toBe(1);
    expect(statesWithValue(real, { kind: 'grade' })).toBe(1);
    expect(statesWithValue(real, { kind: 'min-age' })).toBe(2);
    expect(defaultMeasure(real)).toEqual({ kind: 'min-age' });
  });

  it('falls back to the grade when the report data has nothing at all', () => {
    expect(defaultMeasure(withStates(real, [summaryState('CT')]))).toEqual({ kind: 'grade' });
  });
});

describe('labels', () => {
  it('names each measure, with the title of its issue area or goal where known', () => {
    expect(measureLabel({ kind: 'score' })).toBe('Coverage score');
    expect(measureLabel({ kind: 'status', goalId: '2.9' })).toBe('Goal 2.9 status');
    expect(
      measureLongLabel(
        { kind: 'issue', issueId: '2' },
        { issues: new Map([['2', 'Identification of & Response to Victims']]) },
      ),
    ).toBe('Issue area 2 coverage score: Identification of & Response to Victims');
    expect(measureLongLabel({ kind: 'status', goalId: '2.9' })).toBe('Goal 2.9 status');
  });
});
