import { describe, expect, it } from 'vitest';
import { frameworkGoals } from '@/domain/contract/framework-schema';
import { editionSummarySchema } from '@/domain/contract/summary-schema';
import { csvCell, type csvField, SYNTHETIC_COLUMN, toCsv } from '@/domain/export/csv';
import type { ExportColumn, ExportSpec } from '@/domain/export/spec';
import { compareGoalsChart, compareProfileChart } from '@/features/compare/compare-chart';
import { goalCharts } from '@/features/goal/goal-chart';
import { heatmapChart } from '@/features/heatmap/heatmap-chart';
import { overviewCharts } from '@/features/overview/overview-chart';
import { gradesChart, rankingChart } from '@/features/scores/scores-chart';
import demoFixture from '../../../mocks/fixtures/demo-2022-summary.json';
import goalDemoFixture from '../../../mocks/fixtures/goal-demo-2022-summary.json';
import realFixture from '../../../mocks/fixtures/real-2022-summary.json';
import scoresFixture from '../../../mocks/fixtures/scores-real-2021-summary.json';
import { parseRfc4180 } from '../../fixtures/rfc4180';
import { loadFramework } from '../fixtures/evaluation-fixture';

/*
 * The CSV of every chart of every view, read as a spreadsheet or pandas reads a file without
 * options (a strict RFC 4180 reader that knows no comment lines): the first record is the header
 * of the columns the table alternative names, and every other record is one of the rows shown, in
 * order, each as wide as the header. (The state report downloads Markdown: it has no CSV.)
 */
const framework = loadFramework();
const real = editionSummarySchema.parse(realFixture);
const demo = editionSummarySchema.parse(demoFixture);
const demo51 = editionSummarySchema.parse(goalDemoFixture);
const real2021 = editionSummarySchema.parse(scoresFixture);

/** The cell a reader finds for a value: what csvCell writes (scores as "80.0"), unquoted. */
function cellText(value: Parameters<typeof csvField>[0], col: ExportColumn): string {
  const field = csvCell(value, col);
  return field.startsWith('"') ? field.slice(1, -1).replace(/""/g, '"') : field;
}

/** Reads the spec's CSV and checks it is exactly the header and the rows of its table. */
function readCsv(spec: ExportSpec): { header: string[]; rows: string[][] } {
  const table = spec.table();
  const text = toCsv(table, spec.meta);
  const [header, ...rows] = parseRfc4180(text);
  const mark = spec.meta.synthetic ? [SYNTHETIC_COLUMN] : [];
  expect(header).toEqual([...table.columns.map((c) => c.label), ...mark.map((m) => m.label)]);
  expect(rows).toEqual(
    table.rows.map((row) => [
      ...table.columns.map((c) => cellText(row[c.key] ?? null, c)),
      ...mark.map((m) => m.value),
    ]),
  );
  for (const row of rows) expect(row).toHaveLength(header!.length);
  // Nothing but the header and rows: no line of the file is a comment or blank.
  expect(text.replace(/^\uFEFF/, '').startsWith(header![0]!)).toBe(true);
  return { header: header!, rows };
}

const column = (csv: { header: string[]; rows: string[][] }, label: string) => {
  const i = csv.header.indexOf(label);
  expect(i, label).toBeGreaterThanOrEqual(0);
  return csv.rows.map((r) => r[i]);
};

describe('the CSV of each view reads as its header and the rows shown', () => {
  it('heatmap: one row per state shown, in the grid’s order, a column per goal shown', () => {
    for (const [summary, dataset] of [
      [real, 'real'],
      [demo, 'demo'],
    ] as const) {
      const chart = heatmapChart({
        framework,
        summary,
        filters: { issues: ['2'], status: [], states: [], sort: 'name' },
        year: 2022,
        dataset,
      });
      const csv = readCsv(chart.exportSpec);
      expect(column(csv, 'Code')).toEqual(chart.model.rows.map((r) => r.code));
      expect(csv.header.filter((h) => h.startsWith('Goal '))).toEqual(
        chart.model.columns.map((g) => `Goal ${g.goalId}`),
      );
    }
  });

  it('compare: one row per goal shown (goal by goal) and per issue area (profile)', () => {
    const input = {
      framework,
      summary: demo,
      codes: ['CT', 'MA', 'NY'],
      dropped: [],
      year: 2022,
      dataset: 'demo' as const,
      diff: true,
    };
    const goals = compareGoalsChart(input);
    const csv = readCsv(goals.exportSpec);
    expect(column(csv, 'Goal')).toEqual(goals.model.table.rows.map((r) => r.goalId));
    expect(csv.header.slice(3, 6)).toEqual(['Connecticut', 'Massachusetts', 'New York']);
    const profile = compareProfileChart(input);
    expect(readCsv(profile.exportSpec).rows).toHaveLength(profile.model.table.rows.length);
  });

  it('goal: the status map’s 51 jurisdictions and each comparison of typed facts', () => {
    for (const goalId of ['1.1', '2.9', '4.6', '5.3']) {
      const goal = frameworkGoals(framework).find((g) => g.id === goalId)!;
      const { status, facts } = goalCharts({
        framework,
        goal,
        summary: demo51,
        highlighted: ['CT'],
        sort: null,
      });
      const csv = readCsv(status.exportSpec);
      expect(column(csv, 'Code')).toEqual(status.model.rows.map((r) => r.code));
      expect(csv.rows).toHaveLength(51);
      for (const chart of facts) expect(readCsv(chart.exportSpec).rows.length).toBeGreaterThan(0);
    }
  });

  it('scores: the ranking in its order, then the states without a score; the published grades', () => {
    const chart = rankingChart({
      framework,
      summary: demo,
      weights: {},
      dataset: 'demo',
      year: 2022,
      weightsFrom: 'reader',
    });
    const csv = readCsv(chart.exportSpec);
    expect(column(csv, 'Code').slice(0, chart.model.ranked.length)).toEqual(
      chart.model.ranked.map((r) => r.code),
    );
    const grades = gradesChart({
      framework,
      editions: [
        { year: 2021, summary: real2021 },
        { year: 2022, summary: real },
      ],
      dataset: 'real',
      synthetic: false,
    });
    expect(readCsv(grades.exportSpec).rows).toHaveLength(grades.model.length);
  });

  it('overview: the map’s jurisdictions and the ranked bars', () => {
    for (const measure of [{ kind: 'score' }, { kind: 'min-age' }] as const) {
      const { map, bars } = overviewCharts({
        framework,
        summary: real,
        measure,
        dataset: 'real',
        year: 2022,
        selected: ['CT'],
      });
      const csv = readCsv(map.exportSpec);
      expect(column(csv, 'Code')).toEqual(map.model.map((v) => v.code));
      readCsv(bars.exportSpec);
    }
  });
});
