import { useMemo } from 'react';
import { Link } from '@/components/router';
import { StatusGlyph } from '@/components/status-glyph';
import type { GoalTable, Statute } from '@/domain/contract/evaluation-schema';
import { prepareGoal, reviewNote, type ReportGoal } from '@/domain/state/report-outline';
import { GoalFactsView } from './report-facts';
import { Blocks, Footnotes, Segments } from './report-text';

/** One goal of the report: status and how it was reached, the analysis, and what follows it. */
export function ReportGoalSection({
  goal,
  synthetic,
  goalHref,
}: {
  goal: ReportGoal;
  synthetic: boolean;
  /** The goal's page, comparing every state */
  goalHref: string;
}) {
  const evaluation = goal.evaluation;
  const prepared = useMemo(() => (evaluation ? prepareGoal(evaluation) : null), [evaluation]);
  const headingId = `goal-${goal.id}-title`;

  return (
    <section id={`goal-${goal.id}`} className="report-goal" aria-labelledby={headingId}>
      <h3 id={headingId} className="report-goal__title">
        <span className="report-goal__id">{goal.id}</span> {goal.title}
      </h3>
      <p className="report-goal__status">
        <StatusGlyph status={goal.status} withLabel />
        {goal.status === 'not-evaluated' ? (
          <span className="report-goal__unknown"> (no evaluation in this dataset)</span>
        ) : null}
        <Link to={goalHref} className="report-goal__compare">
          All states on goal {goal.id}
        </Link>
      </p>
      {evaluation && goal.status !== 'not-evaluated' ? (
        <p className="report-goal__review">
          <span className="report-goal__review-lead">
            The status is this project’s reading of the report, not a rating by its publisher.
          </span>{' '}
          {reviewNote(evaluation, synthetic)}
        </p>
      ) : null}
      {prepared ? (
        <>
          {prepared.summary ? <p>{prepared.summary}</p> : null}
          <div className="report-goal__analysis">
            <Blocks groups={prepared.analysis} />
          </div>
          {evaluation?.table ? <ReportTable table={evaluation.table} goalId={goal.id} /> : null}
          {prepared.extraCredit.length > 0 ? (
            <div className="report-extra">
              <h4>Extra credit</h4>
              {prepared.extraCredit.map((segments, i) => (
                <p key={i}>
                  <Segments segments={segments} />
                </p>
              ))}
            </div>
          ) : null}
          {prepared.recommendations.length > 0 ? (
            <div className="report-recs">
              <h4>
                {prepared.recommendations.length === 1 ? 'Recommendation' : 'Recommendations'}
              </h4>
              <ul>
                {prepared.recommendations.map((r) => (
                  <li key={r.id}>
                    <span className="report-recs__id">{r.id}</span>{' '}
                    <Segments segments={r.segments} />
                  </li>
                ))}
              </ul>
            </div>
          ) : null}
          {evaluation?.statutes?.length ? <StatutesCited statutes={evaluation.statutes} /> : null}
          {evaluation?.facts || evaluation?.referenceFacts ? (
            <GoalFactsView facts={evaluation.facts} referenceFacts={evaluation.referenceFacts} />
          ) : null}
          <Footnotes
            footnotes={prepared.footnotes}
            heading={<h4 className="report-footnotes__title">Footnotes to goal {goal.id}</h4>}
          />
        </>
      ) : null}
    </section>
  );
}

function StatutesCited({ statutes }: { statutes: readonly Statute[] }) {
  return (
    <div className="report-statutes">
      <h4>Statutes cited</h4>
      <ul>
        {statutes.map((s) => (
          <li key={s.id}>
            <cite>{s.citation}</cite>
            {s.pinpoints?.length ? ` ${s.pinpoints.join('; ')}` : ''}
            {s.title ? ` (${s.title})` : ''}
          </li>
        ))}
      </ul>
    </div>
  );
}

function ReportTable({ table, goalId }: { table: GoalTable; goalId: string }) {
  return (
    <div
      className="report-table-scroll"
      role="region"
      aria-label={`Table of goal ${goalId}, as the report gives it`}
      tabIndex={0}
    >
      <table className="table report-goal-table">
        <caption>
          Goal {goalId} in the report’s table
          <span className="report-note"> (its columns shown as rows, to read on any screen)</span>
        </caption>
        <thead>
          <tr>
            <td />
            {table.rows.map((row, i) => (
              <th key={i} scope="col">
                {row.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {table.columns.map((column, j) => (
            <tr key={j}>
              <th scope="row">{column}</th>
              {table.rows.map((row, i) => (
                <td key={i}>{row.cells[j] ?? ''}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
