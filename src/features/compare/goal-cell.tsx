import { memo, useState } from 'react';
import { StatusGlyph } from '@/components/status-glyph';
import type {
  Evaluation,
  GoalEvaluation,
  Source,
  Statute,
  Status,
} from '@/domain/contract/evaluation-schema';
import type { FactKind } from '@/domain/contract/fact-kinds';
import { BASIS_HEADINGS, factReadingsOfGoal, type FactReading } from '@/domain/facts/fact-readings';

/** What is known of one state's full evaluation: not fetched, loading, failed, or its goals. */
export type StateDetails =
  | { kind: 'none' }
  | { kind: 'loading' }
  | { kind: 'error' }
  | { kind: 'ready'; goals: ReadonlyMap<string, GoalEvaluation> };

// One object per kind, and one per evaluation (below): cells compare them by identity, so a
// state's column redraws only when its own evaluation arrives.
export const NO_DETAILS: StateDetails = Object.freeze({ kind: 'none' });
export const LOADING_DETAILS: StateDetails = Object.freeze({ kind: 'loading' });
export const FAILED_DETAILS: StateDetails = Object.freeze({ kind: 'error' });
const readyDetails = new WeakMap<Evaluation, StateDetails>();

export function detailsOfEvaluation(evaluation: Evaluation): StateDetails {
  let details = readyDetails.get(evaluation);
  if (!details) {
    details = { kind: 'ready', goals: new Map(evaluation.goals.map((g) => [g.id, g])) };
    readyDetails.set(evaluation, details);
  }
  return details;
}

function citation(statute: Statute): string {
  const pins = statute.pinpoints?.length ? statute.pinpoints.join(', ') : '';
  return pins ? `${statute.citation}${pins}` : statute.citation;
}

export interface GoalCellProps {
  goalId: string;
  status: Status;
  details: StateDetails;
  showDetails: boolean;
  /** The kinds of typed fact the goal holds (from the framework) */
  factKinds: readonly FactKind[];
  /** What the edition summary holds of those facts for the state (values, no sources) */
  summaryFacts: readonly FactReading[] | undefined;
}

/**
 * One state's answer to one goal: the status (glyph and word), the facts the data holds beside it
 * (evaluated or not, each reading with its basis, confidence and sources), then what the report
 * says.
 */
export const GoalCell = memo(function GoalCell({
  goalId,
  status,
  details,
  showDetails,
  factKinds,
  summaryFacts,
}: GoalCellProps) {
  const goal = details.kind === 'ready' ? details.goals.get(goalId) : undefined;
  const fromGoal = goal ? factReadingsOfGoal(goal, factKinds) : [];
  // Sources come with the full evaluation; until then (or if it fails) the summary's values show.
  const readings = fromGoal.length > 0 ? fromGoal : (summaryFacts ?? []);
  const sourcesState: SourcesState =
    fromGoal.length > 0
      ? 'ready'
      : details.kind === 'error'
        ? 'error'
        : details.kind === 'loading'
          ? 'loading'
          : 'none';
  return (
    <div className="goal-cell">
      <StatusGlyph status={status} withLabel />
      {readings.map((r, i) => (
        <FactReadingView key={`${r.kind}-${r.basis}-${i}`} reading={r} sources={sourcesState} />
      ))}
      {showDetails && status !== 'not-evaluated' ? (
        <CellDetails goal={goal} details={details} />
      ) : null}
    </div>
  );
});

type SourcesState = 'ready' | 'loading' | 'error' | 'none';

const CONFIDENCE_WORDS = { high: 'high', medium: 'medium', low: 'low: sources conflict' } as const;

/** A reading of typed facts: what it is and rests on, its values with their confidence, sources. */
function FactReadingView({ reading, sources }: { reading: FactReading; sources: SourcesState }) {
  return (
    <div className={`fact-reading fact-reading--${reading.basis}`}>
      <p className="fact-reading__head">
        <span className="fact-reading__basis">{BASIS_HEADINGS[reading.basis]}</span>{' '}
        <span className="fact-reading__label">{reading.label}</span>
      </p>
      <dl className="fact-reading__lines">
        {reading.lines.map((line) => (
          <div key={line.label} className="fact-reading__line">
            <dt>{line.label}</dt>
            <dd>
              {line.value}
              {line.confidence ? (
                <span
                  className={`fact-reading__confidence${line.confidence === 'low' ? ' fact-reading__confidence--low' : ''}`}
                >
                  {' '}
                  ({line.confidence === 'low' ? '⚠ ' : ''}confidence{' '}
                  {CONFIDENCE_WORDS[line.confidence]})
                </span>
              ) : null}
            </dd>
          </div>
        ))}
      </dl>
      {reading.minConfidence && sources !== 'ready' ? (
        <p className="fact-reading__note">
          Lowest confidence of these values: {CONFIDENCE_WORDS[reading.minConfidence]}.
        </p>
      ) : null}
      {reading.notes.map((note) => (
        <p key={note} className="fact-reading__note">
          {note}
        </p>
      ))}
      <ReadingSources reading={reading} state={sources} />
    </div>
  );
}

function ReadingSources({ reading, state }: { reading: FactReading; state: SourcesState }) {
  if (state === 'loading') {
    return <p className="fact-reading__note">Loading the sources…</p>;
  }
  if (state === 'error' || state === 'none') {
    return (
      <p className="fact-reading__note">
        Sources: on the state’s report
        {state === 'error' ? ' (its file could not be loaded here)' : ''}.
      </p>
    );
  }
  if (reading.sources.length === 0) {
    return <p className="fact-reading__note">No source is named for these values.</p>;
  }
  return <SourcesDisclosure sources={reading.sources} />;
}

/** The sources behind a reading, listed when opened (six states' lists nobody opened cost a render). */
function SourcesDisclosure({ sources }: { sources: readonly Source[] }) {
  const [opened, setOpened] = useState(false);
  return (
    <details
      className="fact-reading__sources"
      onToggle={(e) => {
        if (e.currentTarget.open) setOpened(true);
      }}
    >
      <summary>{sources.length === 1 ? 'Source' : `Sources (${sources.length})`}</summary>
      {opened ? <SourceList sources={sources} /> : null}
    </details>
  );
}

export function SourceList({ sources }: { sources: readonly Source[] }) {
  return (
    <ul className="source-list">
      {sources.map((s, i) => (
        <li key={`${s.key ?? ''}-${i}`}>
          {s.key ? <span className="source-list__key">[{s.key}]</span> : null}{' '}
          {s.url ? (
            <a href={s.url} rel="noopener noreferrer">
              {s.title}
            </a>
          ) : (
            s.title
          )}
          {s.asOf ? <span className="source-list__as-of"> ({s.asOf})</span> : null}
        </li>
      ))}
    </ul>
  );
}

function CellDetails({
  goal,
  details,
}: {
  goal: GoalEvaluation | undefined;
  details: StateDetails;
}) {
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
      return <GoalDetails goal={goal} />;
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
