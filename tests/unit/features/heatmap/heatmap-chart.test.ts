import { describe, expect, it } from 'vitest';
import { editionSummarySchema } from '@/domain/contract/summary-schema';
import { heatmapTable } from '@/domain/heatmap/export';
import type { HeatmapFilters } from '@/domain/heatmap/model';
import { heatmapChart } from '@/features/heatmap/heatmap-chart';
import demoJson from '../../../../mocks/fixtures/demo-2022-summary.json';
import realJson from '../../../../mocks/fixtures/heatmap-real-2022-summary.json';
import { loadFramework } from '../../fixtures/evaluation-fixture';

// Report data: Connecticut has goals 1.1, 1.2 and 2.9 evaluated (score 50 over 3); MA and NY none.
// Demo data: three synthetic states, laws as of 2022-07-01 and 2022-08-01.
const framework = loadFramework();
const real = editionSummarySchema.parse(realJson);
const demo = editionSummarySchema.parse(demoJson);
const ALL: HeatmapFilters = { issues: [], status: [], states: [], sort: null };
const MEASURE =
  'Coverage score: this project’s measure (equal weights, over evaluated goals), not the publisher’s.';

describe('heatmapChart, report data', () => {
  const chart = heatmapChart({
    framework,
    summary: real,
    filters: ALL,
    year: 2022,
    dataset: 'real',
  });

  it('titles, sources and summarises what the grid shows', () => {
    expect(chart.title).toBe('Policy goals met, by state');
    expect(chart.subtitle).toBe(
      '2022 edition · report data · all 6 issue areas · all states · sorted by coverage score',
    );
    expect(chart.source).toBe(
      `Source: Shared Hope International, Report Cards on Child & Youth Sex Trafficking (2022 policy goals), 2022 edition. Laws as of 2022-08-01. ${MEASURE}`,
    );
    expect(chart.asOf).toEqual(['2022-08-01']);
    expect(chart.synthetic).toBe(false);
    expect(chart.summary).toMatch(/^Connecticut meets 1 of the 40 goals shown/);
    expect(chart.rowCount).toBe('Showing 3 of 3 states');
    expect(chart.gridScoreHeading).toBe('Score (evaluated)');
    expect(chart.legendNote).toBe(
      'Score: this project’s coverage score, 0–100 over the goals evaluated (their number in brackets); — when no goal is evaluated.',
    );
    expect(chart.model.rows.map((r) => r.code)).toEqual(['CT', 'MA', 'NY']);
  });

  it('gives the embed the same words', () => {
    const embed = heatmapChart({
      framework,
      summary: real,
      filters: ALL,
      year: 2022,
      dataset: 'real',
      surface: 'embed',
    });
    const words = (c: typeof chart) => [
      c.title,
      c.subtitle,
      c.source,
      c.asOf,
      c.summary,
      c.synthetic,
      c.rowCount,
      c.legendNote,
    ];
    expect(words(embed)).toEqual(words(chart));
    expect(embed.model.rows).toEqual(chart.model.rows);
  });

  it('builds the table alternative’s rows, one score rule throughout', () => {
    expect(chart.table.caption).toBe(
      'Goals by status for each state shown, counted over the 40 goals shown. The coverage score (this project’s measure, equal weights) is over all evaluated goals; a state with none evaluated has no score.',
    );
    expect(chart.table.issueHeading).toBeNull();
    const [ct, , ny] = chart.table.rows();
    expect(ct).toEqual({
      code: 'CT',
      name: 'Connecticut',
      counts: { meets: 1, partial: 1, 'does-not-meet': 1, 'not-evaluated': 37 },
      score: '50.0',
      evaluated: '3 of 40',
      issueScore: null,
    });
    expect(ny).toMatchObject({ score: 'No score', evaluated: '0 of 40' });

    const byIssue = heatmapChart({
      framework,
      summary: real,
      filters: { ...ALL, sort: 'issue:2' },
      year: 2022,
      dataset: 'real',
    });
    expect(byIssue.gridScoreHeading).toBe('Issue 2 score (evaluated)');
    expect(byIssue.table.issueHeading).toBe('Issue area 2 score (goals evaluated)');
    expect(byIssue.table.rows().map((r) => r.issueScore)).toEqual([
      '50.0 (1)',
      'No score',
      'No score',
    ]);
  });

  it('exports what the page shows: the same title, subtitle, source and dates', async () => {
    const { meta, fileStem } = chart.exportSpec;
    expect(meta).toMatchObject({
      view: 'Heatmap',
      title: chart.title,
      subtitle: chart.subtitle,
      source: chart.source,
      asOf: chart.asOf,
      synthetic: chart.synthetic,
      edition: 2022,
      dataset: 'real',
    });
    expect(meta.selection).toEqual([
      { label: 'States', value: 'all' },
      { label: 'Issue areas', value: 'all' },
      { label: 'Statuses', value: 'all' },
      { label: 'Sort', value: 'by coverage score' },
    ]);
    expect(fileStem).toBe('heatmap-2022');
    expect(chart.exportSpec.table()).toEqual(heatmapTable(chart.model));
    const svg = await chart.exportSpec.svg();
    expect(svg.markup).toContain('Policy goals met, by state');
    expect(svg.markup).toContain('50.0 (3)');
    expect(svg.markup).toContain('Shared Hope International');
  });

  it('names the filters in the subtitle, the selection and the file name alike', () => {
    const filtered = heatmapChart({
      framework,
      summary: real,
      filters: { issues: ['2'], status: ['meets', 'partial'], states: ['CT', 'MA'], sort: 'name' },
      year: 2022,
      dataset: 'real',
    });
    expect(filtered.subtitle).toBe(
      '2022 edition · report data · issue area 2 · statuses: meets and partly meets · 2 chosen states · sorted by name',
    );
    expect(filtered.rowCount).toBe('Showing 1 of 3 states · 11 of 40 goals');
    expect(filtered.legendNote).toMatch(/ Faded cells have a status not selected in the filter\.$/);
    expect(filtered.exportSpec.meta.selection).toEqual([
      { label: 'States', value: 'Connecticut, Massachusetts' },
      { label: 'Issue areas', value: '2. Identification of & Response to Victims' },
      { label: 'Statuses', value: 'meets, partly meets' },
      { label: 'Sort', value: 'by name' },
    ]);
    expect(filtered.exportSpec.fileStem).toBe('heatmap-2022-CT-MA-issues-2-meets-partial');
  });
});

describe('heatmapChart, demo data', () => {
  const chart = heatmapChart({
    framework,
    summary: demo,
    filters: ALL,
    year: 2022,
    dataset: 'demo',
  });

  it('is marked synthetic everywhere, from the data’s own flag', () => {
    expect(chart.synthetic).toBe(true);
    expect(chart.subtitle).toBe(
      '2022 edition · synthetic demo data · all 6 issue areas · all states · sorted by coverage score',
    );
    expect(chart.source).toBe(
      `Source: synthetic demo data generated by Statewise against Shared Hope International’s policy goals; it describes no state’s real law. ${MEASURE}`,
    );
    expect(chart.asOf).toEqual(['2022-07-01', '2022-08-01']);
    expect(chart.summary).toMatch(/^Connecticut meets \d+ of the 40 goals shown/);
    expect(chart.exportSpec.meta).toMatchObject({
      synthetic: true,
      dataset: 'demo',
      source: chart.source,
      subtitle: chart.subtitle,
    });
    expect(chart.exportSpec.fileStem).toBe('heatmap-2022-demo');
  });

  it('carries the as-of dates in the embed’s source line', () => {
    const embed = heatmapChart({
      framework,
      summary: demo,
      filters: ALL,
      year: 2022,
      dataset: 'demo',
      surface: 'embed',
    });
    expect(embed.source).toBe(`${chart.source} Laws as of 2022-07-01 to 2022-08-01.`);
    expect(embed.subtitle).toBe(chart.subtitle);
    expect(embed.summary).toBe(chart.summary);
  });
});
