import { useMemo } from 'react';
import { useViewData } from '@/api/view-data-query';
import { ChartFrame } from '@/components/chart-frame';
import { StatusGlyph, StatusLegend } from '@/components/status-glyph';
import { ViewDataGate } from '@/components/view-data-gate';
import { useViewState } from '@/components/view-state';
import { comparedStates, MAX_COMPARE, MIN_COMPARE } from '@/domain/compare/selection';
import { stateName } from '@/domain/format/jurisdictions';
import {
  compareGoalsChart,
  frameTexts,
  type CompareData,
  type CompareGoalsModel,
} from './compare-chart';
import { CompareGoals } from './compare-goals';
import { NO_DETAILS } from './goal-cell';
import { CompareTable } from './compare-table';
import { StateInfo } from './state-info';
import { useCollapsedAreas } from '@/components/use-collapsed-areas';
import { useMediaQuery } from '@/components/use-media-query';
import { useEmbedData } from '@/components/embed-data';
import './compare.css';

/**
 * `/embed/compare`: the goal-by-goal status table of the link's states (statuses only: the
 * analyses belong to the full view), with "differences only" when the link asks for it.
 */
export function CompareEmbed() {
  const { state, manifest, dataset, year } = useViewState();
  const { shown, dropped } = useMemo(() => comparedStates(state.states), [state.states]);
  const { framework, summary, summaryWhat } = useViewData(manifest, dataset, year);

  if (shown.length < MIN_COMPARE) {
    const named = shown.length === 0 ? 'it names none' : `it names only ${stateName(shown[0]!)}`;
    return (
      <section className="compare__suggestions" aria-labelledby="compare-embed-empty">
        <h1 id="compare-embed-empty">Compare states</h1>
        <p>
          This embed compares {MIN_COMPARE} to {MAX_COMPARE} states, named in its link (for example{' '}
          <code>?states=CT~MA~NY</code>); {named}.
        </p>
      </section>
    );
  }
  return (
    <ViewDataGate framework={framework} summary={summary} summaryWhat={summaryWhat} height="40rem">
      {(fw, s) => <CompareTableEmbed framework={fw} summary={s} codes={shown} dropped={dropped} />}
    </ViewDataGate>
  );
}

function CompareTableEmbed({ framework, summary, codes, dropped }: CompareData) {
  const { state, dataset, year } = useViewState();
  const stacked = useMediaQuery('(max-width: 47.99rem)');
  const { collapsed, toggle } = useCollapsedAreas();
  const { diff, issues, goals } = state;
  const chart = useMemo(
    () =>
      compareGoalsChart(
        { framework, summary, codes, dropped, year, dataset, diff, issues, goals },
        { statusesOnly: true },
      ),
    [framework, summary, codes, dropped, year, dataset, diff, issues, goals],
  );
  useEmbedData(chart.exportSpec);
  const { model } = chart;
  const details = useMemo(() => model.states.map(() => NO_DETAILS), [model.states]);

  return (
    <ChartFrame
      {...frameTexts(chart)}
      summary={
        <>
          {model.sentences.map((line) => (
            <p key={line}>{line}</p>
          ))}
          {model.droppedNote ? <p>{model.droppedNote}</p> : null}
        </>
      }
      legend={<StatusLegend />}
      table={<StatusTable table={model.table} codes={model.codes} />}
    >
      <div className="compare-goals">
        <CompareGoals
          areas={model.areas}
          codes={model.codes}
          info={model.states.map((s) => (
            <StateInfo lines={s.lines} />
          ))}
          details={details}
          facts={model.facts}
          showDetails={model.analyses}
          progressive={false}
          stacked={stacked}
          collapsed={collapsed}
          onToggleArea={toggle}
        />
      </div>
    </ChartFrame>
  );
}

/** The same statuses as one plain table: a row per goal, a column per state. */
function StatusTable({
  table,
  codes,
}: {
  table: CompareGoalsModel['table'];
  codes: readonly string[];
}) {
  return (
    <CompareTable table={table}>
      {table.rows.map((row) => (
        <tr key={row.goalId}>
          <th scope="row">{row.header}</th>
          {row.statuses.map((status, i) => (
            <td key={codes[i]}>
              <StatusGlyph status={status} withLabel />
            </td>
          ))}
        </tr>
      ))}
    </CompareTable>
  );
}
