import { describe, expect, it } from 'vitest';
import { CSV_BOM, csvCell, toCsv } from '@/domain/export/csv';
import { exportJson } from '@/domain/export/json';
import type { ExportContext, ExportMeta, ExportTable } from '@/domain/export/spec';
import { profileTable } from '@/domain/compare/export';
import { issueProfile } from '@/domain/compare/profile';
import { heatmapTable } from '@/domain/heatmap/export';
import { buildHeatmap } from '@/domain/heatmap/model';
import { keyScoreText } from '@/domain/heatmap/text';
import { overviewChartTable, overviewMapTable } from '@/domain/overview/export';
import { measureChart, measureValues } from '@/domain/overview/values';
import { rankingTable } from '@/domain/scores/export';
import { rankScores } from '@/domain/scores/ranking';
import { formatScore } from '@/domain/format/numbers';
import { editionSummarySchema } from '@/domain/contract/summary-schema';
import demoFixture from '../../../../mocks/fixtures/demo-2022-summary.json';
import realFixture from '../../../../mocks/fixtures/real-2022-summary.json';
import { loadFramework } from '../../fixtures/evaluation-fixture';

/**
 * One score format everywhere: a CSV writes a score as the page, the table and the text do
 * ("50.0", never "50"), through formatScore; JSON keeps the number (80 and 80.0 are one JSON
 * value). Each view's export table marks its score columns so.
 */
const framework = loadFramework();
const demo = editionSummarySchema.parse(demoFixture);
const real = editionSummarySchema.parse(realFixture);

const ctx: ExportContext = { url: 'https://statewise.example/', retrieved: '2025-06-01' };
const meta: ExportMeta = {
  view: 'Test',
  title: 'T',
  subtitle: 'S',
  edition: 2022,
  dataset: 'real',
  synthetic: false,
  selection: [],
  source: 'Source: test',
  asOf: ['2022-08-01'],
};

/** The CSV's records: header first, split at commas (the test tables hold no quoted commas). */
function records(table: ExportTable): string[][] {
  return toCsv(table, meta)
    .replace(CSV_BOM, '')
    .split('\r\n')
    .filter((l) => l !== '' && !l.startsWith('#'))
    .map((l) => l.split(','));
}

/** The CSV cells of one column, by its label. */
function csvColumn(table: ExportTable, label: string): string[] {
  const [header, ...rows] = records(table);
  const i = header!.indexOf(label);
  expect(i, label).toBeGreaterThanOrEqual(0);
  return rows.map((r) => r[i]!);
}

describe('csvCell', () => {
  it('writes a score column with one decimal and leaves other numbers as they are', () => {
    const score = { key: 's', label: 'Score', format: 'score' as const };
    const count = { key: 'n', label: 'Goals' };
    expect(csvCell(80, score)).toBe('80.0');
    expect(csvCell(38.75, score)).toBe('38.8');
    expect(csvCell(0, score)).toBe('0.0');
    expect(csvCell(null, score)).toBe('');
    expect(csvCell(40, count)).toBe('40');
    expect(csvCell('no score', score)).toBe('no score');
  });

  it('is what toCsv writes, while JSON keeps the number', () => {
    const table: ExportTable = {
      columns: [
        { key: 'state', label: 'State' },
        { key: 'score', label: 'Coverage score', format: 'score' },
        { key: 'goals', label: 'Goals' },
      ],
      rows: [
        { state: 'Connecticut', score: 80, goals: 40 },
        { state: 'Maine', score: null, goals: 40 },
      ],
    };
    expect(records(table)).toEqual([
      ['State', 'Coverage score', 'Goals'],
      ['Connecticut', '80.0', '40'],
      ['Maine', '', '40'],
    ]);
    expect(exportJson(table, meta, ctx).rows[0]).toEqual({
      state: 'Connecticut',
      score: 80,
      goals: 40,
    });
  });
});

describe('score columns of every view’s export', () => {
  it('heatmap: the coverage score and the sorted issue area’s score read as in the grid', () => {
    const model = buildHeatmap(demo, framework, {
      issues: [],
      status: [],
      states: [],
      sort: 'issue:2',
    });
    const table = heatmapTable(model);
    const shown = model.rows.map((r) => (r.score === null ? '' : formatScore(r.score)));
    expect(csvColumn(table, 'Coverage score')).toEqual(shown);
    // The grid shows the sorted score as "50.0 (11)": the CSV has the same number.
    expect(csvColumn(table, 'Issue area 2 score')).toEqual(
      model.rows.map((r) => (r.keyScore === null ? '' : keyScoreText(r).split(' ')[0]!)),
    );
    expect(shown.some((s) => /^\d+\.\d$/.test(s))).toBe(true);
  });

  it('scores: the ranking’s scores, framework scores and issue-area scores, one decimal', () => {
    const table = rankingTable(rankScores(framework, demo, { '1.1': 3 }), framework.issueAreas);
    for (const c of table.columns.filter((c) => /score/i.test(c.label))) {
      expect(c.format, c.label).toBe('score');
      for (const cell of csvColumn(table, c.label)) expect(cell, c.label).toMatch(/^(\d+\.\d)?$/);
    }
    const ct = rankingTable(rankScores(framework, real), framework.issueAreas);
    // Connecticut's coverage score is 50: written "50.0", as the ranking shows it.
    expect(csvColumn(ct, 'Coverage score')[0]).toBe('50.0');
  });

  it('compare: each state’s issue-area score', () => {
    const codes = ['CT', 'MA'];
    const table = profileTable(issueProfile(framework, demo, codes), codes);
    for (const label of ['Connecticut score', 'Massachusetts score']) {
      const cells = csvColumn(table, label);
      expect(cells).toHaveLength(6);
      for (const cell of cells) expect(cell, label).toMatch(/^(\d+\.\d)?$/);
    }
  });

  it('overview: a score measure’s values in the map and chart tables; ages stay whole numbers', () => {
    const values = measureValues(real, { kind: 'score' });
    const map = overviewMapTable(values, { kind: 'score' }, 40);
    const ct = csvColumn(map, 'Coverage score')[values.findIndex((v) => v.code === 'CT')];
    expect(ct).toBe('50.0');
    const chart = overviewChartTable(measureChart(values, { kind: 'score' }), { kind: 'score' });
    expect(chart.columns.find((c) => c.key === 'value')?.format).toBe('score');
    const ages = overviewMapTable(
      measureValues(real, { kind: 'min-age' }),
      { kind: 'min-age' },
      40,
    );
    expect(ages.columns.find((c) => c.key === 'value')?.format).toBeUndefined();
  });
});
