import type { Framework } from '@/domain/contract/framework-schema';
import type { DatasetId, EditionSummary } from '@/domain/contract/summary-schema';
import type { ChartDefinition } from '@/domain/export/chart-definition';
import { dataCoverage, type DataCoverage } from '@/domain/format/coverage';
import { measureLabel, type OverviewMeasure } from '@/domain/overview/measure';
import {
  chartTitle,
  lowerFirst,
  mapTitle,
  measureSource,
  measureSubtitle,
} from '@/domain/overview/text';
import {
  describeMeasure,
  measureChart,
  measureLegend,
  measureValues,
  type LegendItem,
  type MeasureChart,
  type StateValue,
} from '@/domain/overview/values';
import { overviewBarsExport, overviewMapExport } from './overview-export';

/**
 * The overview's two charts, everything but the drawing: the tile map of one measure (drawn by
 * the page and by its embed) and the bars beside it (the states ranked, or each value with its
 * states). Both share the measure's values, subtitle and source line; the exports are built from
 * the same definitions, so a download says exactly what the page says.
 */

export interface MapLegend {
  title: string;
  items: readonly LegendItem[];
  /** The mark unknown tiles carry, when they carry one (a goal's "?") */
  noDataMark?: string;
  /** A line under the items, e.g. what an asterisk means */
  footnote?: string;
}

export interface OverviewMapChart extends ChartDefinition<readonly StateValue[]> {
  measure: OverviewMeasure;
  legend: MapLegend;
  /** Goals in the edition, for "n of 40 goals evaluated" */
  goalCount: number;
  tableCaption: string;
}

export interface OverviewBarsChart extends ChartDefinition<MeasureChart> {
  measure: OverviewMeasure;
  tableCaption: string;
}

export interface OverviewCharts {
  map: OverviewMapChart;
  bars: OverviewBarsChart;
  /** What the edition's data covers (the panel beside the charts) */
  coverage: DataCoverage;
}

export interface OverviewChartsInput {
  framework: Framework;
  summary: EditionSummary;
  measure: OverviewMeasure;
  dataset: DatasetId;
  year: number;
  /** States chosen in the URL: outlined, and named in the exports */
  selected: readonly string[];
}

/** Names the issue area or goal a measure is about, before the numbers. */
function scopeSentence(measure: OverviewMeasure, framework: Framework): string {
  if (measure.kind === 'issue') {
    const area = framework.issueAreas.find((a) => a.id === measure.issueId);
    return area ? `Issue area ${area.id}, ${area.title} (${area.goals.length} goals). ` : '';
  }
  if (measure.kind === 'status') {
    const goal = framework.issueAreas.flatMap((a) => a.goals).find((g) => g.id === measure.goalId);
    return goal ? `Goal ${goal.id}: “${goal.title.replace(/\.$/, '')}.” ` : '';
  }
  return '';
}

export const INFERRED_NOTE = '* Inferred: the sources imply the grade rather than name it.';

export function overviewCharts(input: OverviewChartsInput): OverviewCharts {
  const { framework, summary, measure, dataset, year, selected } = input;
  const values = measureValues(summary, measure);
  const chart = measureChart(values, measure);
  const coverage = dataCoverage(summary, framework);
  const synthetic = summary.synthetic;
  const context = {
    framework,
    year,
    synthetic,
    asOf: coverage.asOf,
    reportAgeStates: values
      .filter((v) => (v.state?.facts?.juvenileJurisdiction?.basis ?? '') === 'report')
      .map((v) => v.name),
  };
  const subtitle = measureSubtitle(measure, context);
  const source = measureSource(measure, context);
  const label = measureLabel(measure);
  const inferred = measure.kind === 'grade' && values.some((v) => v.state?.published?.inferred);
  const legend: MapLegend = {
    title: label,
    items: measureLegend(values, measure),
    ...(measure.kind === 'status' ? { noDataMark: '?' } : {}),
    ...(inferred ? { footnote: INFERRED_NOTE } : {}),
  };
  const shared = { measure, subtitle, source, asOf: coverage.asOf, synthetic };
  const exportContext = { framework, dataset, year, selected };

  const mapPart = {
    ...shared,
    model: values,
    title: mapTitle(measure),
    summary: `${scopeSentence(measure, framework)}${describeMeasure(chart, measure)}`,
    legend,
    goalCount: summary.goals.length,
    tableCaption: `${label} of all ${values.length} jurisdictions, with goals evaluated, published grade and notes`,
  };
  const barsPart = {
    ...shared,
    model: chart,
    title: chartTitle(measure),
    summary: `${
      chart.type === 'ranked'
        ? 'Each bar is a state’s score on the 0–100 scale, highest first; the last figure is how many of its goals were evaluated.'
        : 'Each bar counts the states with that value; the states are listed under it.'
    } States with no data follow.`,
    tableCaption:
      chart.type === 'ranked'
        ? `${label}, highest first; states with no data last`
        : `States by ${lowerFirst(label)}`,
  };
  return {
    map: { ...mapPart, exportSpec: overviewMapExport(mapPart, exportContext) },
    bars: { ...barsPart, exportSpec: overviewBarsExport(barsPart, exportContext) },
    coverage,
  };
}
