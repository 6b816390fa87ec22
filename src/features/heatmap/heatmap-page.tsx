import { useCallback, useLayoutEffect, useMemo, useRef, type MouseEvent } from 'react';
import { useViewData } from '@/api/view-data-query';
import { CoverageNote } from '@/components/coverage-note';
import { ViewDataGate } from '@/components/view-data-gate';
import { useViewState } from '@/components/view-state';
import { decodeStatus } from '@/domain/contract/derive-summary';
import type { Framework } from '@/domain/contract/framework-schema';
import type { DatasetId, EditionSummary } from '@/domain/contract/summary-schema';
import { stateName } from '@/domain/format/jurisdictions';
import { sortStatusText } from '@/domain/heatmap/text';
import type { CellRef } from '@/domain/url/url-state';
import { goalStatusSortKey } from '@/domain/url/view-sorts';
import { HeatmapCellPanel } from './heatmap-cell-panel';
import { HeatmapControls } from './heatmap-controls';
import { HeatmapFrame, useHeatmapChart } from './heatmap-frame';
import type { HeatmapGridApi, OpenCell } from './heatmap-grid';
import './heatmap.css';
import { factKindsOfGoal } from '@/domain/facts/registry';

// The size of the loaded view (controls, frame and grid), so nothing shifts when it arrives.
const SKELETON_HEIGHT = 'calc(min(75vh, 70rem) + 24rem)';
const HINT =
  'Point at a cell for its goal; click it, or Tab into the grid, move with the arrow keys and press Enter, to read the analysis. Escape closes the details. From the first row, the up arrow reaches the goals’ headers: Enter there sorts the states by that goal’s status.';
// On screen above the grid, kept to two lines on a phone; the grid's description has HINT.
const SHORT_HINT = 'Point at or Tab to a cell; arrows move; Enter or click opens its analysis.';

export function HeatmapPage() {
  const { dataset, year, manifest } = useViewState();
  const { framework, summary, summaryWhat } = useViewData(manifest, dataset, year);
  return (
    <div className="heatmap-page">
      <h1>Heatmap</h1>
      <p className="lead">
        Every state against every policy goal: whether its laws meet, partly meet or do not meet
        each goal, or have not been evaluated. Select a cell for the analysis, the statutes cited
        and the recommendation.
      </p>
      <CoverageNote view="heatmap" summary={summary.data} framework={framework.data} />
      <ViewDataGate
        framework={framework}
        summary={summary}
        summaryWhat={summaryWhat}
        height={SKELETON_HEIGHT}
      >
        {(fw, s) => <HeatmapView framework={fw} summary={s} />}
      </ViewDataGate>
    </div>
  );
}

/** The open cell, when the edition and framework hold it (else no panel: nothing to show). */
function panelCell(
  cell: CellRef | null,
  summary: EditionSummary,
  framework: Framework,
): OpenCell | null {
  if (!cell) return null;
  const inSummary = summary.states.some((s) => s.code === cell.code);
  const inFramework = framework.issueAreas.some((a) => a.goals.some((g) => g.id === cell.goalId));
  return inSummary && inFramework ? cell : null;
}

function HeatmapView({ framework, summary }: { framework: Framework; summary: EditionSummary }) {
  const { state, update, year, dataset, hrefFor } = useViewState();
  const { issues, goals, status, states } = state;
  const gridApi = useRef<HeatmapGridApi>(null);
  const layoutRef = useRef<HTMLDivElement>(null);
  const chart = useHeatmapChart(framework, summary);

  // The open cell lives in the URL (`cell=CT:2.9`), so a shared link or a reload opens it. Opening,
  // moving to another cell and closing replace the history entry: the panel is a detail of this
  // view, so Back leaves the view instead of stepping back through every cell read.
  const cellCode = state.cell?.code;
  const cellGoal = state.cell?.goalId;
  const openCell = useMemo(
    () =>
      panelCell(
        cellCode && cellGoal ? { code: cellCode, goalId: cellGoal } : null,
        summary,
        framework,
      ),
    [cellCode, cellGoal, summary, framework],
  );

  // `update` is new with every view state; the grid's handlers must stay the same functions.
  const updateRef = useRef(update);
  useLayoutEffect(() => {
    updateRef.current = update;
  });
  const onOpen = useCallback(
    (code: string, goalId: string) =>
      updateRef.current({ cell: { code, goalId } }, { replace: true }),
    [],
  );
  const close = useCallback(() => {
    // Focus goes back to the cell before the panel (which holds it) disappears.
    gridApi.current?.focusActive();
    updateRef.current({ cell: null }, { replace: true });
  }, []);
  const onEscape = useCallback(() => updateRef.current({ cell: null }, { replace: true }), []);
  const onSortGoal = useCallback(
    (goalId: string) => updateRef.current({ sort: goalStatusSortKey(goalId) }),
    [],
  );
  const skipToGrid = (e: MouseEvent<HTMLAnchorElement>) => {
    e.preventDefault();
    // The grid's one tab stop; before the grid is drawn (or with none), the chart's box.
    if (!gridApi.current?.focusActive()) layoutRef.current?.focus();
  };

  const noGoals = chart.model.columns.length === 0;
  return (
    <>
      <a className="hm-skip" href="#heatmap-grid" onClick={skipToGrid}>
        Skip the filters, to the grid
      </a>
      <HeatmapControls
        framework={framework}
        summary={summary}
        issues={issues}
        goals={goals}
        status={status}
        states={states}
        model={chart.model}
        onChange={update}
      />
      <p className="hm-count" role="status">
        <span>{chart.rowCount}</span>
        <span className="hm-count__sort"> · {sortStatusText(chart.model.sort)}</span>
      </p>
      <div
        id="heatmap-grid"
        ref={layoutRef}
        tabIndex={-1}
        className={openCell ? 'hm-layout hm-layout--open' : 'hm-layout'}
      >
        <HeatmapFrame
          chart={chart}
          exportable
          hint={HINT}
          shortHint={SHORT_HINT}
          empty={
            <div className="hm-empty">
              <p>
                {noGoals ? 'No goal matches these filters.' : 'No state matches these filters.'}
              </p>
              <button
                type="button"
                className="button"
                onClick={() => update({ issues: [], goals: [], status: [], states: [] })}
              >
                Clear filters
              </button>
            </div>
          }
          openCell={openCell}
          onOpen={onOpen}
          onEscape={onEscape}
          onSortGoal={onSortGoal}
          apiRef={gridApi}
        />
        {openCell ? (
          <CellPanel
            summary={summary}
            framework={framework}
            cell={openCell}
            onClose={close}
            hrefFor={hrefFor}
            dataset={dataset}
            year={year}
          />
        ) : null}
      </div>
    </>
  );
}

function CellPanel({
  summary,
  framework,
  cell,
  onClose,
  hrefFor,
  dataset,
  year,
}: {
  summary: EditionSummary;
  framework: Framework;
  cell: OpenCell;
  onClose: () => void;
  hrefFor: ReturnType<typeof useViewState>['hrefFor'];
  dataset: DatasetId;
  year: number;
}) {
  const summaryState = summary.states.find((s) => s.code === cell.code);
  const goal = framework.issueAreas.flatMap((a) => a.goals).find((g) => g.id === cell.goalId);
  // The edition changed under an open panel and no longer holds this cell.
  if (!summaryState || !goal) return null;
  const index = summary.goals.indexOf(cell.goalId);
  const status = index < 0 ? 'not-evaluated' : decodeStatus(summaryState.statuses, index);
  return (
    <HeatmapCellPanel
      code={cell.code}
      stateName={stateName(cell.code)}
      goalId={cell.goalId}
      goalTitle={goal.title}
      status={status}
      dataset={dataset}
      year={year}
      synthetic={summary.synthetic}
      asOf={summaryState.asOf}
      summaryFacts={summaryState.facts}
      factKinds={factKindsOfGoal(framework, cell.goalId)}
      goalHref={hrefFor({ view: 'goal', goalId: cell.goalId })}
      stateHref={`${hrefFor({ view: 'state', code: cell.code })}#goal-${cell.goalId}`}
      onClose={onClose}
    />
  );
}
