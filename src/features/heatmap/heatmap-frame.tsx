import { useId, useMemo, type ReactNode, type Ref } from 'react';
import { ChartFrame } from '@/components/chart-frame';
import { StatusLegend } from '@/components/status-glyph';
import { useViewState } from '@/components/view-state';
import type { Framework } from '@/domain/contract/framework-schema';
import type { EditionSummary } from '@/domain/contract/summary-schema';
import type { HeatmapFilters } from '@/domain/heatmap/model';
import { heatmapChart, type HeatmapChart, type HeatmapChartInput } from './heatmap-chart';
import { HeatmapGrid, type HeatmapGridApi, type OpenCell } from './heatmap-grid';
import { HeatmapReadout } from './heatmap-readout';
import { HeatmapTable } from './heatmap-table';

/**
 * The chart definition for the URL's filters and sort, made again only when they or the data
 * change: the grid starts drawing over when its model changes, so the model must stay the same
 * object across other renders.
 */
export function useHeatmapChart(
  framework: Framework,
  summary: EditionSummary,
  surface: HeatmapChartInput['surface'] = 'page',
): HeatmapChart {
  const { state, year, dataset } = useViewState();
  const { issues, goals, status, states, sort } = state;
  // Keyed by the filters' values, not their lists: every change of the URL (opening a cell, too)
  // reads new lists, and a new model would redraw the grid and lose the focused cell.
  const filtersKey = JSON.stringify({ issues, goals, status, states, sort });
  return useMemo(
    () =>
      heatmapChart({
        framework,
        summary,
        filters: JSON.parse(filtersKey) as HeatmapFilters,
        year,
        dataset,
        surface,
      }),
    [framework, summary, filtersKey, year, dataset, surface],
  );
}

export interface HeatmapFrameProps {
  chart: HeatmapChart;
  /** Adds the Download menu (the page has one; an embed has none) */
  exportable?: boolean;
  /** How to use the grid, in full: its accessible description */
  hint: string;
  /** The same, kept to two lines on a phone, shown above the grid */
  shortHint: string;
  /** Shown instead of the grid when no state (or no goal) matches the filters */
  empty: ReactNode;
  openCell: OpenCell | null;
  /** Enter, Space or a click on a cell; must be stable */
  onOpen: (code: string, goalId: string) => void;
  onEscape?: () => void;
  /** A goal's column header sorts the rows by its status (the page's; must be stable) */
  onSortGoal?: (goalId: string) => void;
  apiRef?: Ref<HeatmapGridApi>;
}

/** The heatmap in its frame, from its chart definition: the same on the page and in the embed. */
export function HeatmapFrame({
  chart,
  exportable = false,
  hint,
  shortHint,
  empty,
  openCell,
  onOpen,
  onEscape,
  onSortGoal,
  apiRef,
}: HeatmapFrameProps) {
  const hintId = useId();
  const { model } = chart;
  return (
    <ChartFrame
      title={chart.title}
      subtitle={chart.subtitle}
      source={chart.source}
      synthetic={chart.synthetic}
      exportSpec={exportable ? chart.exportSpec : undefined}
      summary={<p>{chart.summary}</p>}
      legend={
        <div className="hm-legend">
          <StatusLegend />
          <p className="hm-legend__note">{chart.legendNote}</p>
        </div>
      }
      table={<HeatmapTable table={chart.table} />}
    >
      {model.rows.length === 0 || model.columns.length === 0 ? (
        empty
      ) : (
        <>
          <HeatmapReadout hint={shortHint} />
          <HeatmapGrid
            model={model}
            label={chart.title}
            describedBy={hintId}
            scoreHeading={chart.gridScoreHeading}
            openCell={openCell}
            onOpen={onOpen}
            onEscape={onEscape}
            onSortGoal={onSortGoal}
            apiRef={apiRef}
          />
          <p id={hintId} className="visually-hidden">
            {hint}
          </p>
        </>
      )}
    </ChartFrame>
  );
}
