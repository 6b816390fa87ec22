import { useEffect, useId, useRef, type KeyboardEvent } from 'react';
import { evaluationWhat, useEvaluation } from '@/api/evaluation-query';
import { QueryPanel } from '@/components/query-panel';
import { Link } from '@/components/router';
import { StatusGlyph } from '@/components/status-glyph';
import { SyntheticMark } from '@/components/synthetic-mark';
import type {
  Evaluation,
  GoalEvaluation,
  Status,
  Statute,
} from '@/domain/contract/evaluation-schema';
import {
  goalFactTables,
  summaryReferenceTables,
  type FactTable,
} from '@/domain/heatmap/fact-tables';
import type { DatasetId, SummaryFacts } from '@/domain/contract/summary-schema';
import type { FactKind } from '@/domain/facts/registry';

/**
 * Details of one cell: the goal, the state's status, and (fetched only now) the analysis summary,
 * statutes cited, recommendations and typed facts. A non-modal dialog: focus moves into it when
 * it opens, Escape or Close returns focus to the cell.
 */
export interface HeatmapCellPanelProps {
  code: string;
  stateName: string;
  goalId: string;
  goalTitle: string;
  status: Status;
  dataset: DatasetId;
  year: number;
  synthetic: boolean;
  asOf: string | null;
  /** The summary's compact facts of the state (reference facts for unevaluated goals) */
  summaryFacts: SummaryFacts | undefined;
  /** The kinds of typed fact the goal holds, as the framework says */
  factKinds: readonly FactKind[];
  goalHref: string;
  stateHref: string;
  onClose: () => void;
}

export function HeatmapCellPanel(props: HeatmapCellPanelProps) {
  const { code, stateName, goalId, goalTitle, status, synthetic, asOf, onClose } = props;
  const headingId = useId();
  const headingRef = useRef<HTMLHeadingElement>(null);

  // Each newly opened cell takes focus into the panel.
  useEffect(() => {
    headingRef.current?.focus();
  }, [code, goalId]);

  const onKeyDown = (e: KeyboardEvent<HTMLElement>) => {
    if (e.key === 'Escape') {
      e.preventDefault();
      onClose();
    }
  };

  return (
    <section
      className="hm-panel"
      role="dialog"
      aria-modal="false"
      aria-labelledby={headingId}
      onKeyDown={onKeyDown}
    >
      <div className="hm-panel__head">
        <h2 id={headingId} ref={headingRef} tabIndex={-1} className="hm-panel__title">
          {stateName} · goal {goalId}
        </h2>
        <button type="button" className="tool-button hm-panel__close" onClick={onClose}>
          <span aria-hidden="true">×</span> Close
        </button>
      </div>
      <p className="hm-panel__goal">{goalTitle}</p>
      <p className="hm-panel__status">
        <StatusGlyph status={status} withLabel />
        {asOf ? <span className="hm-panel__asof"> · laws as of {asOf}</span> : null}
      </p>
      {synthetic ? <SyntheticMark explain={false} /> : null}
      {status === 'not-evaluated' ? <NotEvaluated {...props} /> : <Evaluated {...props} />}
      <ul className="hm-panel__links">
        <li>
          <Link to={props.goalHref}>Goal {goalId} in every state</Link>
        </li>
        <li>
          <Link to={props.stateHref}>
            {stateName}’s report, at goal {goalId}
          </Link>
        </li>
      </ul>
    </section>
  );
}

function NotEvaluated({
  stateName,
  goalId,
  year,
  synthetic,
  summaryFacts,
  factKinds,
}: HeatmapCellPanelProps) {
  const tables = summaryReferenceTables(factKinds, summaryFacts);
  return (
    <>
      <p>
        There is no evaluation of goal {goalId} for {stateName} in this dataset (
        {synthetic ? 'synthetic demo data' : 'report data'}, {year} edition). Its status is unknown,
        which is not the same as not meeting the goal.
      </p>
      {tables.length > 0 ? (
        <>
          <p className="hm-panel__note">
            Reference data on juvenile courts exists for {stateName}; it is not an evaluation of the
            goal.
          </p>
          {tables.map((t) => (
            <FactTableView key={t.title} table={t} />
          ))}
        </>
      ) : null}
    </>
  );
}

function Evaluated({ dataset, year, code, goalId }: HeatmapCellPanelProps) {
  const query = useEvaluation(dataset, year, code);
  return (
    <QueryPanel query={query} what={evaluationWhat(dataset, year, code)} height="14rem" level={3}>
      {(evaluation) => <GoalDetails evaluation={evaluation} goalId={goalId} />}
    </QueryPanel>
  );
}

function summaryOf(goal: GoalEvaluation): string | undefined {
  if (goal.summary) return goal.summary;
  const first = goal.analysis?.find((b) => b.type === 'paragraph');
  return first?.type === 'paragraph' ? first.text : undefined;
}

function GoalDetails({ evaluation, goalId }: { evaluation: Evaluation; goalId: string }) {
  const goal = evaluation.goals.find((g) => g.id === goalId);
  if (!goal) {
    return <p>The evaluation file has no entry for goal {goalId}.</p>;
  }
  const summary = summaryOf(goal);
  const statutes = goal.statutes ?? [];
  const recommendations = goal.recommendations ?? [];
  const tables = goalFactTables(goal.facts, goal.referenceFacts);
  return (
    <div className="hm-panel__details">
      <h3>Analysis</h3>
      {summary ? <p>{summary}</p> : <p>The evaluation gives no summary for this goal.</p>}

      <h3>Statutes cited</h3>
      {statutes.length > 0 ? (
        <ul className="hm-panel__statutes">
          {statutes.map((s) => (
            <li key={s.id}>
              <StatuteText statute={s} />
            </li>
          ))}
        </ul>
      ) : (
        <p>No statute cited for this goal.</p>
      )}

      <h3>{recommendations.length === 1 ? 'Recommendation' : 'Recommendations'}</h3>
      {recommendations.length > 0 ? (
        <ul className="hm-panel__recs">
          {recommendations.map((r) => (
            <li key={r.id}>
              <span className="hm-panel__rec-id">{r.id}</span> {r.text}
            </li>
          ))}
        </ul>
      ) : (
        <p>
          {goal.status === 'meets'
            ? 'None: the goal is met.'
            : 'The evaluation makes no recommendation for this goal.'}
        </p>
      )}

      {tables.map((t) => (
        <FactTableView key={t.title} table={t} />
      ))}

      {evaluation.sources.length > 0 ? (
        <p className="hm-panel__source">
          Source: {evaluation.sources.map((s) => s.title).join('; ')}
        </p>
      ) : null}
    </div>
  );
}

function StatuteText({ statute }: { statute: Statute }) {
  const pinpoints = statute.pinpoints?.length ? ` ${statute.pinpoints.join(', ')}` : '';
  return (
    <>
      <span className="hm-panel__citation">
        {statute.citation}
        {pinpoints}
      </span>
      {statute.title ? <> — {statute.title}</> : null}
    </>
  );
}

function FactTableView({ table }: { table: FactTable }) {
  return (
    <div className="hm-panel__facts">
      <h3>{table.title}</h3>
      <table className="table hm-facts">
        <thead>
          <tr>
            <th scope="col">
              <span className="visually-hidden">Fact</span>
            </th>
            {table.columns.map((c) => (
              <th key={c.heading} scope="col">
                {c.heading}
                {c.note ? (
                  <>
                    {' '}
                    <span className="hm-facts__note">({c.note})</span>
                  </>
                ) : null}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {table.rows.map((r) => (
            <tr key={r.label}>
              <th scope="row">{r.label}</th>
              {r.values.map((v, i) => (
                <td key={table.columns[i]?.heading ?? i}>{v}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
