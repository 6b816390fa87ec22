import { useMemo } from 'react';
import { GRADE_HISTORY_WHAT, useGradeHistory } from '@/api/grade-history-query';
import { ChartDefinitionFrame } from '@/components/chart-definition-frame';
import { QueryPanel } from '@/components/query-panel';
import { useViewState } from '@/components/view-state';
import type { GradeHistory } from '@/domain/contract/grade-history-schema';
import { gridStateYears } from '@/domain/grades/model';
import { chartStateYears } from '@/domain/grades/series';
import { gradesGridChart, gradesScoreChart } from './grades-chart';
import { GradesGrid, GradesLegend } from './grades-grid';
import { GradesTable } from './grades-table';
import { ScoreChart } from './score-chart';
import './grades.css';

/**
 * `/embed/grades`: the grid of every state and year; with `states=`, those states' scores over
 * time instead. The same definitions as the page.
 */
export function GradesEmbed() {
  const { manifest } = useViewState();
  const { query, path } = useGradeHistory(manifest);
  if (path === null) {
    return (
      <section aria-labelledby="grades-embed-none">
        <h1 id="grades-embed-none">No grade history in this data</h1>
        <p>The data manifest names no grade history, so there is nothing to show here.</p>
      </section>
    );
  }
  return (
    <QueryPanel query={query} what={GRADE_HISTORY_WHAT} height="40rem" level={2}>
      {(history) => <GradesEmbedChart history={history} />}
    </QueryPanel>
  );
}

function GradesEmbedChart({ history }: { history: GradeHistory }) {
  const { state, hrefFor } = useViewState();
  const { sort, states } = state;
  const chart = useMemo(
    () => (states.length > 0 ? gradesScoreChart({ history, sort, states }) : null),
    [history, sort, states],
  );
  const grid = useMemo(
    () => (states.length > 0 ? null : gradesGridChart({ history, sort, states })),
    [history, sort, states],
  );
  if (chart) {
    return (
      <ChartDefinitionFrame
        chart={chart}
        table={<GradesTable rows={chartStateYears(chart.model)} caption={chart.tableCaption} />}
      >
        {chart.model.hasScores ? (
          <ScoreChart model={chart.model} title={chart.title} />
        ) : (
          <p>
            The sources give no score for these states in any year, only grades (see the table).
          </p>
        )}
      </ChartDefinitionFrame>
    );
  }
  if (!grid) return null;
  return (
    <ChartDefinitionFrame
      chart={grid}
      legend={<GradesLegend />}
      table={<GradesTable rows={gridStateYears(grid.model)} caption={grid.tableCaption} />}
    >
      <GradesGrid
        grid={grid.model}
        caption={grid.tableCaption}
        stateHref={(code) => hrefFor({ view: 'state', code })}
      />
    </ChartDefinitionFrame>
  );
}
