import { StatusGlyph } from '@/components/status-glyph';
import type { GoalEvaluation, Statute, Status } from '@/domain/contract/evaluation-schema';

/** What is known of one state's full evaluation: not fetched, loading, failed, or its goals. */
export type StateDetails =
  | { kind: 'none' }
  | { kind: 'loading' }
  | { kind: 'error' }
  | { kind: 'ready'; goals: ReadonlyMap<string, GoalEvaluation> };

function citation(statute: Statute): string {
  const pins = statute.pinpoints?.length ? statute.pinpoints.join(', ') : '';
  return pins ? `${statute.citation}${pins}` : statute.citation;
}

/** One state's answer to one goal: the status (glyph and word), then what the report says. */
export function GoalCell({
  goalId,
  status,
  details,
  showDetails,
}: {
  goalId: string;
  status: Status;
  details: StateDetails;
  showDetails: boolean;
}) {
  return (
    <div className="goal-cell">
      <StatusGlyph status={status} withLabel />
      {showDetails && status !== 'not-evaluated' ? (
        <CellDetails goalId={goalId} details={details} />
      ) : null}
    </div>
  );
}

function CellDetails({ goalId, details }: { goalId: string; details: StateDetails }) {
  switch (details.kind) {
    case 'none':
      return null;
    case 'loading':
      return (
        <span className="goal-cell__loading">
          <span className="visually-hidden">Loading the analysis</span>
        </span>
      );
    case 'error':
      return (
        <p className="goal-cell__muted">
          The analysis could not be loaded (see this state’s heading).
        </p>
      );
    case 'ready':
      return <GoalDetails goal={details.goals.get(goalId)} />;
  }
}

function GoalDetails({ goal }: { goal: GoalEvaluation | undefined }) {
  const statutes = goal?.statutes ?? [];
  const recommendations = goal?.recommendations ?? [];
  if (!goal?.summary && statutes.length === 0 && recommendations.length === 0) {
    return <p className="goal-cell__muted">No analysis text for this goal.</p>;
  }
  return (
    <div className="goal-cell__details">
      {goal?.summary ? <p className="goal-cell__summary">{goal.summary}</p> : null}
      {statutes.length > 0 ? (
        <div className="goal-cell__block">
          <span className="goal-cell__label">Statutes cited</span>
          <ul>
            {statutes.map((s, i) => (
              <li key={`${s.id}-${i}`}>{citation(s)}</li>
            ))}
          </ul>
        </div>
      ) : null}
      {recommendations.length > 0 ? (
        <div className="goal-cell__block">
          <span className="goal-cell__label">
            {recommendations.length === 1 ? 'Recommendation' : 'Recommendations'}
          </span>
          <ul>
            {recommendations.map((r) => (
              <li key={r.id}>{r.text}</li>
            ))}
          </ul>
        </div>
      ) : null}
    </div>
  );
}
