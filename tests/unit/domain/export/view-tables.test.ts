import { describe, expect, it } from 'vitest';
import { compareRows, differencesOnly } from '@/domain/compare/rows';
import { issueProfile } from '@/domain/compare/profile';
import { compareGoalsTable, profileTable } from '@/domain/compare/export';
import {
  goalStatusTable,
  juvenileTable,
  limitationTable,
  protectionTable,
} from '@/domain/goal/export';
import { heatmapSelection, heatmapTable } from '@/domain/heatmap/export';
import { overviewChartTable, overviewMapTable, overviewValue } from '@/domain/overview/export';
import { gradesTable, rankingTable } from '@/domain/scores/export';
import { limitationRows } from '@/domain/facts/limitations';
import { protectionRows } from '@/domain/facts/protections';
import { factKindsOfGoal } from '@/domain/facts/registry';
import { juvenileRows, sortJuvenileRows } from '@/domain/facts/juvenile';
import { goalStatusRows } from '@/domain/goal/status';
import { buildHeatmap } from '@/domain/heatmap/model';
import { measureChart, measureValues } from '@/domain/overview/values';
import { gradeRows } from '@/domain/scores/grades';
import { rankScores } from '@/domain/scores/ranking';
import { editionSummarySchema } from '@/domain/contract/summary-schema';
import demoFixture from '../../../../mocks/fixtures/demo-2022-summary.json';
import goalDemoFixture from '../../../../mocks/fixtures/goal-demo-2022-summary.json';
import realFixture from '../../../../mocks/fixtures/real-2022-summary.json';
import { loadFramework } from '../../fixtures/evaluation-fixture';

const framework = loadFramework();
const demo = editionSummarySchema.parse(demoFixture);
const real = editionSummarySchema.parse(realFixture);
/** All 51 jurisdictions, with typed facts */
const demo51 = editionSummarySchema.parse(goalDemoFixture);

describe('heatmapTable', () => {
  it('holds exactly the rows shown, a column per goal shown, statuses in words', () => {
    const model = buildHeatmap(demo, framework, {
      issues: ['2'],
      status: [],
      states: ['CT', 'NY'],
      sort: 'name',
    });
    const table = heatmapTable(model);
    expect(table.rows.map((r) => r.code)).toEqual(['CT', 'NY']);
    const goalColumns = table.columns.filter((c) => c.label.startsWith('Goal '));
    expect(goalColumns.map((c) => c.label)).toEqual(
      framework.issueAreas[1]!.goals.map((g) => `Goal ${g.id}`),
    );
    for (const row of table.rows) {
      for (const c of goalColumns) {
        expect(row[c.key]).toMatch(/^(meets|partly meets|does not meet|not evaluated)$/);
      }
      expect(typeof row.score).toBe('number');
      expect(row.goals).toBe(40);
    }
    expect(heatmapSelection(model, ['CT', 'NY'])).toEqual([
      { label: 'States', value: 'Connecticut, New York' },
      { label: 'Issue areas', value: '2. Identification of & Response to Victims' },
      { label: 'Statuses', value: 'all' },
      { label: 'Sort', value: 'by name' },
    ]);
  });

  it('leaves the score of a state with nothing evaluated empty, never zero', () => {
    const model = buildHeatmap(real, framework, { issues: [], status: [], states: [], sort: null });
    const ny = heatmapTable(model).rows.find((r) => r.code === 'NY')!;
    expect(ny.score).toBeNull();
    expect(ny.goalsEvaluated).toBe(0);
    expect(ny.lawsAsOf).toBeNull();
    expect(ny['goal 1.1']).toBe('not evaluated');
  });
});

describe('overview tables', () => {
  it('types values: numbers for ages, "no statutory minimum" as words, unknown as null', () => {
    const values = measureValues(real, { kind: 'min-age' });
    const byCode = new Map(values.map((v) => [v.code, v]));
    expect(overviewValue(byCode.get('CT')!, { kind: 'min-age' })).toBe(10);
    expect(overviewValue(byCode.get('NY')!, { kind: 'min-age' })).toBe(12);
    // A state without a file in this fixture is unknown.
    expect(overviewValue(byCode.get('AL')!, { kind: 'min-age' })).toBeNull();
    const table = overviewMapTable(values, { kind: 'min-age' }, 40);
    expect(table.rows).toHaveLength(51);
    expect(table.columns.map((c) => c.label)).toContain('Minimum juvenile court age');
    const al = table.rows.find((r) => r.code === 'AL')!;
    expect(al.notes).toMatch(/No data file for this state/);
  });

  it('ranks scores (no rank below three states) and lists states without data last', () => {
    const tied = overviewChartTable(
      measureChart(measureValues(demo, { kind: 'score' }), { kind: 'score' }),
      {
        kind: 'score',
      },
    );
    // Three states with the same score share rank 1.
    expect(tied.rows.filter((r) => r.value !== null).map((r) => [r.rank, r.tied])).toEqual([
      [1, true],
      [1, true],
      [1, true],
    ]);
    const values = measureValues(demo51, { kind: 'score' });
    const chart = measureChart(values, { kind: 'score' });
    const table = overviewChartTable(chart, { kind: 'score' });
    const ranked = table.rows.filter((r) => r.value !== null);
    expect(ranked[0]!.rank).toBe(1);
    expect(ranked.map((r) => r.value)).toEqual(
      [...ranked.map((r) => r.value)].sort((a, b) => Number(b) - Number(a)),
    );
    expect(table.rows).toHaveLength(51);
    for (let i = 1; i < ranked.length; i += 1) {
      expect(Number(ranked[i]!.rank)).toBeGreaterThanOrEqual(Number(ranked[i - 1]!.rank));
    }

    const realChart = measureChart(measureValues(real, { kind: 'score' }), { kind: 'score' });
    expect(overviewChartTable(realChart, { kind: 'score' }).rows[0]).toMatchObject({
      code: 'CT',
      rank: null,
      value: 50,
    });
  });

  it('writes a distribution as one row per value with its states', () => {
    const values = measureValues(real, { kind: 'min-age' });
    const table = overviewChartTable(measureChart(values, { kind: 'min-age' }), {
      kind: 'min-age',
    });
    expect(table.rows.map((r) => r.value)).toEqual([
      'Age 10',
      'Age 12',
      'No data: no juvenile court age data for this edition',
    ]);
    expect(table.rows[0]).toMatchObject({ states: 1, codes: 'CT' });
  });
});

describe('goal tables', () => {
  it('lists every jurisdiction with the goal’s status', () => {
    const table = goalStatusTable(
      goalStatusRows(real, '2.9'),
      '2.9',
      factKindsOfGoal(framework, '2.9'),
    );
    expect(table.rows).toHaveLength(51);
    // Goal 2.9 is not evaluated for Connecticut in this fixture; its ages are known all the same.
    expect(table.rows.find((r) => r.code === 'CT')).toMatchObject({
      status: 'not evaluated',
      ages: '10 to 17',
      lawsAsOf: null,
    });
    expect(
      goalStatusTable(
        goalStatusRows(real, '1.1'),
        '1.1',
        factKindsOfGoal(framework, '1.1'),
      ).rows.find((r) => r.code === 'CT'),
    ).toEqual({
      state: 'Connecticut',
      code: 'CT',
      status: 'does not meet',
      lawsAsOf: '2022-08-01',
    });
    expect(table.rows.find((r) => r.code === 'NY')).toMatchObject({
      status: 'not evaluated',
      ages: '12 to 17',
      lawsAsOf: null,
    });
  });

  it('keeps juvenile ages typed, in the sort shown, unknown apart from "no statutory minimum"', () => {
    const rows = sortJuvenileRows(juvenileRows(real), 'max-age');
    const table = juvenileTable(rows);
    expect(
      table.rows
        .slice(0, 2)
        .map((r) => r.code)
        .sort(),
    ).toEqual(['CT', 'NY']);
    expect(table.rows[0]).toMatchObject({ minAge: expect.any(Number), noStatutoryMinimum: false });
    const unknown = table.rows.find((r) => r.code === 'AL')!;
    expect(unknown).toMatchObject({
      basis: 'No data (unknown)',
      minAge: null,
      noStatutoryMinimum: null,
    });
  });

  it('writes limitation periods and protections with unknown left empty', () => {
    const lim = limitationTable(limitationRows(demo51));
    expect(lim.rows).toHaveLength(51);
    expect(lim.rows.find((r) => r.code === 'AK')).toMatchObject({
      criminal: '10 years from age 18',
      criminalNoLimit: false,
      criminalYears: 10,
      criminalFrom: 'age 18',
    });
    expect(lim.rows.find((r) => r.code === 'AR')).toMatchObject({
      criminal: 'No time limit',
      criminalNoLimit: true,
      criminalYears: null,
    });
    // An unknown rule is empty in every column, not "no" and not zero.
    expect(lim.rows.find((r) => r.code === 'CA')).toMatchObject({
      civil: null,
      civilNoLimit: null,
      civilYears: null,
      basis: 'Synthetic',
    });
    expect(limitationTable(limitationRows(real)).rows.find((r) => r.code === 'AL')).toMatchObject({
      criminal: null,
      basis: 'No data (unknown)',
    });
    const prot = protectionTable(protectionRows(demo51));
    expect(prot.rows.find((r) => r.code === 'AK')).toMatchObject({
      advocate: 'yes',
      courtroomSupports: 'no',
      identityProtected: 'yes',
      inLaw: '2 of 3 in law',
    });
    expect(
      protectionTable(protectionRows(real)).rows.find((r) => r.code === 'AL')!.advocate,
    ).toBeNull();
  });
});

describe('scores tables', () => {
  it('ranks the scored states and leaves the rest without score or rank', () => {
    const table = rankingTable(rankScores(framework, real), framework.issueAreas);
    expect(table.rows[0]).toMatchObject({ rank: 1, code: 'CT', score: 50, goalsEvaluated: 2 });
    const ny = table.rows.find((r) => r.code === 'NY')!;
    expect(ny).toMatchObject({ rank: null, score: null, notes: 'No score: no goal evaluated' });
    expect(table.rows).toHaveLength(51);
    expect(table.columns.map((c) => c.key)).not.toContain('baseScore');
  });

  it('adds the framework score and rank change under what-if weights', () => {
    const table = rankingTable(rankScores(framework, demo, { '1.1': 3 }), framework.issueAreas);
    expect(table.columns.map((c) => c.key)).toContain('baseScore');
    expect(table.columns.map((c) => c.key)).toContain('rankChange');
  });

  it('writes the published grades by edition, empty where none is published', () => {
    const rows = gradeRows([{ year: 2022, summary: real }]);
    const table = gradesTable(rows, [2022]);
    expect(table.rows).toHaveLength(51);
    expect(table.columns.map((c) => c.label)).toEqual([
      'State',
      'Code',
      'Grade 2022',
      'Details 2022',
    ]);
    const ct = table.rows.find((r) => r.code === 'CT')!;
    expect(ct['grade 2022']).toBeNull();
    expect(ct['details 2022']).toBe('not published');
  });
});

describe('compare tables', () => {
  it('keeps the user’s order of states and only the goals shown', () => {
    const codes = ['NY', 'CT', 'MA'];
    const all = compareRows(framework, demo, codes);
    const table = compareGoalsTable(differencesOnly(all), codes);
    expect(table.columns.slice(3, 6).map((c) => c.label)).toEqual([
      'New York',
      'Connecticut',
      'Massachusetts',
    ]);
    expect(table.rows.every((r) => r.differs === true)).toBe(true);
    expect(table.rows.length).toBe(all.flatMap((a) => a.rows).filter((r) => r.differs).length);

    const profile = profileTable(issueProfile(framework, demo, codes), codes);
    expect(profile.rows).toHaveLength(6);
    expect(profile.rows[0]).toMatchObject({ issueArea: '1', goals: 7 });
    expect(typeof profile.rows[0]!['CT score']).toBe('number');
  });
});
