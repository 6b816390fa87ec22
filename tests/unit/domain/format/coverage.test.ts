import { describe, expect, it } from 'vitest';
import { editionSummarySchema } from '@/domain/contract/summary-schema';
import { coverageNote, dataCoverage, type CoverageView } from '@/domain/format/coverage';
import demoFixture from '../../../../mocks/fixtures/demo-2022-summary.json';
import realFixture from '../../../../mocks/fixtures/real-2022-summary.json';
import { loadFramework } from '../../fixtures/evaluation-fixture';
import { JURISDICTIONS } from '@/domain/format/jurisdictions';
import { juvenile, summaryState, withStates } from '../overview/overview-fixtures';

const framework = loadFramework();

const real = editionSummarySchema.parse(realFixture);
const demo = editionSummarySchema.parse(demoFixture);

describe('dataCoverage', () => {
  it('counts evaluated states, typed facts by basis, grades by confidence, and as-of dates', () => {
    const summary = withStates(real, [
      summaryState('CT', {
        asOf: '2022-08-01',
        evaluated: 40,
        score: 38.8,
        facts: {
          juvenileJurisdiction: juvenile({ basis: 'report' }),
          referenceJuvenileJurisdiction: juvenile(),
          statuteOfLimitations: { criminal: { kind: 'none' }, civil: null, basis: 'report' },
          victimProtections: {
            advocate: true,
            courtroomSupports: false,
            identityProtected: false,
            basis: 'report',
          },
        },
      }),
      summaryState('AL', {
        published: { grade: 'F', confidence: 'medium', inferred: true },
        facts: { referenceJuvenileJurisdiction: juvenile() },
      }),
      summaryState('CA', {
        published: { grade: 'C', confidence: 'high' },
        facts: { juvenileJurisdiction: juvenile() },
      }),
      summaryState('MA'),
    ]);
    const c = dataCoverage(summary, framework);
    expect(c.total).toBe(51);
    expect(c.statesInEdition).toBe(4);
    expect(c.evaluated).toEqual([{ code: 'CT', name: 'Connecticut', goals: 40 }]);
    expect(c.fullyEvaluated).toBe(1);
    expect(c.facts.map((f) => [f.key, f.count, f.byBasis])).toEqual([
      ['juvenileJurisdiction', 3, { report: 1, reference: 2, synthetic: 0 }],
      ['statuteOfLimitations', 1, { report: 1, reference: 0, synthetic: 0 }],
      ['victimProtections', 1, { report: 1, reference: 0, synthetic: 0 }],
    ]);
    expect(c.grades).toEqual({
      count: 2,
      named: 1,
      inferred: 1,
      confidence: { high: 1, medium: 1, low: 0 },
    });
    expect(c.asOf).toEqual(['2022-08-01']);
  });

  it('leaves out the as-of date of a state with nothing evaluated', () => {
    const c = dataCoverage(
      withStates(real, [summaryState('AL', { asOf: '2022-08-01' })]),
      framework,
    );
    expect(c.asOf).toEqual([]);
  });

  it('counts what the states without an evaluation hold, apart from the evaluated ones', () => {
    const c = dataCoverage(
      withStates(real, [
        summaryState('CT', {
          evaluated: 40,
          score: 38.8,
          published: { grade: 'C', confidence: 'high' },
          facts: { juvenileJurisdiction: juvenile({ basis: 'report' }) },
        }),
        summaryState('AL', {
          published: { grade: 'F', confidence: 'medium' },
          facts: { referenceJuvenileJurisdiction: juvenile() },
        }),
        summaryState('AK', { facts: { juvenileJurisdiction: juvenile() } }),
      ]),
      framework,
    );
    expect(c.unevaluated.grades).toBe(1);
    expect(c.unevaluated.facts.map((f) => [f.key, f.count])).toEqual([
      ['juvenileJurisdiction', 2],
      ['statuteOfLimitations', 0],
      ['victimProtections', 0],
    ]);
  });
});

// The report data as it stands: Connecticut read goal by goal, reference ages for the others and a
// few published grades.
const reportData = withStates(real, [
  summaryState('CT', {
    asOf: '2022-08-01',
    evaluated: 40,
    score: 38.8,
    facts: { juvenileJurisdiction: juvenile({ basis: 'report' }) },
  }),
  ...['AL', 'AK', 'AZ'].map((code) =>
    summaryState(code, { facts: { juvenileJurisdiction: juvenile() } }),
  ),
  summaryState('CA', { published: { grade: 'C', confidence: 'medium' } }),
  summaryState('NY', {
    published: { grade: 'B', confidence: 'high' },
    facts: { juvenileJurisdiction: juvenile() },
  }),
]);

describe('coverageNote', () => {
  it('says in a view’s first screen who is evaluated and what the data holds for the rest', () => {
    const note = coverageNote(dataCoverage(reportData, framework), 'heatmap');
    expect(note).toEqual({
      lead: 'Only Connecticut (all 40 goals) is evaluated goal by goal in the 2022 report data.',
      detail:
        'For the other 50 states this dataset holds reference facts (juvenile court ages and ' +
        'transfer laws, for 4) and published grades (for 2), not evaluations: their goals are ' +
        'shown as not evaluated.',
      demoLink: 'See what a full heatmap looks like, with synthetic demo data',
    });
  });

  it('words the link for each view, and says the same of the data everywhere', () => {
    const c = dataCoverage(reportData, framework);
    const views: CoverageView[] = ['overview', 'heatmap', 'compare'];
    const notes = views.map((v) => coverageNote(c, v)!);
    expect(notes.map((n) => n.demoLink)).toEqual([
      'See what a full map looks like, with synthetic demo data',
      'See what a full heatmap looks like, with synthetic demo data',
      'See what a full comparison looks like, with synthetic demo data',
    ]);
    expect(new Set(notes.map((n) => `${n.lead} ${n.detail}`)).size).toBe(1);
  });

  it('counts from the data: partly evaluated states, all the others holding a fact, none', () => {
    const partly = withStates(real, [
      summaryState('CT', { evaluated: 40, score: 50 }),
      summaryState('MA', { evaluated: 3, score: 50 }),
    ]);
    expect(coverageNote(dataCoverage(partly, framework), 'compare')).toMatchObject({
      lead:
        'Only Connecticut (all 40 goals) and Massachusetts (3 of 40 goals) are evaluated goal by ' +
        'goal in the 2022 report data.',
      detail:
        'This dataset holds nothing for the other 49 states: their goals are shown as not evaluated.',
    });

    const everyone = withStates(real, [
      summaryState('CT', { evaluated: 40, score: 50 }),
      ...['AL', 'AK'].map((code) =>
        summaryState(code, { published: { grade: 'D', confidence: 'high' } }),
      ),
    ]);
    const c = dataCoverage(everyone, framework);
    // Two of the 50 others hold a grade: counted, never "all".
    expect(coverageNote(c, 'overview')!.detail).toBe(
      'For the other 50 states this dataset holds published grades (for 2), not evaluations: ' +
        'their goals are shown as not evaluated.',
    );
  });

  it('says "all" when every other state holds the fact', () => {
    const c = dataCoverage(reportData, framework);
    const others = { ...c, total: 6, unevaluated: { ...c.unevaluated, grades: 5 } };
    expect(coverageNote(others, 'heatmap')!.detail).toBe(
      'For the other 5 states this dataset holds reference facts (juvenile court ages and ' +
        'transfer laws, for 4) and published grades (for all 5), not evaluations: their goals are ' +
        'shown as not evaluated.',
    );
  });

  it('says when no state is evaluated, and counts many evaluated states instead of naming them', () => {
    const none = withStates(real, [
      summaryState('AL', { published: { grade: 'F', confidence: 'high' } }),
    ]);
    expect(coverageNote(dataCoverage(none, framework), 'heatmap')).toMatchObject({
      lead: 'No state is evaluated goal by goal in the 2022 report data.',
      detail:
        'For the 51 states this dataset holds published grades (for 1), not evaluations: every ' +
        'goal is shown as not evaluated.',
    });
    const many = withStates(
      real,
      ['AL', 'AK', 'AZ', 'AR', 'CA', 'CO'].map((code, i) =>
        summaryState(code, { evaluated: i === 0 ? 40 : 10, score: 50 }),
      ),
    );
    expect(coverageNote(dataCoverage(many, framework), 'compare')!.lead).toBe(
      '6 of 51 states are evaluated goal by goal in the 2022 report data (1 on all 40 goals).',
    );
  });

  it('adds nothing on synthetic data, which every view marks already', () => {
    const c = dataCoverage(demo, framework);
    for (const view of ['overview', 'heatmap', 'compare', 'scores'] as const) {
      expect(coverageNote(c, view)).toBeNull();
    }
  });

  it('keeps the scores view’s own words, while fewer than five states have a score', () => {
    expect(coverageNote(dataCoverage(reportData, framework), 'scores')).toEqual({
      lead: 'Only Connecticut has a coverage score in the 2022 report data.',
      detail:
        'Its report has been read goal by goal; the other 50 jurisdictions have not been ' +
        'evaluated yet, so their scores are unknown — not zero — and they are not ranked.',
      demoLink: 'See the full interface with synthetic demo data for all 51 jurisdictions',
    });
    const two = withStates(real, [
      summaryState('CT', { evaluated: 40, score: 50 }),
      summaryState('MA', { evaluated: 2, score: 50 }),
    ]);
    expect(coverageNote(dataCoverage(two, framework), 'scores')).toMatchObject({
      lead: 'Only Connecticut and Massachusetts have a coverage score in the 2022 report data.',
      detail: expect.stringMatching(/^Their reports have been read goal by goal; the other 49 /),
    });
    const five = withStates(
      real,
      ['AL', 'AK', 'AZ', 'AR', 'CA'].map((code) =>
        summaryState(code, { evaluated: 40, score: 50 }),
      ),
    );
    expect(coverageNote(dataCoverage(five, framework), 'scores')).toBeNull();
    expect(
      coverageNote(dataCoverage(withStates(real, [summaryState('AL')]), framework), 'scores'),
    ).toBeNull();
  });

  it('has nothing to add when every state is evaluated on every goal', () => {
    const all = withStates(
      real,
      JURISDICTIONS.map((j) => summaryState(j.code, { evaluated: 40, score: 50 })),
    );
    expect(coverageNote(dataCoverage(all, framework), 'heatmap')).toBeNull();
  });
});
