import { describe, expect, it } from 'vitest';
import { deriveEditionSummary } from '@/domain/contract/derive-summary';
import type { Status } from '@/domain/contract/evaluation-schema';
import { buildHeatmap, type HeatmapFilters } from '@/domain/heatmap/model';
import {
  asOfDates,
  rowCountText,
  sortStatusText,
  sortWords,
  sourceText,
  subtitleText,
  summaryText,
} from '@/domain/heatmap/text';
import { formatScore } from '@/domain/format/numbers';
import type { EditionSummary } from '@/domain/contract/summary-schema';
import { loadFramework, makeEvaluation } from '../../fixtures/evaluation-fixture';

const framework = loadFramework();
const NONE: HeatmapFilters = { issues: [], status: [], states: [], sort: null };

function summaryOf(
  states: Record<string, Record<string, Status>>,
  otherwise: Status = 'not-evaluated',
): EditionSummary {
  return deriveEditionSummary({
    dataset: 'real',
    synthetic: false,
    framework,
    year: 2022,
    evaluations: Object.entries(states).map(([state, statuses]) =>
      makeEvaluation(framework, { state, statuses, otherwise, facts: false }),
    ),
  });
}

describe('rowCountText', () => {
  it('says how many states are shown, and how many goals when issue areas are filtered', () => {
    const summary = summaryOf({ CT: {}, MA: {}, NY: {} });
    expect(rowCountText(buildHeatmap(summary, framework, NONE))).toBe('Showing 3 of 3 states');
    expect(
      rowCountText(buildHeatmap(summary, framework, { ...NONE, states: ['CT'], issues: ['5'] })),
    ).toBe('Showing 1 of 3 states · 4 of 40 goals');
  });
});

describe('rowCountText with goals', () => {
  it('says how many of the framework’s goals a goals= link shows', () => {
    const summary = summaryOf({ CT: {}, MA: {}, NY: {} });
    const model = buildHeatmap(summary, framework, { ...NONE, goals: ['2.5', '2.9', '4.6'] });
    expect(rowCountText(model)).toBe('Showing 3 of 3 states · 3 of 40 goals');
    expect(subtitleText({ year: 2022, synthetic: false, model, framework, states: [] })).toBe(
      '2022 edition · report data · goals 2.5, 2.9 and 4.6 · all states · sorted by coverage score',
    );
  });
});

describe('the sort in words', () => {
  it('names each order, a goal’s status meets first and unknown last', () => {
    const summary = summaryOf({ CT: {} });
    const sortOf = (sort: string | null) =>
      buildHeatmap(summary, framework, { ...NONE, sort }).sort;
    expect(sortWords(sortOf('goal:2.9'))).toBe('by goal 2.9 status');
    expect(sortStatusText(sortOf('goal:2.9'))).toBe(
      'Sorted by goal 2.9 status: meets first, not evaluated last',
    );
    expect(sortStatusText(sortOf(null))).toBe('Sorted by coverage score, highest first');
    expect(sortStatusText(sortOf('name'))).toBe('Sorted by name, A–Z');
    expect(sortStatusText(sortOf('issue:2'))).toBe('Sorted by issue area 2 score, highest first');
  });
});

describe('subtitleText', () => {
  it('names the edition, dataset, filters and sort', () => {
    const summary = summaryOf({ CT: {}, MA: {} });
    const all = buildHeatmap(summary, framework, NONE);
    expect(subtitleText({ year: 2022, synthetic: false, model: all, framework, states: [] })).toBe(
      '2022 edition · report data · all 6 issue areas · all states · sorted by coverage score',
    );
    const some = buildHeatmap(summary, framework, {
      issues: ['3', '1'],
      status: ['partial', 'meets'],
      states: ['CT'],
      sort: 'issue:3',
    });
    expect(
      subtitleText({ year: 2023, synthetic: true, model: some, framework, states: ['CT'] }),
    ).toBe(
      '2023 edition · synthetic demo data · issue areas 1 and 3 · statuses: meets and partly meets · 1 chosen state · sorted by issue area 3 score',
    );
  });
});

describe('summaryText', () => {
  it('says plainly when nothing shown is evaluated: unknown, not a failure', () => {
    const model = buildHeatmap(summaryOf({ MA: {}, NY: {} }), framework, NONE);
    expect(summaryText(model)).toBe(
      'None of the 2 states shown has an evaluation of the 40 goals shown in this dataset: every cell is not evaluated (unknown), not a failure.',
    );
  });

  it('describes each evaluated state when there are few', () => {
    const model = buildHeatmap(
      summaryOf({
        CT: { '1.1': 'meets', '1.2': 'partial', '1.3': 'does-not-meet', '1.4': 'does-not-meet' },
        MA: {},
        NY: {},
      }),
      framework,
      NONE,
    );
    expect(summaryText(model)).toBe(
      'Connecticut meets 1 of the 40 goals shown, partly meets 1, does not meet 2 and 36 not evaluated. Coverage score 37.5 over 4 evaluated goals. The other 2 states shown have no evaluated goal here (hatched cells: unknown, not a failure).',
    );
  });

  it('names the goals met by the most and fewest states, and the score range, when many', () => {
    const model = buildHeatmap(
      summaryOf(
        {
          CT: { '2.2': 'meets' },
          MA: { '2.2': 'meets', '2.3': 'partial' },
          NY: { '2.2': 'meets' },
          RI: { '2.2': 'does-not-meet' },
          VT: {},
        },
        'meets',
      ),
      framework,
      { ...NONE, issues: ['2'] },
    );
    // Every goal of area 2 is met by all five but 2.2 (RI does not meet) and 2.3 (MA partly meets).
    expect(summaryText(model)).toBe(
      '5 of the 5 states shown have evaluated goals. Most often met: 9 goals (5 of 5 each). Least often met: goals 2.2 and 2.3 (4 of 5 each). Coverage scores (this project’s measure, over evaluated goals) range from 97.5 (Rhode Island) to 100.0 (Connecticut, New York and Vermont).',
    );
    expect(
      summaryText(buildHeatmap(summaryOf({ CT: {} }), framework, { ...NONE, states: ['MA'] })),
    ).toBe('No state matches the filters.');
  });
});

describe('source and dates', () => {
  it('credits the publisher with the as-of dates, or marks synthetic data', () => {
    expect(sourceText(framework, 2022, false, ['2022-08-01'])).toBe(
      'Source: Shared Hope International, Report Cards on Child & Youth Sex Trafficking (2022 policy goals), 2022 edition. Laws as of 2022-08-01. Coverage score: this project’s measure (equal weights, over evaluated goals), not the publisher’s.',
    );
    expect(sourceText(framework, 2022, true, [])).toMatch(
      /^Source: synthetic demo data generated by Statewise .* describes no state’s real law\./,
    );
    expect(sourceText(framework, 2022, false, ['2022-07-01', '2022-08-01'])).toContain(
      'Laws as of 2022-07-01 to 2022-08-01.',
    );
    const model = buildHeatmap(summaryOf({ CT: { '1.1': 'meets' }, MA: {} }), framework, NONE);
    expect(asOfDates(model.rows)).toEqual(['2022-08-01']);
    expect([formatScore(38.8), formatScore(50), formatScore(0)]).toEqual(['38.8', '50.0', '0.0']);
  });
});
