import { useQueries, type UseQueryResult } from '@tanstack/react-query';
import { useLayoutEffect, useMemo, useState } from 'react';
import { evaluationQueryOptions } from '@/api/evaluation-query';
import { useViewData } from '@/api/view-data-query';
import { CoverageNote } from '@/components/coverage-note';
import { ExportMenu } from '@/components/export-menu';
import { markEnd, markLoaded } from '@/components/perf-marks';
import { QueryPanel } from '@/components/query-panel';
import { Link } from '@/components/router';
import { StatusLegend } from '@/components/status-glyph';
import { SyntheticMark } from '@/components/synthetic-mark';
import { ViewDataGate } from '@/components/view-data-gate';
import { useViewState } from '@/components/view-state';
import {
  COMPARE_SUGGESTIONS,
  comparedStates,
  MAX_COMPARE,
  MIN_COMPARE,
} from '@/domain/compare/selection';
import type { Evaluation, GoalEvaluation } from '@/domain/contract/evaluation-schema';
import { stateName } from '@/domain/format/jurisdictions';
import {
  compareGoalsChart,
  compareProfileChart,
  type CompareData,
  droppedNote,
  lawsAsOf,
  listStateNames,
} from './compare-chart';
import { CompareGoals } from './compare-goals';
import { CompareProfileFrame } from './compare-profile-frame';
import type { StateDetails } from './goal-cell';
import { StateInfo } from './state-info';
import { StatePicker } from './state-picker';
import { useCollapsedAreas } from './use-collapsed-areas';
import { useMediaQuery } from '@/components/use-media-query';
import './compare.css';

/** Compare: two to six states side by side, goal by goal, and their issue-area profile. */
export function ComparePage() {
  const { state, manifest, dataset, year, update } = useViewState();
  const { shown, dropped } = comparedStates(state.states);
  const { framework, summary, summaryWhat } = useViewData(manifest, dataset, year);
  const note = droppedNote(shown, dropped);

  return (
    <div className="compare">
      <h1>Compare states</h1>
      <p className="lead">
        Put {MIN_COMPARE} to {MAX_COMPARE} states side by side, goal by goal: how far each state’s
        law meets the policy goal, what the report says, the statutes it cites and what it
        recommends.
      </p>
      <CoverageNote view="compare" summary={summary.data} framework={framework.data} />
      <StatePicker selected={shown} onChange={(states) => update({ states })} />
      {note ? (
        <p className="compare__note" role="note">
          {note}
        </p>
      ) : null}
      {shown.length < MIN_COMPARE ? (
        <Suggestions selected={shown} />
      ) : (
        <ViewDataGate
          framework={framework}
          summary={summary}
          summaryWhat={summaryWhat}
          height="40rem"
        >
          {(fw, s) => <Comparison framework={fw} summary={s} codes={shown} dropped={dropped} />}
        </ViewDataGate>
      )}
    </div>
  );
}

function Suggestions({ selected }: { selected: readonly string[] }) {
  const { hrefFor } = useViewState();
  return (
    <section className="compare__suggestions" aria-labelledby="compare-suggestions">
      <h2 id="compare-suggestions">
        {selected.length === 0 ? 'Start with' : `Compare ${stateName(selected[0]!)} with`}
      </h2>
      <ul>
        {COMPARE_SUGGESTIONS.map((s) => {
          const states =
            selected.length === 0
              ? [...s.states]
              : [...selected, ...s.states.filter((c) => !selected.includes(c))].slice(
                  0,
                  MAX_COMPARE,
                );
          return (
            <li key={s.label}>
              <Link to={hrefFor({ view: 'compare' }, { states })}>{listStateNames(states)}</Link>
            </li>
          );
        })}
      </ul>
    </section>
  );
}

function detailsOf(query: UseQueryResult<Evaluation> | undefined, fetched: boolean): StateDetails {
  if (!fetched || !query) return { kind: 'none' };
  if (query.data) {
    return {
      kind: 'ready',
      goals: new Map<string, GoalEvaluation>(query.data.goals.map((g) => [g.id, g])),
    };
  }
  if (query.error) return { kind: 'error' };
  return { kind: 'loading' };
}

function Comparison({ framework, summary, codes, dropped }: CompareData) {
  const { state, dataset, year, update, hrefFor } = useViewState();
  const stacked = useMediaQuery('(max-width: 47.99rem)');
  const [showDetails, setShowDetails] = useState(true);
  const { collapsed, toggle, expandAll, collapseAll } = useCollapsedAreas();
  const { diff } = state;

  const [goals, profile] = useMemo(() => {
    const input = { framework, summary, codes, dropped, year, dataset, diff };
    return [compareGoalsChart(input), compareProfileChart(input)] as const;
  }, [framework, summary, codes, dropped, year, dataset, diff]);
  const { states } = goals.model;

  const evaluations = useQueries({
    queries: states.map((s) => ({
      ...evaluationQueryOptions(dataset, year, s.code),
      enabled: s.evaluated,
    })),
  });
  const details = states.map((s, i) => detailsOf(evaluations[i], s.evaluated));
  // The benchmark's compare time ends when every column has drawn its data (or its error).
  const settled = details.every((d) => d.kind !== 'loading');
  useLayoutEffect(() => {
    if (!settled) return;
    markLoaded('compare-columns');
    markEnd('edition-switch');
  }, [settled, summary]);

  const info = states.map((s, i) => {
    const query = evaluations[i];
    return (
      <StateInfo lines={s.lines}>
        {s.evaluated && query ? (
          <QueryPanel query={query} what={`the evaluation of ${s.name}`} height="2.5rem" level={3}>
            {(evaluation) => (
              <p className="state-info__line">
                {evaluation.asOf ? `${lawsAsOf(evaluation.asOf)} · ` : ''}
                <Link to={hrefFor({ view: 'state', code: s.code })}>Full report</Link>
              </p>
            )}
          </QueryPanel>
        ) : null}
      </StateInfo>
    );
  });

  return (
    <>
      <CompareProfileFrame chart={profile} />

      <section className="compare-goals" aria-labelledby="compare-goals-heading">
        <h2 id="compare-goals-heading">Goal by goal</h2>
        {goals.synthetic ? <SyntheticMark /> : null}
        <div className="compare-goals__toolbar">
          <label className="compare-toggle">
            <input
              type="checkbox"
              checked={diff}
              onChange={(e) => update({ diff: e.target.checked })}
            />
            Differences only
          </label>
          <label className="compare-toggle">
            <input
              type="checkbox"
              checked={showDetails}
              onChange={(e) => setShowDetails(e.target.checked)}
            />
            Show summaries, statutes and recommendations
          </label>
          <span className="compare-goals__buttons">
            <ExportMenu spec={goals.exportSpec} title="the goal-by-goal table" />
            <button type="button" className="button compare-button" onClick={expandAll}>
              Expand all
            </button>
            <button
              type="button"
              className="button compare-button"
              onClick={() => collapseAll(framework.issueAreas.map((a) => a.id))}
            >
              Collapse all
            </button>
          </span>
        </div>
        <p className="compare-goals__count" aria-live="polite">
          {goals.summary}
        </p>
        <StatusLegend />
        <CompareGoals
          areas={goals.model.areas}
          codes={codes}
          info={info}
          details={details}
          showDetails={showDetails && goals.model.analyses}
          stacked={stacked}
          collapsed={collapsed}
          onToggleArea={toggle}
        />
      </section>
    </>
  );
}
