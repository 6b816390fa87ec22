import type { Framework } from '@/domain/contract/framework-schema';
import type { DatasetId, EditionSummary } from '@/domain/contract/summary-schema';
import type { ChartDefinition } from '@/domain/export/chart-definition';
import { exportFileStem, statesPart } from '@/domain/export/name';
import {
  EXPORT_ON_DATA_TEXT,
  EXPORT_STATUS_FILLS,
  EXPORT_STATUS_GLYPHS,
  STATUS_SVG_LEGEND,
} from '@/domain/export/palette';
import { frameworkExportMeta, type ExportSpec } from '@/domain/export/spec';
import { formatScore } from '@/domain/format/numbers';
import { heatmapSelection, heatmapTable } from '@/domain/heatmap/export';
import {
  buildHeatmap,
  type HeatmapFilters,
  type HeatmapModel,
  type StatusCounts,
} from '@/domain/heatmap/model';
import {
  asOfDates,
  keyScoreText,
  legendNote,
  rowCountText,
  scoreHeading,
  sourceText,
  subtitleText,
  summaryText,
} from '@/domain/heatmap/text';

/**
 * The heatmap's one chart definition: the page, the embed and every export (CSV, JSON, SVG, PNG,
 * ZIP) draw from it, so none restates a title, source line or summary. Pure and cheap: what only
 * a download or the table alternative needs (export rows, SVG, table rows) is built when asked.
 */

export const HEATMAP_TITLE = 'Policy goals met, by state';

export interface HeatmapChartInput {
  framework: Framework;
  summary: EditionSummary;
  /** The URL's filters and sort */
  filters: HeatmapFilters;
  year: number;
  dataset: DatasetId;
  /**
   * Where it is drawn: the embed's source line carries the as-of dates of synthetic data too (a
   * host page shows no other date); the page's and the exports' do for report data only.
   */
  surface?: 'page' | 'embed';
}

/** One row of the table alternative: the counts per status over the goals shown, and the scores. */
export interface HeatmapTableRow {
  code: string;
  name: string;
  counts: StatusCounts;
  /** "50.0", or "No score" when no goal is evaluated */
  score: string;
  /** "3 of 40" */
  evaluated: string;
  /** "50.0 (1)" when sorted by an issue area's score, else null */
  issueScore: string | null;
}

export interface HeatmapTableDefinition {
  caption: string;
  /** Heading of the issue area's score column when sorted by one, else null (no column) */
  issueHeading: string | null;
  /** Built when the table is shown */
  rows: () => HeatmapTableRow[];
}

export interface HeatmapChart extends ChartDefinition<HeatmapModel> {
  /** "Showing 12 of 51 states", above the chart */
  rowCount: string;
  /** Heading of the score beside each state name in the grid */
  gridScoreHeading: string;
  /** The legend's note on scores (and faded cells) */
  legendNote: string;
  table: HeatmapTableDefinition;
}

export function heatmapChart({
  framework,
  summary,
  filters,
  year,
  dataset,
  surface = 'page',
}: HeatmapChartInput): HeatmapChart {
  const model = buildHeatmap(summary, framework, filters);
  // Once loaded, the data's own flag (the fetchers check it against the dataset).
  const synthetic = summary.synthetic;
  const asOf = asOfDates(model.rows);
  const subtitle = subtitleText({ year, synthetic, model, framework, states: filters.states });
  const source = sourceText(framework, year, synthetic, asOf, {
    syntheticAsOf: surface === 'embed',
  });
  const chart = {
    model,
    title: HEATMAP_TITLE,
    subtitle,
    source,
    asOf,
    summary: summaryText(model),
    synthetic,
    rowCount: rowCountText(model),
    gridScoreHeading: `${scoreHeading(model)} (evaluated)`,
    legendNote: legendNote(model),
    table: tableDefinition(model),
  };
  return {
    ...chart,
    exportSpec: exportSpec({ ...chart, framework, states: filters.states, year, dataset }),
  };
}

function tableDefinition(model: HeatmapModel): HeatmapTableDefinition {
  const goals = model.columns.length;
  const issue = model.sort.kind === 'issue' ? model.sort : null;
  return {
    caption: `Goals by status for each state shown, counted over the ${goals} ${goals === 1 ? 'goal' : 'goals'} shown. The coverage score (this project’s measure, equal weights) is over all evaluated goals; a state with none evaluated has no score.`,
    issueHeading: issue ? `Issue area ${issue.issueId} score (goals evaluated)` : null,
    rows: () =>
      model.rows.map((row) => ({
        code: row.code,
        name: row.name,
        counts: row.counts,
        score: row.score === null ? 'No score' : formatScore(row.score),
        evaluated: `${row.evaluated} of ${model.totalGoals}`,
        issueScore: issue ? (row.keyScore === null ? 'No score' : keyScoreText(row)) : null,
      })),
  };
}

const EXPORT_NOTES = [
  'Each goal column holds the state’s status on that goal: meets, partly meets, does not meet, or not evaluated (unknown, not a failure).',
  'Coverage score: this project’s measure, 0–100 over the goals evaluated; empty when no goal is evaluated (unknown, not zero).',
];

/** What the heatmap exports: the rows shown, their filters in words, and the grid as SVG. */
function exportSpec(input: {
  model: HeatmapModel;
  title: string;
  subtitle: string;
  source: string;
  asOf: readonly string[];
  synthetic: boolean;
  legendNote: string;
  framework: Framework;
  states: readonly string[];
  year: number;
  dataset: DatasetId;
}): ExportSpec {
  const { model, title, subtitle, source, asOf, synthetic, framework, states, year } = input;
  const goalsFiltered = model.goalFilter.length > 0;
  const issuesFiltered = !goalsFiltered && model.columns.length < model.totalGoals;
  return {
    fileStem: exportFileStem({
      view: 'heatmap',
      year,
      selection: [
        statesPart(states),
        issuesFiltered ? `issues-${model.groups.map((g) => g.issueId).join('-')}` : null,
        goalsFiltered ? `goals-${model.columns.map((c) => c.goalId).join('-')}` : null,
        model.statusFilter.length > 0 ? model.statusFilter.join('-') : null,
      ],
      synthetic,
    }),
    meta: {
      view: 'Heatmap',
      title,
      subtitle,
      edition: year,
      dataset: input.dataset,
      synthetic,
      selection: heatmapSelection(model, states),
      source,
      asOf,
      ...frameworkExportMeta(framework),
      notes: EXPORT_NOTES,
    },
    table: () => heatmapTable(model),
    svg: async () => {
      const { heatmapSvg } = await import('@/domain/export/svg-heatmap');
      return heatmapSvg({
        title,
        subtitle,
        source,
        synthetic,
        groups: model.groups,
        columns: model.columns,
        rows: model.rows.map((row) => ({
          name: row.name,
          statuses: row.statuses,
          matches: row.matches,
          score: keyScoreText(row),
        })),
        scoreHeading: scoreHeading(model),
        colors: EXPORT_STATUS_FILLS,
        glyphs: EXPORT_STATUS_GLYPHS,
        onColor: EXPORT_ON_DATA_TEXT,
        legend: STATUS_SVG_LEGEND,
        notes: [
          `Issue areas: ${model.groups.map((g) => `${g.issueId}. ${g.title}`).join('; ')}.`,
          input.legendNote,
        ],
      });
    },
  };
}
