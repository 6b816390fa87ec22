import { useQueries, useQueryClient, type UseQueryResult } from '@tanstack/react-query';
import { memo, useCallback, useDeferredValue, useMemo, useState } from 'react';
import { editionSummaryQueryOptions } from '@/api/edition-summary-query';
import { evaluationQueryKey, evaluationQueryOptions } from '@/api/evaluation-query';
import { useViewData } from '@/api/view-data-query';
import { CoverageNote } from '@/components/coverage-note';
import { ExportMenu } from '@/components/export-menu';
import { FoldedFilters } from '@/components/folded-filters';
import { GoalChoiceControls } from '@/components/goal-choice-controls';
import { LoadingSkeleton } from '@/components/loading-skeleton';
import { markEnd, markLoaded } from '@/components/perf-marks';
import { QueryPanel, type QueryLike } from '@/components/query-panel';
import { Link } from '@/components/router';
import { StatusLegend } from '@/components/status-glyph';
import { SyntheticMark } from '@/components/synthetic-mark';
import { ViewDataGate } from '@/components/view-data-gate';
import { useViewState } from '@/components/view-state';
import { publishedGrades, type EditionGrades } from '@/domain/compare/grades';
import {
  compareStarters,
  comparedStates,
  MAX_COMPARE,
  MIN_COMPARE,
} from '@/domain/compare/selection';
import type { Evaluation } from '@/domain/contract/evaluation-schema';
import type { EditionSummary } from '@/domain/contract/summary-schema';
import { filterSummary } from '@/domain/format/filter-summary';
import { stateName } from '@/domain/format/jurisdictions';
import type { ViewState } from '@/domain/url/url-state';
import {
  compareGoalsChart,
  compareProfileChart,
  type CompareChartInput,
  type CompareData,
  type CompareState,
  droppedNote,
  lawsAsOf,
  listStateNames,
} from './compare-chart';
import { CompareGoals } from './compare-goals';
import { CompareGrades } from './compare-grades';
import { CompareProfileFrame } from './compare-profile-frame';
import {
  detailsOfEvaluation,
  FAILED_DETAILS,
  LOADING_DETAILS,
  NO_DETAILS,
  type StateDetails,
} from './goal-cell';
import { StateInfo } from './state-info';
import { StatePicker } from './state-picker';
import { useCollapsedAreas } from '@/components/use-collapsed-areas';
import { useMediaQuery } from '@/components/use-media-query';
import './compare.css';

/** Compare: two to six states side by side, goal by goal, and their issue-area profile. */
export function ComparePage() {
  const { state, manifest, dataset, year, update } = useViewState();
  const { shown, dropped } = useMemo(() => comparedStates(state.states), [state.states]);
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
        <Suggestions selected={shown} summary={summary.data} />
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

/** Starting points, from the states this edition holds data on (none before it has loaded). */
function Suggestions({
  selected,
  summary,
}: {
  selected: readonly string[];
  summary: EditionSummary | undefined;
}) {
  const { hrefFor } = useViewState();
  const starters = useMemo(
    () => (summary ? compareStarters(summary, selected) : []),
    [summary, selected],
  );
  return (
    <section className="compare__suggestions" aria-labelledby="compare-suggestions">
      <h2 id="compare-suggestions">
        {selected.length === 0 ? 'Start with' : `Compare ${stateName(selected[0]!)} with`}
      </h2>
      {summary && starters.length === 0 ? (
        <p>This edition holds no data on enough states for a starting point: pick states above.</p>
      ) : (
        <ul>
          {starters.map((s) => (
            <li key={s.label}>
              <Link to={hrefFor({ view: 'compare' }, { states: s.states })}>
                {listStateNames(s.states)}
              </Link>
              <span className="compare__starter-note"> {s.note}</span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** Per state, what is known of its full evaluation: one object per state and evaluation. */
function detailsOf(query: UseQueryResult<Evaluation> | undefined, fetched: boolean): StateDetails {
  if (!fetched || !query) return NO_DETAILS;
  if (query.data) return detailsOfEvaluation(query.data);
  if (query.error) return FAILED_DETAILS;
  return LOADING_DETAILS;
}

/**
 * The same array as last time when every element is the same (`same`), and each element kept
 * from last time when it is: memoised parts compare them by identity, so a query that changes
 * redraws only what shows it.
 */
function useStableList<T>(
  list: readonly T[],
  same: (a: T, b: T) => boolean = Object.is,
): readonly T[] {
  const [stable, setStable] = useState(list);
  if (stable.length === list.length && stable.every((item, i) => same(item, list[i]!))) {
    return stable;
  }
  const next = list.map((item, i) =>
    stable[i] !== undefined && same(stable[i], item) ? stable[i] : item,
  );
  setStable(next);
  return next;
}

function sameQuery<T>(a: QueryLike<T>, b: QueryLike<T>): boolean {
  return (
    a.data === b.data &&
    a.error === b.error &&
    a.isPending === b.isPending &&
    a.isFetching === b.isFetching &&
    a.refetch === b.refetch
  );
}

/**
 * A query result as the state's header needs it, with a retry of its own: the result's `refetch`
 * belongs to an observer that useQueries may make anew on each render until it subscribes.
 */
function queryLike(
  query: UseQueryResult<Evaluation>,
  refetch: () => unknown,
): QueryLike<Evaluation> {
  const { data, error, isPending, isFetching } = query;
  return { data, error, isPending, isFetching, refetch };
}

/** What is known of one compared state, under its name: the summary's lines, then its report. */
const StateColumnInfo = memo(function StateColumnInfo({
  state,
  query,
  reportHref,
}: {
  state: CompareState;
  query: QueryLike<Evaluation> | undefined;
  reportHref: string;
}) {
  return (
    <StateInfo lines={state.lines}>
      {query ? (
        <QueryPanel
          query={query}
          what={`the evaluation of ${state.name}`}
          height="2.5rem"
          level={3}
        >
          {(evaluation) => (
            <p className="state-info__line">
              {evaluation.asOf ? `${lawsAsOf(evaluation.asOf)} · ` : ''}
              <Link to={reportHref}>Full report</Link>
            </p>
          )}
        </QueryPanel>
      ) : null}
    </StateInfo>
  );
});

/** The profile's definition, shaped in its own component: React may yield between the two. */
const ProfileSection = memo(function ProfileSection({ input }: { input: CompareChartInput }) {
  const chart = useMemo(() => compareProfileChart(input), [input]);
  return <CompareProfileFrame chart={chart} />;
});

/**
 * The comparison is drawn in a render of its own after the one that brought its data, at a
 * priority below input and in slices (React yields between them): drawn at once, in the task that
 * delivered the summary, it blocked a slow phone for a quarter of a second. The same skeleton as
 * the data's stands in meanwhile, so nothing moves.
 */
function Comparison(props: CompareData) {
  const ready = useDeferredValue(true, false);
  return ready ? (
    <ComparisonView {...props} />
  ) : (
    <LoadingSkeleton label="Loading the comparison" height="40rem" />
  );
}

function ComparisonView({ framework, summary, codes, dropped }: CompareData) {
  const { state, dataset, year, years, manifest, update, hrefFor } = useViewState();
  const stacked = useMediaQuery('(max-width: 47.99rem)');
  const [showDetails, setShowDetails] = useState(true);
  const { collapsed, toggle, expandAll, collapseAll } = useCollapsedAreas();
  const { diff, issues, goals: chosenGoals } = state;

  const input = useMemo(
    () => ({ framework, summary, codes, dropped, year, dataset, diff, issues, goals: chosenGoals }),
    [framework, summary, codes, dropped, year, dataset, diff, issues, chosenGoals],
  );
  const goals = useMemo(() => compareGoalsChart(input), [input]);
  const { states } = goals.model;

  // Every compared state's full evaluation the edition has: its analyses, and the sources and
  // confidence of the facts beside each status (evaluated or not).
  const editionStates = useMemo(
    () =>
      new Set(
        manifest.datasets.find((d) => d.id === dataset)?.editions.find((e) => e.year === year)
          ?.states ?? [],
      ),
    [manifest, dataset, year],
  );
  const evaluations = useQueries({
    queries: codes.map((code) => ({
      ...evaluationQueryOptions(dataset, year, code),
      enabled: editionStates.has(code),
    })),
  });
  const details = useStableList(
    codes.map((code, i) => detailsOf(evaluations[i], editionStates.has(code))),
  );
  const queryClient = useQueryClient();
  const retries = useMemo(
    () =>
      codes.map(
        (code) => () =>
          queryClient.refetchQueries({
            queryKey: evaluationQueryKey(dataset, year, code),
            exact: true,
          }),
      ),
    [codes, dataset, year, queryClient],
  );
  const queries = useStableList(
    evaluations.map((q, i) => queryLike(q, retries[i]!)),
    sameQuery,
  );
  const evaluated = useStableList(evaluations.map((q) => q.data));

  // The published grade of each edition the dataset holds, each from that edition's summary.
  const editionSummaries = useQueries({
    queries: years.map((y) => editionSummaryQueryOptions(dataset, y)),
  });
  const editionData = useStableList(editionSummaries.map((q) => q.data));
  const editionFailed = editionSummaries.map((q) => (q.error ? '1' : '0')).join('');
  const grades: EditionGrades[] = useMemo(
    () =>
      publishedGrades(
        years.map((y, i) => ({
          year: y,
          summary: y === year ? summary : editionData[i],
          failed: editionFailed[i] === '1',
        })),
        codes,
      ),
    [years, year, summary, editionData, editionFailed, codes],
  );

  const info = useMemo(
    () =>
      states.map((s, i) => (
        <StateColumnInfo
          key={s.code}
          state={s}
          query={editionStates.has(s.code) ? queries[i] : undefined}
          reportHref={hrefFor({ view: 'state', code: s.code })}
        />
      )),
    [states, editionStates, queries, hrefFor],
  );
  const gradeHref = useCallback(
    (code: string, y: number) => hrefFor({ view: 'state', code }, { year: y }),
    [hrefFor],
  );
  // What each arriving file changes is drawn at a lower priority than input, in slices: the
  // rows with the state's analyses, then the grades (below the fold, left out of the first render).
  const shownDetails = useDeferredValue(details);
  const shownGrades = useDeferredValue(grades, null);

  // The benchmark's compare time ends when every row has drawn what is known (or its error).
  const settled = shownDetails.every((d) => d.kind !== 'loading');
  const onDrawn = useCallback(() => {
    if (!settled) return;
    markLoaded('compare-columns');
    markEnd('edition-switch');
  }, [settled]);

  const onChoice = useCallback(
    (patch: Partial<Pick<ViewState, 'issues' | 'goals'>>) => update(patch),
    [update],
  );

  return (
    <>
      <section className="compare-choice" aria-label="Goals and issue areas compared">
        {/* Folded into one line on a phone, as the heatmap's filters are. */}
        <FoldedFilters summary={filterSummary({ issues, goals: chosenGoals })}>
          <GoalChoiceControls
            framework={framework}
            issues={issues}
            goals={chosenGoals}
            onChange={onChoice}
          />
        </FoldedFilters>
      </section>

      <ProfileSection input={input} />

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
        <div className="compare-goals__count" aria-live="polite">
          {goals.model.sentences.map((line) => (
            <p key={line}>{line}</p>
          ))}
        </div>
        <StatusLegend />
        <CompareGoals
          areas={goals.model.areas}
          codes={codes}
          info={info}
          details={shownDetails}
          facts={goals.model.facts}
          showDetails={showDetails && goals.model.analyses}
          stacked={stacked}
          collapsed={collapsed}
          onToggleArea={toggle}
          onDrawn={onDrawn}
        />
      </section>

      {shownGrades ? (
        <CompareGrades
          grades={shownGrades}
          states={states}
          year={year}
          synthetic={goals.synthetic}
          evaluations={evaluated}
          hrefFor={gradeHref}
        />
      ) : null}
    </>
  );
}
