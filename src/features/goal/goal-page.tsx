import { useQueryClient } from '@tanstack/react-query';
import { useMemo } from 'react';
import { prefetchEvaluation } from '@/api/evaluation-query';
import { useViewData } from '@/api/view-data-query';
import { QueryPanel, type QueryLike } from '@/components/query-panel';
import { Link, navigate } from '@/components/router';
import { useViewState } from '@/components/view-state';
import { isSyntheticDataset } from '@/domain/contract/dataset-framework';
import type { Status } from '@/domain/contract/evaluation-schema';
import type { Framework } from '@/domain/contract/framework-schema';
import type { EditionSummary } from '@/domain/contract/summary-schema';
import { publisherName } from '@/domain/format/publisher';
import { findGoal, type GoalInFramework } from '@/domain/goal/status';
import { FactSetsOfGoal } from './fact-set-section';
import { goalCharts } from './goal-chart';
import { GoalFactChart } from './goal-fact-chart';
import { useStatesWithFile } from './goal-frame';
import { GoalStatusSection } from './goal-status-section';
import { GoalStates } from './goal-states';
import './goal.css';

/**
 * One policy goal across all states: its status map, then a comparison for each kind of typed
 * fact the framework puts on the goal.
 */
export function GoalPage({ goalId }: { goalId: string }) {
  const { manifest, dataset, year } = useViewState();
  // Both files are requested together; the header needs only the framework.
  const { framework, summary, summaryWhat } = useViewData(manifest, dataset, year);

  if (!framework.data) {
    return (
      <div className="goal-view">
        <h1>Policy goal {goalId}</h1>
        <QueryPanel query={framework} what="the policy framework" height="10rem">
          {() => null}
        </QueryPanel>
      </div>
    );
  }
  const found = findGoal(framework.data, goalId);
  return (
    <div className="goal-view">
      {found ? (
        <GoalContent
          framework={framework.data}
          found={found}
          summary={summary}
          summaryWhat={summaryWhat}
        />
      ) : (
        <GoalNotFound framework={framework.data} goalId={goalId} />
      )}
    </div>
  );
}

function GoalNotFound({ framework, goalId }: { framework: Framework; goalId: string }) {
  const { hrefFor } = useViewState();
  return (
    <>
      <h1>No policy goal {goalId}</h1>
      <p className="lead">
        The framework “{framework.name}” has no goal {goalId}. It has{' '}
        {framework.issueAreas.reduce((n, a) => n + a.goals.length, 0)} goals in{' '}
        {framework.issueAreas.length} issue areas; choose one:
      </p>
      <nav aria-label="Policy goals" className="goal-index">
        {framework.issueAreas.map((area) => (
          <section key={area.id} aria-labelledby={`goal-index-${area.id}`}>
            <h2 id={`goal-index-${area.id}`}>
              {area.id}. {area.title}
            </h2>
            <ul>
              {area.goals.map((g) => (
                <li key={g.id}>
                  <Link to={hrefFor({ view: 'goal', goalId: g.id })}>
                    <span className="goal-index__id">{g.id}</span> {g.title}
                  </Link>
                </li>
              ))}
            </ul>
          </section>
        ))}
      </nav>
    </>
  );
}

/** A link to another goal keeps "chosen states only" (the states themselves are always carried). */
function useGoalHref(): (goalId: string) => string {
  const { hrefFor, state } = useViewState();
  return (goalId) => hrefFor({ view: 'goal', goalId }, state.chosen ? { chosen: true } : {});
}

function GoalPicker({ framework, goalId }: { framework: Framework; goalId: string }) {
  const goalHref = useGoalHref();
  return (
    <label className="goal-picker">
      <span className="goal-picker__label">Go to goal</span>
      <select value={goalId} onChange={(e) => navigate(goalHref(e.target.value))}>
        {framework.issueAreas.map((area) => (
          <optgroup key={area.id} label={`${area.id}. ${area.title}`}>
            {area.goals.map((g) => (
              <option key={g.id} value={g.id}>
                {g.id} {truncate(g.title, 70)}
              </option>
            ))}
          </optgroup>
        ))}
      </select>
    </label>
  );
}

function countGoals(framework: Framework): number {
  return framework.issueAreas.reduce((n, a) => n + a.goals.length, 0);
}

function truncate(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`;
}

function GoalContent({
  framework,
  found,
  summary,
  summaryWhat,
}: {
  framework: Framework;
  found: GoalInFramework;
  summary: QueryLike<EditionSummary>;
  summaryWhat: string;
}) {
  const { manifest, dataset, year, hrefFor } = useViewState();
  const goalHref = useGoalHref();
  const { goal, area, previous, next } = found;
  // Before the summary loads, the manifest's word for the dataset (the summary's own flag agrees).
  const synthetic = summary.data?.synthetic ?? isSyntheticDataset(manifest, dataset);

  return (
    <>
      <header className="goal-header">
        <p className="goal-header__eyebrow">
          Issue area {area.id}: {area.title}
        </p>
        <h1 className="goal-header__title">
          <span className="goal-header__id">Policy goal {goal.id}</span> {goal.title}
        </h1>
        <p className="goal-header__meta">
          {year} edition · {synthetic ? 'synthetic demo data' : 'report data'} · goal text as{' '}
          {publisherName(framework)} states it · weight {goal.weight} in this project’s coverage
          score
        </p>
        <nav className="goal-nav" aria-label="Other policy goals">
          {previous ? (
            <Link className="goal-nav__step" to={goalHref(previous.id)} rel="prev">
              <span aria-hidden="true">← </span>Goal {previous.id}{' '}
              <span className="visually-hidden">(previous)</span>
            </Link>
          ) : null}
          <GoalPicker framework={framework} goalId={goal.id} />
          {next ? (
            <Link className="goal-nav__step" to={goalHref(next.id)} rel="next">
              Goal {next.id} <span className="visually-hidden">(next)</span>
              <span aria-hidden="true"> →</span>
            </Link>
          ) : null}
          <Link className="goal-nav__step" to={hrefFor({ view: 'goals' })}>
            All {countGoals(framework)} goals
          </Link>
        </nav>
      </header>
      <GoalStates />
      <QueryPanel query={summary} what={summaryWhat} height="40rem">
        {(data) => <GoalComparisons summary={data} found={found} framework={framework} />}
      </QueryPanel>
    </>
  );
}

function GoalComparisons({
  summary,
  found,
  framework,
}: {
  summary: EditionSummary;
  found: GoalInFramework;
  framework: Framework;
}) {
  const { dataset, year, hrefFor, state, update } = useViewState();
  const queryClient = useQueryClient();

  const statesWithFile = useStatesWithFile();
  const stateHref = (code: string, goal?: string) =>
    `${hrefFor({ view: 'state', code })}${goal ? `#goal-${goal}` : ''}`;
  const onPrefetch = (code: string) => {
    if (statesWithFile.has(code)) void prefetchEvaluation(queryClient, dataset, year, code);
  };

  const charts = useMemo(
    () =>
      goalCharts({
        framework,
        goal: found.goal,
        summary,
        highlighted: state.states,
        chosenOnly: state.chosen,
        statusFilter: state.status,
        sort: state.sort,
      }),
    [framework, found.goal, summary, state.states, state.chosen, state.status, state.sort],
  );
  // The summary's "see the 13": this page, its table filtered by that status.
  const statusHref = (status: Status) =>
    hrefFor(
      { view: 'goal', goalId: found.goal.id },
      { sort: state.sort, chosen: state.chosen, status: [status] },
    );

  return (
    <>
      <GoalStatusSection
        chart={charts.status}
        stateHref={stateHref}
        statesWithFile={statesWithFile}
        highlighted={state.states}
        onPrefetch={onPrefetch}
        exportable
        statusHref={statusHref}
        onShowAll={() => update({ status: [] })}
      />
      {charts.facts.map((chart) => (
        <GoalFactChart
          key={chart.chart}
          chart={chart}
          variant="page"
          stateHref={(code) => stateHref(code)}
          highlighted={state.states}
          onPrefetch={onPrefetch}
          onSort={(sort) => update({ sort })}
        />
      ))}
      {/* Facts from other sources, with their own dates; never part of the status above. */}
      <FactSetsOfGoal
        framework={framework}
        goal={found.goal}
        summary={summary}
        stateHref={(code) => stateHref(code)}
      />
    </>
  );
}
