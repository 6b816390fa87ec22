import { useId, useMemo } from 'react';
import { useViewData } from '@/api/view-data-query';
import { ExportMenu } from '@/components/export-menu';
import { Link } from '@/components/router';
import { StatusGlyph, StatusLegend } from '@/components/status-glyph';
import { SyntheticMark } from '@/components/synthetic-mark';
import { ViewDataGate } from '@/components/view-data-gate';
import { useViewState } from '@/components/view-state';
import { STATUSES } from '@/domain/contract/evaluation-schema';
import type { Framework } from '@/domain/contract/framework-schema';
import type { EditionSummary } from '@/domain/contract/summary-schema';
import { STATUS_COLORS } from '@/domain/format/palette';
import { stateName } from '@/domain/format/jurisdictions';
import { publisherName } from '@/domain/format/publisher';
import {
  filterGoalsList,
  goalsList,
  statusShares,
  type GoalListArea,
  type GoalListItem,
} from '@/domain/goals-list/model';
import { describeGoalsList, describeSearch } from '@/domain/goals-list/text';
import { goalsListExport, goalsListWords } from './goals-list-export';
import { useGoalsSearch } from './goals-list-store';
import './goals-list.css';

/**
 * `/goals`: every goal of the framework by issue area, with how many jurisdictions are at each
 * status in the edition shown, a search by number or words, and a link to each goal's page.
 */
export function GoalsListPage() {
  const { manifest, dataset, year } = useViewState();
  const { framework, summary, summaryWhat } = useViewData(manifest, dataset, year);
  return (
    <div className="goals-list-view">
      <h1>Policy goals</h1>
      <ViewDataGate
        framework={framework}
        summary={summary}
        summaryWhat={summaryWhat}
        height="60rem"
      >
        {(fw, s) => <GoalsListContent framework={fw} summary={s} />}
      </ViewDataGate>
    </div>
  );
}

function GoalsListContent({
  framework,
  summary,
}: {
  framework: Framework;
  summary: EditionSummary;
}) {
  const { state } = useViewState();
  const query = useGoalsSearch((s) => s.query);
  const setQuery = useGoalsSearch((s) => s.setQuery);
  const id = useId();
  const list = useMemo(() => goalsList(framework, summary), [framework, summary]);
  const shown = useMemo(() => filterGoalsList(list, query), [list, query]);
  const words = useMemo(() => goalsListWords(framework, summary), [framework, summary]);
  const spec = useMemo(
    () => goalsListExport(framework, summary, shown, query),
    [framework, summary, shown, query],
  );
  const chosen = state.states;

  return (
    <>
      <p className="goals-list__meta">
        {summary.year} edition · {summary.synthetic ? 'synthetic demo data' : 'report data'} · goals
        as {publisherName(framework)} states them
      </p>
      {summary.synthetic ? <SyntheticMark /> : null}
      <p className="goals-list__summary">{describeGoalsList(list)}</p>
      {chosen.length > 0 ? (
        <p className="goals-list__chosen">
          Each goal opens with {chosen.length === 1 ? 'your chosen state' : 'your chosen states'}{' '}
          marked: {chosen.map(stateName).join(', ')}.
        </p>
      ) : null}

      <div className="goals-list__tools">
        <div className="goals-list__search">
          <label htmlFor={`${id}-search`}>Find a goal</label>
          <input
            id={`${id}-search`}
            type="search"
            value={query}
            onChange={(e) => setQuery(e.target.value)}
            placeholder="A number or words, e.g. 2.5 or juvenile"
            autoComplete="off"
            spellCheck={false}
            aria-describedby={`${id}-count`}
          />
        </div>
        <ExportMenu spec={spec} title={words.title} />
      </div>
      <p id={`${id}-count`} className="goals-list__count" role="status">
        {describeSearch(shown, query)}
      </p>

      <StatusLegend title={`Jurisdictions at each status, of ${list.jurisdictionCount}`} />

      {shown.areas.map((area) => (
        <GoalArea key={area.id} area={area} total={list.jurisdictionCount} />
      ))}
      {shown.goalCount === 0 ? (
        <p className="goals-list__none">
          <button type="button" className="goals-list__clear" onClick={() => setQuery('')}>
            Clear the search
          </button>
        </p>
      ) : null}
      <p className="goals-list__source">{words.source}</p>
    </>
  );
}

function GoalArea({ area, total }: { area: GoalListArea; total: number }) {
  const headingId = useId();
  return (
    <section className="goals-area" aria-labelledby={headingId}>
      <h2 id={headingId} className="goals-area__title">
        <span className="goals-area__id">Issue area {area.id}</span> {area.title}
      </h2>
      <table className="table goals-table">
        <caption className="visually-hidden">
          Goals of issue area {area.id}, with the number of the {total} jurisdictions at each status
        </caption>
        <thead>
          <tr>
            <th scope="col" className="goals-table__goal">
              Goal
            </th>
            {STATUSES.map((s) => (
              <th key={s} scope="col" className="goals-table__count">
                <StatusGlyph status={s} withLabel />
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {area.goals.map((goal) => (
            <GoalRow key={goal.id} goal={goal} />
          ))}
        </tbody>
      </table>
    </section>
  );
}

function GoalRow({ goal }: { goal: GoalListItem }) {
  const { hrefFor } = useViewState();
  return (
    <tr>
      <th scope="row" className="goals-table__goal">
        <Link className="goals-table__link" to={hrefFor({ view: 'goal', goalId: goal.id })}>
          <span className="goals-table__id">{goal.id}</span> {goal.title}
        </Link>
        {/* The counts beside it are the data; the bar only lets the eye compare rows. */}
        <span className="goals-table__bar" aria-hidden="true">
          {statusShares(goal.counts).map(({ status, percent }) => (
            <span
              key={status}
              className={`goals-table__bar-part goals-table__bar-part--${status}`}
              style={{ width: `${percent}%`, background: STATUS_COLORS[status] }}
            />
          ))}
        </span>
      </th>
      {STATUSES.map((s) => (
        <td
          key={s}
          className={`goals-table__count${goal.counts[s] === 0 ? ' goals-table__count--zero' : ''}`}
        >
          {goal.counts[s]}
        </td>
      ))}
    </tr>
  );
}
