import { describe, expect, it } from 'vitest';
import { dataCoverage } from '@/domain/format/coverage';
import { coverageStatement } from '@/domain/overview/coverage';
import { editionSummarySchema } from '@/domain/contract/summary-schema';
import demoFixture from '../../../../mocks/fixtures/demo-2022-summary.json';
import realFixture from '../../../../mocks/fixtures/real-2022-summary.json';
import { loadFramework } from '../../fixtures/evaluation-fixture';
import { juvenile, summaryState, withStates } from './overview-fixtures';

const framework = loadFramework();

const real = editionSummarySchema.parse(realFixture);
const demo = editionSummarySchema.parse(demoFixture);

describe('coverageStatement', () => {
  it('says plainly, for the report data, that only Connecticut is fully evaluated and where the rest comes from', () => {
    const states = [
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
    ];
    expect(coverageStatement(dataCoverage(withStates(real, states), framework), framework)).toBe(
      'Only Connecticut has a full evaluation (all 40 goals), read from its 2022 report card. ' +
        'Juvenile court ages for 3 states come from reference data (OJJDP, NJDC, NCSL and ' +
        'others), and the 1 published grade comes from news releases and Shared Hope’s ' +
        'announcements. Every goal of the other 50 states is not evaluated, and shown as unknown.',
    );
  });

  it('names partly evaluated states and inferred grades', () => {
    const states = [
      summaryState('CT', { asOf: '2022-08-01', evaluated: 2, score: 50 }),
      summaryState('AL', { published: { grade: 'F', confidence: 'medium', inferred: true } }),
    ];
    expect(coverageStatement(dataCoverage(withStates(real, states), framework), framework)).toBe(
      'Connecticut (2 of 40 goals) is partly evaluated. The 1 published grade comes from news ' +
        'releases and Shared Hope’s announcements (1 of them inferred from the sources, not ' +
        'named in them). Every other goal is not evaluated, and shown as unknown.',
    );
  });

  it('says when no state is evaluated at all', () => {
    expect(
      coverageStatement(dataCoverage(withStates(real, [summaryState('AL')]), framework), framework),
    ).toBe(
      'No state’s laws are evaluated goal by goal for the 2022 edition in this data: every ' +
        'policy goal is shown as not evaluated.',
    );
  });

  it('says that demo data is synthetic and describes no real law', () => {
    expect(coverageStatement(dataCoverage(demo, framework), framework)).toMatch(
      /^All of this is synthetic demo data: 3 of 51 .*It describes no state’s real law\.$/,
    );
  });
});
