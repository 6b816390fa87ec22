import { describe, expect, it } from 'vitest';
import type { OverviewMeasure } from '@/domain/overview/measure';
import {
  describeMeasure,
  maxAgeBucket,
  measureChart,
  measureLegend,
  measureValues,
  minAgeBucket,
  NO_DATA_BUCKET,
  NO_MINIMUM_BUCKET,
  scoreBucket,
  type StateValue,
} from '@/domain/overview/values';
import { editionSummarySchema } from '@/domain/contract/summary-schema';
import demoFixture from '../../../../mocks/fixtures/demo-2022-summary.json';
import realFixture from '../../../../mocks/fixtures/real-2022-summary.json';
import { juvenile, summaryState, withStates } from './overview-fixtures';

const real = editionSummarySchema.parse(realFixture);
const demo = editionSummarySchema.parse(demoFixture);

function byCode(values: StateValue[], code: string): StateValue {
  const v = values.find((x) => x.code === code);
  if (!v) throw new Error(`no ${code}`);
  return v;
}

describe('measureValues', () => {
  it('gives every one of the 51 jurisdictions a value, by name, unknown where the data has none', () => {
    const values = measureValues(real, { kind: 'score' });
    expect(values).toHaveLength(51);
    expect(values[0]?.name).toBe('Alabama');
    expect(values.map((v) => v.name)).toEqual([...values.map((v) => v.name)].sort());
    expect(values.filter((v) => v.known).map((v) => v.code)).toEqual(['CT']);

    const al = byCode(values, 'AL');
    expect(al.bucket).toBe(NO_DATA_BUCKET);
    expect(al.state).toBeUndefined();
    expect(al.notes[0]).toBe('No data file for this state in this edition');
    const ma = byCode(values, 'MA');
    expect(ma.label).toBe('Massachusetts: coverage score no data (not evaluated in this dataset)');
  });

  it('shows a coverage score with how many goals were evaluated', () => {
    const ct = byCode(measureValues(real, { kind: 'score' }), 'CT');
    expect(ct).toMatchObject({ known: true, display: '50.0', short: '50.0', evaluated: 2 });
    expect(ct.label).toBe('Connecticut: coverage score 50.0 of 100 (2 of 40 goals evaluated)');
    expect(ct.bucket).toBe('score-2');
    // The tile writes the score as every view does ("80.0", never "80").
    const whole = withStates(real, [summaryState('CT', { score: 80, evaluated: 40 })]);
    expect(byCode(measureValues(whole, { kind: 'score' }), 'CT')).toMatchObject({
      short: '80.0',
      display: '80.0',
    });
  });

  it('counts an issue area’s evaluated goals for its score', () => {
    const ct = byCode(measureValues(real, { kind: 'issue', issueId: '1' }), 'CT');
    expect(ct).toMatchObject({ known: true, evaluated: 2, goalsInScope: 7 });
    expect(ct.notes).toEqual(['2 of 7 goals of this issue area evaluated']);
    const other = byCode(measureValues(real, { kind: 'issue', issueId: '2' }), 'CT');
    expect(other.known).toBe(false);
    expect(other.notes[0]).toBe('No goal of this issue area evaluated in this dataset');
  });

  it('shows a goal’s status as a mark and a word, and not evaluated as unknown with "?"', () => {
    const values = measureValues(real, { kind: 'status', goalId: '1.1' });
    expect(byCode(values, 'CT')).toMatchObject({
      known: true,
      short: '✕',
      display: 'Does not meet',
      bucket: 'status-does-not-meet',
    });
    expect(byCode(values, 'NY')).toMatchObject({ known: false, short: '?' });
  });

  it('takes grades only from the data, marking inferred ones, and says when none is published', () => {
    const summary = withStates(real, [
      summaryState('AL', { published: { grade: 'F', confidence: 'medium', inferred: true } }),
      summaryState('NY', {
        published: { grade: 'B', score: 82.5, maxScore: 100, rank: 3, confidence: 'high' },
        score: 90,
        evaluated: 40,
      }),
      summaryState('CT', { score: 38.8, evaluated: 40 }),
    ]);
    const values = measureValues(summary, { kind: 'grade' });
    expect(byCode(values, 'AL')).toMatchObject({ short: 'F*', display: 'F (inferred)' });
    expect(byCode(values, 'AL').notes[0]).toMatch(/^Inferred/);
    expect(byCode(values, 'NY').notes).toContain('Published score 82.5 of 100');
    const whole = withStates(real, [
      summaryState('NY', {
        published: { grade: 'D', score: 66, maxScore: 100, confidence: 'low' },
      }),
    ]);
    expect(byCode(measureValues(whole, { kind: 'grade' }), 'NY').notes).toContain(
      'Published score 66.0 of 100',
    );
    expect(byCode(values, 'NY').notes).toContain('Published rank 3');
    // A coverage score never becomes a grade.
    const ct = byCode(values, 'CT');
    expect(ct.known).toBe(false);
    expect(ct.notes[0]).toBe('No grade published in the sources we have');
  });

  it('keeps "no statutory minimum" apart from both zero and no data', () => {
    const summary = withStates(real, [
      summaryState('AK', { facts: { juvenileJurisdiction: juvenile({ minAge: null }) } }),
      summaryState('AZ', { facts: { juvenileJurisdiction: juvenile({ minAge: 8 }) } }),
      summaryState('AL'),
    ]);
    const values = measureValues(summary, { kind: 'min-age' });
    const ak = byCode(values, 'AK');
    expect(ak).toMatchObject({
      known: true,
      short: 'none',
      bucket: NO_MINIMUM_BUCKET,
      group: 'none',
    });
    expect(ak.label).toBe('Alaska: minimum juvenile court age none: no statutory minimum age');
    expect(byCode(values, 'AZ')).toMatchObject({ known: true, short: '8', sortValue: 8 });
    expect(byCode(values, 'AL')).toMatchObject({ known: false, bucket: NO_DATA_BUCKET });
  });

  it('says where an age comes from, and when the report and the reference data differ', () => {
    const summary = withStates(real, [
      summaryState('CT', {
        facts: {
          juvenileJurisdiction: juvenile({ minAge: 10, maxAge: 17, basis: 'report' }),
          referenceJuvenileJurisdiction: juvenile({
            minAge: 12,
            maxAge: 17,
            minConfidence: 'medium',
          }),
        },
      }),
      summaryState('NY', {
        facts: { juvenileJurisdiction: juvenile({ minAge: 12, minConfidence: 'high' }) },
      }),
      summaryState('TX', { facts: { juvenileJurisdiction: juvenile({ maxAge: null }) } }),
    ]);
    const min = measureValues(summary, { kind: 'min-age' });
    expect(byCode(min, 'CT').notes).toEqual([
      'From the state’s report card',
      'Reference data says 12',
    ]);
    expect(byCode(min, 'NY').notes[0]).toBe(
      'From reference data (OJJDP, NJDC, NCSL and others), high confidence (two sources agree)',
    );
    const max = measureValues(summary, { kind: 'max-age' });
    expect(byCode(max, 'CT').notes).toEqual(['From the state’s report card']);
    expect(byCode(max, 'TX')).toMatchObject({ known: false });
    expect(byCode(max, 'TX').notes[0]).toBe('The maximum age is not in the sources');
  });

  it('marks synthetic facts as synthetic', () => {
    const summary = withStates(demo, [
      summaryState('CT', { facts: { juvenileJurisdiction: juvenile({ basis: 'synthetic' }) } }),
    ]);
    expect(byCode(measureValues(summary, { kind: 'min-age' }), 'CT').notes).toEqual([
      'Synthetic value',
    ]);
  });
});

describe('buckets', () => {
  it('splits scores at 20, 40, 60, 80', () => {
    expect([0, 20, 20.1, 40, 59.9, 80, 80.1, 100].map(scoreBucket)).toEqual([
      'score-0',
      'score-0',
      'score-1',
      'score-1',
      'score-2',
      'score-3',
      'score-4',
      'score-4',
    ]);
  });

  it('steps minimum ages by two years from 6, and maximum ages by one from 15', () => {
    expect([5, 6, 7, 8, 10, 11, 12, 13, 14, 20].map(minAgeBucket)).toEqual([
      'min-age-0',
      'min-age-1',
      'min-age-1',
      'min-age-2',
      'min-age-3',
      'min-age-3',
      'min-age-4',
      'min-age-4',
      'min-age-5',
      'min-age-5',
    ]);
    expect([14, 15, 16, 17, 18, 19, 21].map(maxAgeBucket)).toEqual([
      'max-age-0',
      'max-age-0',
      'max-age-1',
      'max-age-2',
      'max-age-3',
      'max-age-4',
      'max-age-5',
    ]);
  });
});

describe('measureLegend', () => {
  it('lists the whole score scale with counts, then what no data means', () => {
    const measure: OverviewMeasure = { kind: 'score' };
    const legend = measureLegend(measureValues(real, measure), measure);
    expect(legend.map((i) => i.label)).toEqual([
      '0–20',
      '20–40',
      '40–60',
      '60–80',
      '80–100',
      'No data',
    ]);
    expect(legend.find((i) => i.label === '40–60')?.count).toBe(1);
    expect(legend.at(-1)).toMatchObject({
      type: 'no-data',
      count: 50,
      note: 'Not evaluated in this dataset',
    });
  });

  it('gives "no statutory minimum" its own entry, and only the age ranges present', () => {
    const summary = withStates(real, [
      summaryState('AK', { facts: { juvenileJurisdiction: juvenile({ minAge: null }) } }),
      summaryState('AZ', { facts: { juvenileJurisdiction: juvenile({ minAge: 8 }) } }),
      summaryState('NY', { facts: { juvenileJurisdiction: juvenile({ minAge: 12 }) } }),
    ]);
    const measure: OverviewMeasure = { kind: 'min-age' };
    const legend = measureLegend(measureValues(summary, measure), measure);
    expect(legend.map((i) => [i.label, i.type, i.count])).toEqual([
      ['none', 'none', 1],
      ['8–9', 'value', 1],
      ['12–13', 'value', 1],
      ['No data', 'no-data', 48],
    ]);
    expect(legend[0]?.note).toMatch(/not missing data/);
    expect(legend.at(-1)?.note).toBe('No juvenile court age data for this edition');
  });

  it('says for grades that no grade was published in the sources we have', () => {
    const measure: OverviewMeasure = { kind: 'grade' };
    const legend = measureLegend(measureValues(real, measure), measure);
    expect(legend.map((i) => i.label)).toEqual(['A', 'B', 'C', 'D', 'F', 'No data']);
    expect(legend.at(-1)?.note).toBe('No grade published in the sources we have');
  });
});

describe('measureChart', () => {
  it('ranks scores highest first, tied states sharing a rank, unknowns after', () => {
    const chart = measureChart(measureValues(demo, { kind: 'score' }), { kind: 'score' });
    if (chart.type !== 'ranked') throw new Error('expected a ranking');
    // The three demo states all score 65.0: one shared rank, in name order.
    expect(chart.rows.map((r) => [r.value.code, r.rank, r.tied])).toEqual([
      ['CT', 1, true],
      ['MA', 1, true],
      ['NY', 1, true],
    ]);
    expect(chart.unknown).toHaveLength(48);
  });

  it('ranks distinct scores 1, 2, 3 and ties as competition ranks', () => {
    const summary = withStates(real, [
      summaryState('AL', { score: 40, evaluated: 40 }),
      summaryState('AK', { score: 70, evaluated: 40 }),
      summaryState('AZ', { score: 40, evaluated: 40 }),
      summaryState('AR', { score: 10, evaluated: 40 }),
    ]);
    const chart = measureChart(measureValues(summary, { kind: 'score' }), { kind: 'score' });
    if (chart.type !== 'ranked') throw new Error('expected a ranking');
    expect(chart.rows.map((r) => `${r.value.code}:${r.rank}${r.tied ? '=' : ''}`)).toEqual([
      'AK:1',
      'AL:2=',
      'AZ:2=',
      'AR:4',
    ]);
  });

  it('groups grades best first and ages youngest first, no statutory minimum before any age', () => {
    const summary = withStates(real, [
      summaryState('AL', { published: { grade: 'F', confidence: 'medium' } }),
      summaryState('AK', {
        published: { grade: 'B', confidence: 'high' },
        facts: { juvenileJurisdiction: juvenile({ minAge: 12 }) },
      }),
      summaryState('AZ', {
        published: { grade: 'F', confidence: 'high' },
        facts: { juvenileJurisdiction: juvenile({ minAge: null }) },
      }),
      summaryState('AR', { facts: { juvenileJurisdiction: juvenile({ minAge: 8 }) } }),
    ]);
    const grades = measureChart(measureValues(summary, { kind: 'grade' }), { kind: 'grade' });
    if (grades.type !== 'grouped') throw new Error('expected groups');
    expect(grades.groups.map((g) => [g.label, g.states.map((s) => s.code)])).toEqual([
      ['Grade B', ['AK']],
      ['Grade F', ['AL', 'AZ']],
    ]);
    const ages = measureChart(measureValues(summary, { kind: 'min-age' }), { kind: 'min-age' });
    if (ages.type !== 'grouped') throw new Error('expected groups');
    expect(ages.groups.map((g) => g.label)).toEqual(['No statutory minimum', 'Age 8', 'Age 12']);
    expect(ages.unknown).toHaveLength(48);
  });
});

describe('describeMeasure', () => {
  it('says plainly when only one state has a score', () => {
    const measure: OverviewMeasure = { kind: 'score' };
    const text = describeMeasure(measureChart(measureValues(real, measure), measure), measure);
    expect(text).toBe(
      'Only Connecticut has a coverage score: 50.0 of 100, over 2 of 40 goals evaluated. ' +
        '50 states have no data: not evaluated in this dataset.',
    );
  });

  it('gives the range and median of a ranking', () => {
    const summary = withStates(real, [
      summaryState('AL', { score: 40, evaluated: 40 }),
      summaryState('AK', { score: 70, evaluated: 40 }),
      summaryState('AR', { score: 10, evaluated: 40 }),
    ]);
    const measure: OverviewMeasure = { kind: 'score' };
    expect(describeMeasure(measureChart(measureValues(summary, measure), measure), measure)).toBe(
      '3 of 51 states have a coverage score. It ranges from 10.0 (Arkansas) to 70.0 (Alaska); ' +
        'the median is 40.0. 48 states have no data: not evaluated in this dataset.',
    );
  });

  it('names an issue area’s score with the right article', () => {
    const measure: OverviewMeasure = { kind: 'issue', issueId: '1' };
    expect(describeMeasure(measureChart(measureValues(real, measure), measure), measure)).toMatch(
      /^Only Connecticut has an issue area 1 coverage score: 50\.0 of 100, over 2 of 7 goals/,
    );
  });

  it('describes minimum ages with the no-minimum states apart', () => {
    const summary = withStates(real, [
      summaryState('AK', { facts: { juvenileJurisdiction: juvenile({ minAge: null }) } }),
      summaryState('AL', { facts: { juvenileJurisdiction: juvenile({ minAge: null }) } }),
      summaryState('AZ', { facts: { juvenileJurisdiction: juvenile({ minAge: 8 }) } }),
      summaryState('AR', { facts: { juvenileJurisdiction: juvenile({ minAge: 10 }) } }),
      summaryState('CA', { facts: { juvenileJurisdiction: juvenile({ minAge: 10 }) } }),
    ]);
    const measure: OverviewMeasure = { kind: 'min-age' };
    expect(describeMeasure(measureChart(measureValues(summary, measure), measure), measure)).toBe(
      '5 of 51 states have juvenile court age data for this edition. 2 states set no statutory ' +
        'minimum age; in the other 3 the minimum ranges from 8 to 10, most often 10 (2 states). ' +
        '46 states have no data: no juvenile court age data for this edition.',
    );
  });

  it('counts grades and says how many are inferred', () => {
    const summary = withStates(real, [
      summaryState('AL', { published: { grade: 'F', confidence: 'medium', inferred: true } }),
      summaryState('CA', { published: { grade: 'D', confidence: 'medium' } }),
    ]);
    const measure: OverviewMeasure = { kind: 'grade' };
    expect(describeMeasure(measureChart(measureValues(summary, measure), measure), measure)).toBe(
      '2 of 51 states have a published grade for this edition (grade D: 1; grade F: 1). 1 of ' +
        'these grades is inferred from the sources rather than named in them (marked *). ' +
        '49 states have no data: no grade published in the sources we have.',
    );
  });

  it('counts a goal’s statuses', () => {
    const measure: OverviewMeasure = { kind: 'status', goalId: '1.1' };
    expect(describeMeasure(measureChart(measureValues(real, measure), measure), measure)).toBe(
      '1 of 51 states is evaluated on goal 1.1 (does not meet: 1). ' +
        '50 states have no data: not evaluated in this dataset.',
    );
  });
});
