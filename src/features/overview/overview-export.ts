import { TILE_LAYOUT } from '@/components/tile-map';
import type { Framework } from '@/domain/contract/framework-schema';
import type { DatasetId } from '@/domain/contract/summary-schema';
import { exportFileStem, statesPart } from '@/domain/export/name';
import {
  frameworkExportMeta,
  type ExportMeta,
  type ExportSelectionItem,
  type ExportSpec,
} from '@/domain/export/spec';
import type { Legend } from '@/domain/export/svg-common';
import { stateName } from '@/domain/format/jurisdictions';
import { bucketColor, bucketMark } from '@/domain/overview/colors';
import { overviewChartTable, overviewMapTable } from '@/domain/overview/export';
import { measureKey, measureLabel, type OverviewMeasure } from '@/domain/overview/measure';
import { noDataMeaning } from '@/domain/overview/values';
import type { OverviewBarsChart, OverviewMapChart } from './overview-chart';

/**
 * What the overview's map and bars export: their rows, meta and SVG, built from the chart
 * definitions the page draws (overview-chart.ts), with the same values, texts and colours.
 */
type Texts = 'title' | 'subtitle' | 'source' | 'asOf' | 'synthetic' | 'measure';
export type MapExportInput = Pick<OverviewMapChart, Texts | 'model' | 'legend' | 'goalCount'>;
export type BarsExportInput = Pick<OverviewBarsChart, Texts | 'model'>;

export interface OverviewExportContext {
  framework: Framework;
  dataset: DatasetId;
  year: number;
  /** States chosen in the URL, outlined */
  selected: readonly string[];
}

function selection(measure: OverviewMeasure, ctx: OverviewExportContext): ExportSelectionItem[] {
  const items: ExportSelectionItem[] = [{ label: 'Measure', value: measureLabel(measure) }];
  if (ctx.selected.length > 0) {
    items.push({ label: 'Highlighted states', value: ctx.selected.map(stateName).join(', ') });
  }
  return items;
}

function meta(chart: Pick<OverviewMapChart, Texts>, ctx: OverviewExportContext): ExportMeta {
  return {
    view: 'Overview',
    title: chart.title,
    subtitle: chart.subtitle,
    edition: ctx.year,
    dataset: ctx.dataset,
    synthetic: chart.synthetic,
    selection: selection(chart.measure, ctx),
    source: chart.source,
    asOf: chart.asOf,
    ...frameworkExportMeta(ctx.framework),
    notes: [`No data: ${noDataMeaning(chart.measure)} (unknown, not zero).`],
  };
}

function stem(
  chart: Pick<OverviewMapChart, Texts>,
  ctx: OverviewExportContext,
  part?: string,
): string {
  return exportFileStem({
    view: 'overview',
    year: ctx.year,
    selection: [measureKey(chart.measure), statesPart(ctx.selected), part],
    synthetic: chart.synthetic,
  });
}

function svgLegend(chart: MapExportInput): Legend {
  return {
    title: chart.legend.title,
    entries: chart.legend.items.map((item) => {
      const color = bucketColor(item.bucket);
      const mark = item.type === 'no-data' ? chart.legend.noDataMark : bucketMark(item.bucket);
      return {
        fill: color?.fill ?? null,
        ...(mark ? { mark, markColor: color?.text ?? '#111111' } : {}),
        label: `${item.label}${item.note ? `: ${item.note}` : ''} (${item.count})`,
      };
    }),
  };
}

export function overviewMapExport(chart: MapExportInput, ctx: OverviewExportContext): ExportSpec {
  return {
    fileStem: stem(chart, ctx),
    meta: meta(chart, ctx),
    table: () => overviewMapTable(chart.model, chart.measure, chart.goalCount),
    svg: async () => {
      const { tileMapSvg } = await import('@/domain/export/svg-tile-map');
      return tileMapSvg({
        title: chart.title,
        subtitle: chart.subtitle,
        source: chart.source,
        synthetic: chart.synthetic,
        layout: TILE_LAYOUT,
        tiles: chart.model.map((v) => {
          const color = bucketColor(v.bucket);
          return {
            code: v.code,
            fill: color?.fill ?? null,
            textColor: color?.text ?? '#111111',
            ...(v.short ? { value: v.short } : {}),
            highlighted: ctx.selected.includes(v.code),
          };
        }),
        legend: svgLegend(chart),
        ...(chart.legend.footnote ? { notes: [chart.legend.footnote] } : {}),
      });
    },
  };
}

export function overviewBarsExport(chart: BarsExportInput, ctx: OverviewExportContext): ExportSpec {
  const { model, measure } = chart;
  return {
    fileStem: stem(chart, ctx, model.type === 'ranked' ? 'ranking' : 'distribution'),
    meta: meta(chart, ctx),
    table: () => overviewChartTable(model, measure),
    svg: async () => {
      const { barsSvg } = await import('@/domain/export/svg-bars');
      const unknown =
        model.unknown.length > 0
          ? {
              label: `No data: ${model.unknown.length} ${model.unknown.length === 1 ? 'state' : 'states'} (${noDataMeaning(measure).toLowerCase()})`,
              items: model.unknown.map((v) => v.name).join(', '),
            }
          : undefined;
      const common = {
        title: chart.title,
        subtitle: chart.subtitle,
        source: chart.source,
        synthetic: chart.synthetic,
        ...(unknown ? { unknown } : {}),
      };
      if (model.type === 'ranked') {
        const ranked = model.rows.length >= 3;
        return barsSvg({
          ...common,
          max: 100,
          ticks: [0, 25, 50, 75, 100],
          notes: [
            'Each bar is a state’s score on the 0–100 scale, highest first; the last figure is how many of its goals were evaluated (= marks a tie).',
          ],
          groups: [
            {
              rows: model.rows.map(({ value, rank, tied }) => ({
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
                highlighted: ctx.selected.includes(value.code),
              })),
            },
          ],
        });
      }
      const max = Math.max(1, ...model.groups.map((g) => g.states.length));
      return barsSvg({
        ...common,
        max,
        notes: [
          'Each bar counts the states with that value; the states are listed under it (* inferred grade).',
        ],
        groups: [
          {
            rows: model.groups.map((g) => {
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
