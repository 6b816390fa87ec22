import { useMemo } from 'react';
import { GRADE_HISTORY_WHAT, useGradeHistory } from '@/api/grade-history-query';
import { ChartDefinitionFrame } from '@/components/chart-definition-frame';
import { QueryPanel } from '@/components/query-panel';
import { Link } from '@/components/router';
import { useViewState } from '@/components/view-state';
import type { GradeHistory } from '@/domain/contract/grade-history-schema';
import { formatPublished } from '@/domain/format/numbers';
import { publisherPossessive } from '@/domain/format/publisher';
import { gradeEras, gridStateYears, gradesSort, type GradeEra } from '@/domain/grades/model';
import { chartStateYears } from '@/domain/grades/series';
import { ChartStates } from './chart-states';
import { gradesGridChart, gradesScoreChart } from './grades-chart';
import { GradesGrid, GradesLegend } from './grades-grid';
import { GradesTable } from './grades-table';
import { ScoreChart } from './score-chart';
import './grades.css';

/**
 * Grades over time: every state × every year with its published grade and score, across the
 * publisher's change of framework; the chosen states' scores as a chart; what each framework is.
 */
export function GradesPage() {
  const { manifest, dataset, hrefFor } = useViewState();
  const { query, path } = useGradeHistory(manifest);
  return (
    <div className="grades-page">
      <h1>Grades over time</h1>
      <p className="lead">
        Every state’s published grade and score, year by year, as this project’s sources report them
        — across the publisher’s change of framework, which the grid draws as a break. A blank is a
        year without a published value in the sources: unknown, never the year before.
      </p>
      {dataset === 'demo' ? (
        <p className="grades-page__note" role="note">
          Grades over time shows only grades the publisher published (report data): it has no
          synthetic demo version.{' '}
          <Link to={hrefFor({ view: 'overview' })}>Back to the demo data’s overview</Link>
        </p>
      ) : null}
      {path === null ? (
        <section className="grades-page__empty" aria-labelledby="grades-none">
          <h2 id="grades-none">No grade history in this data</h2>
          <p>
            The data manifest names no grade history, so there is nothing to show here. The
            published grades of each edition are on the Scores view.
          </p>
        </section>
      ) : (
        <QueryPanel query={query} what={GRADE_HISTORY_WHAT} height="60rem">
          {(history) => <GradesContent history={history} />}
        </QueryPanel>
      )}
    </div>
  );
}

function GradesContent({ history }: { history: GradeHistory }) {
  const { state, update, hrefFor } = useViewState();
  const sort = gradesSort(state.sort);
  const grid = useMemo(
    () => gradesGridChart({ history, sort: state.sort, states: state.states }),
    [history, state.sort, state.states],
  );
  const chart = useMemo(
    () =>
      state.states.length > 0
        ? gradesScoreChart({ history, sort: state.sort, states: state.states })
        : null,
    [history, state.sort, state.states],
  );
  const stateHref = (code: string) => hrefFor({ view: 'state', code });
  return (
    <>
      <div className="grades-page__controls" role="group" aria-label="Order of the states">
        <span className="grades-page__controls-label" id="grades-sort-label">
          Order states by
        </span>
        <div className="segmented" role="group" aria-labelledby="grades-sort-label">
          <button
            type="button"
            aria-pressed={sort === 'name'}
            onClick={() => update({ sort: 'name' })}
          >
            Name
          </button>
          <button
            type="button"
            aria-pressed={sort === 'grade'}
            onClick={() => update({ sort: 'grade' })}
          >
            Latest grade
          </button>
        </div>
      </div>
      <ChartDefinitionFrame
        chart={grid}
        exportable
        legend={<GradesLegend />}
        table={<GradesTable rows={gridStateYears(grid.model)} caption={grid.tableCaption} />}
      >
        <GradesGrid grid={grid.model} caption={grid.tableCaption} stateHref={stateHref} />
      </ChartDefinitionFrame>

      <section className="grades-page__chart" aria-labelledby="grades-chart-heading">
        <h2 id="grades-chart-heading">Scores of chosen states</h2>
        <p>
          Choose states to see their published scores year by year, each framework on its own scale.
          The states you choose are kept in the address, so a link or a reload shows them.
        </p>
        <ChartStates chosen={state.states} onChange={(states) => update({ states })} />
        {chart ? (
          <ChartDefinitionFrame
            chart={chart}
            exportable
            headingLevel={3}
            table={<GradesTable rows={chartStateYears(chart.model)} caption={chart.tableCaption} />}
          >
            {chart.model.hasScores ? (
              <ScoreChart model={chart.model} title={chart.title} />
            ) : (
              <p className="grades-page__no-scores">
                The sources give no score for{' '}
                {chart.model.states.length === 1 ? 'this state' : 'these states'} in any year, only
                grades: they are in the grid above and in the table.
              </p>
            )}
          </ChartDefinitionFrame>
        ) : null}
      </section>

      <section className="grades-page__frameworks" aria-labelledby="grades-frameworks-heading">
        <h2 id="grades-frameworks-heading">The two frameworks</h2>
        {gradeEras(history).map((era) => (
          <EraNotes key={era.framework.id} era={era} />
        ))}
      </section>
    </>
  );
}

function EraNotes({ era }: { era: GradeEra }) {
  const f = era.framework;
  const maxima = f.maxScores.map((m) => {
    const years =
      m.editions.length === 1 ? `${m.editions[0]}` : `${m.editions[0]}–${m.editions.at(-1)}`;
    return `${formatPublished(m.maxScore)} points${m.extraCredit ? ` plus up to ${formatPublished(m.extraCredit)} of extra credit` : ''} (${years})`;
  });
  const withPoints = f.issueAreas.some((a) => a.points);
  return (
    <article className="grades-era" aria-labelledby={`era-${f.id}`}>
      <h3 id={`era-${f.id}`}>{era.label}</h3>
      {f.scoreDescription ? <p>{f.scoreDescription}</p> : null}
      {maxima.length > 0 ? <p>Maximum score: {maxima.join('; ')}.</p> : null}
      {withPoints ? (
        <>
          <p>Issue areas and the points {publisherPossessive(f)} score gives each:</p>
          <ol className="grades-era__areas">
            {f.issueAreas.map((a) => (
              <li key={a.id}>
                {a.title}
                {a.points
                  ? `: ${a.points
                      .map(
                        (p) =>
                          `${formatPublished(p.points)} (${p.editions.length === 1 ? p.editions[0] : `${p.editions[0]}–${p.editions.at(-1)}`})`,
                      )
                      .join(', ')}`
                  : ''}
              </li>
            ))}
          </ol>
        </>
      ) : (
        <p>
          Issue areas: {f.issueAreas.map((a) => a.title).join('; ')}. This project’s data gives no
          points for them.
        </p>
      )}
      {f.citation ? <p className="grades-era__cite">Cite as: {f.citation}</p> : null}
    </article>
  );
}
