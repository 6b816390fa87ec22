import { TILE_LAYOUT } from '@/components/tile-map';
import { exportFileStem, statesPart } from '@/domain/export/name';
import { overviewChartTable, overviewMapTable } from '@/domain/overview/export';
import {
  frameworkExportMeta,
  type ExportMeta,
  type ExportSelectionItem,
  type ExportSpec,
} from '@/domain/export/spec';
import type { Legend } from '@/domain/export/svg-common';
import type { Framework } from '@/domain/contract/framework-schema';
import { jurisdictionByCode } from '@/domain/format/jurisdictions';
import { measureKey, measureLabel, type OverviewMeasure } from '@/domain/overview/measure';
import {
  noDataMeaning,
  type LegendItem,
  type MeasureChart,
  type StateValue,
} from '@/domain/overview/values';
import type { DatasetId } from '@/domain/contract/summary-schema';
import { bucketMark } from './measure-legend';
import { bucketColor } from '@/domain/overview/colors';

/**
 * What the overview's map and chart export: their rows, meta and SVG (built from the same values
 * and colours the page draws, by the pure builders in src/domain/export/svg-*.ts).
 */
export interface OverviewExportInput {
  measure: OverviewMeasure;
  values: readonly StateValue[];
  legend: readonly LegendItem[];
  chart: MeasureChart;
  framework: Framework | undefined;
  goalCount: number;
  year: number;
  dataset: DatasetId;
  synthetic: boolean;
  subtitle: string;
  source: string;
  asOf: readonly string[];
  /** States chosen in the URL, outlined */
  selected: readonly string[];
  mapTitle: string;
  chartTitle: string;
}

function selection(input: OverviewExportInput): ExportSelectionItem[] {
  const items: ExportSelectionItem[] = [{ label: 'Measure', value: measureLabel(input.measure) }];
  if (input.selected.length > 0) {
    items.push({
      label: 'Highlighted states',
      value: input.selected.map((c) => jurisdictionByCode(c)?.name ?? c).join(', '),
    });
  }
  return items;
}

function meta(input: OverviewExportInput, title: string): ExportMeta {
  return {
    view: 'Overview',
    title,
    subtitle: input.subtitle,
    edition: input.year,
    dataset: input.dataset,
    synthetic: input.synthetic,
    selection: selection(input),
    source: input.source,
    asOf: input.asOf,
    ...frameworkExportMeta(input.framework),
    notes: [`No data: ${noDataMeaning(input.measure)} (unknown, not zero).`],
  };
}

function stem(input: OverviewExportInput, chart?: string): string {
  return exportFileStem({
    view: 'overview',
    year: input.year,
    selection: [measureKey(input.measure), statesPart(input.selected), chart],
    synthetic: input.synthetic,
  });
}

function svgLegend(input: OverviewExportInput): Legend {
  return {
    title: measureLabel(input.measure),
    entries: input.legend.map((item) => {
      const color = bucketColor(item.bucket);
      const mark =
        item.type === 'no-data'
          ? input.measure.kind === 'status'
            ? '?'
            : undefined
          : bucketMark(item.bucket);
      return {
        fill: color?.fill ?? null,
        ...(mark ? { mark, markColor: color?.text ?? '#111111' } : {}),
        label: `${item.label}${item.note ? `: ${item.note}` : ''} (${item.count})`,
      };
    }),
  };
}

export function overviewMapExport(input: OverviewExportInput): ExportSpec {
  return {
    fileStem: stem(input),
    meta: meta(input, input.mapTitle),
    table: () => overviewMapTable(input.values, input.measure, input.goalCount),
    svg: async () => {
      const { tileMapSvg } = await import('@/domain/export/svg-tile-map');
      const inferred =
        input.measure.kind === 'grade' && input.values.some((v) => v.state?.published?.inferred);
      return tileMapSvg({
        title: input.mapTitle,
        subtitle: input.subtitle,
        source: input.source,
        synthetic: input.synthetic,
        layout: TILE_LAYOUT,
        tiles: input.values.map((v) => {
          const color = bucketColor(v.bucket);
          return {
            code: v.code,
            fill: color?.fill ?? null,
            textColor: color?.text ?? '#111111',
            ...(v.short ? { value: v.short } : {}),
            highlighted: input.selected.includes(v.code),
          };
        }),
        legend: svgLegend(input),
        ...(inferred
          ? { notes: ['* Inferred: the sources imply the grade rather than name it.'] }
          : {}),
      });
    },
  };
}

export function overviewChartExport(input: OverviewExportInput): ExportSpec {
  const { chart, measure } = input;
  return {
    fileStem: stem(input, chart.type === 'ranked' ? 'ranking' : 'distribution'),
    meta: meta(input, input.chartTitle),
    table: () => overviewChartTable(chart, measure),
    svg: async () => {
      const { barsSvg } = await import('@/domain/export/svg-bars');
      const unknown =
        chart.unknown.length > 0
          ? {
              label: `No data: ${chart.unknown.length} ${chart.unknown.length === 1 ? 'state' : 'states'} (${noDataMeaning(measure).toLowerCase()})`,
              items: chart.unknown.map((v) => v.name).join(', '),
            }
          : undefined;
      const common = {
        title: input.chartTitle,
        subtitle: input.subtitle,
        source: input.source,
        synthetic: input.synthetic,
        ...(unknown ? { unknown } : {}),
      };
      if (chart.type === 'ranked') {
        const ranked = chart.rows.length >= 3;
        return barsSvg({
          ...common,
          max: 100,
          ticks: [0, 25, 50, 75, 100],
          notes: [
            'Each bar is a state’s score on the 0–100 scale, highest first; the last figure is how many of its goals were evaluated (= marks a tie).',
          ],
          groups: [
            {
              rows: chart.rows.map(({ value, rank, tied }) => ({
                ...(ranked ? { prefix: tied ? `=${rank}` : String(rank) } : {}),
                label: value.name,
                segments: [
                  {
                    value: value.sortValue ?? 0,
                    fill: bucketColor(value.bucket)?.fill ?? '#999999',
                  },
                ],
                value: value.display,
                note: `${value.evaluated}/${value.goalsInScope} goals`,
                highlighted: input.selected.includes(value.code),
              })),
            },
          ],
        });
      }
      const max = Math.max(1, ...chart.groups.map((g) => g.states.length));
      return barsSvg({
        ...common,
        max,
        notes: [
          'Each bar counts the states with that value; the states are listed under it (* inferred grade).',
        ],
        groups: [
          {
            rows: chart.groups.map((g) => {
              const color = bucketColor(g.bucket);
              const mark = bucketMark(g.bucket);
              return {
                label: g.label,
                swatch: {
                  fill: color?.fill ?? null,
                  ...(mark ? { mark, markColor: color?.text ?? '#111111' } : {}),
                },
                segments: [{ value: g.states.length, fill: color?.fill ?? '#999999' }],
                value: `${g.states.length} ${g.states.length === 1 ? 'state' : 'states'}`,
                below: g.states
                  .map((v) => `${v.code}${v.short.endsWith('*') ? '*' : ''}`)
                  .join(' '),
              };
            }),
          },
        ],
      });
    },
  };
}
