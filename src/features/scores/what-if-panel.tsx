import { useId, useState } from 'react';
import type { Framework, FrameworkGoal, IssueArea } from '@/domain/contract/framework-schema';
import {
  changedGoalCount,
  changedGoalsInArea,
  cleanWeight,
  effectiveWeights,
  setAreaWeight,
  setGoalWeight,
  sharedAreaWeight,
  WEIGHT_STEP,
  type WeightOverrides,
} from '@/domain/scores/weights';
import { MAX_WEIGHT } from '@/domain/url/url-state';
import { areaColor } from '@/domain/scores/area-colors';
import { publisherPossessive } from '@/domain/format/publisher';

export interface WhatIfPanelProps {
  framework: Framework;
  /** Weights that differ from the framework's (the URL's `weights`) */
  overrides: WeightOverrides;
  /** `replace` for continuous controls (sliders, typing), a history entry otherwise */
  onChange: (overrides: Record<string, number>, options: { replace: boolean }) => void;
  /** Phones: fold the panel away behind its heading so the ranking comes into view */
  collapsible?: boolean;
}

/**
 * Goal weights for a what-if ranking: a slider and a number per goal, grouped by issue area in
 * collapsible sections, a shortcut to give a whole area one weight, and a reset.
 */
export function WhatIfPanel({
  framework,
  overrides,
  onChange,
  collapsible = false,
}: WhatIfPanelProps) {
  const headingId = useId();
  const changed = changedGoalCount(framework, overrides);
  const weights = effectiveWeights(framework, overrides);
  const title = (
    <h2 id={headingId} className="what-if__title">
      What if the goals weighed differently?
    </h2>
  );
  const body = (
    <WhatIfBody
      framework={framework}
      overrides={overrides}
      onChange={onChange}
      changed={changed}
      weights={weights}
    />
  );
  return (
    <section className="what-if" aria-labelledby={headingId}>
      {collapsible ? (
        <details className="what-if__fold">
          <summary>
            {title}
            <span className="what-if__fold-status">
              {changed === 0 ? 'Change the goals’ weights' : `${changed} reweighted`}
            </span>
          </summary>
          {body}
        </details>
      ) : (
        <>
          {title}
          {body}
        </>
      )}
    </section>
  );
}

function WhatIfBody({
  framework,
  overrides,
  onChange,
  changed,
  weights,
}: Omit<WhatIfPanelProps, 'collapsible'> & {
  changed: number;
  weights: Readonly<Record<string, number>>;
}) {
  return (
    <>
      <p className="what-if__note">
        {framework.scoring?.weightsNote} Change a goal’s weight (0 leaves it out) and watch the
        ranking move. What-if scores are an illustration computed here: they are not{' '}
        {publisherPossessive(framework)} scores or grades.
      </p>
      <div className="what-if__status">
        <p aria-live="polite">
          {changed === 0
            ? 'All goals at the framework’s weights.'
            : `${changed} ${changed === 1 ? 'goal' : 'goals'} reweighted.`}
        </p>
        <button
          type="button"
          className="button scores-button"
          disabled={changed === 0}
          onClick={() => onChange({}, { replace: false })}
        >
          Reset to the framework’s weights
        </button>
      </div>
      {framework.issueAreas.map((area, i) => (
        <AreaWeights
          key={area.id}
          area={area}
          index={i}
          weights={weights}
          changed={changedGoalsInArea(framework, overrides, area.id)}
          shared={sharedAreaWeight(framework, overrides, area.id)}
          onGoal={(goal, weight, replace) =>
            onChange(setGoalWeight(framework, overrides, goal.id, weight), { replace })
          }
          onArea={(weight) =>
            onChange(setAreaWeight(framework, overrides, area.id, weight), { replace: false })
          }
        />
      ))}
    </>
  );
}

function AreaWeights({
  area,
  index,
  weights,
  changed,
  shared,
  onGoal,
  onArea,
}: {
  area: IssueArea;
  index: number;
  weights: Readonly<Record<string, number>>;
  changed: number;
  shared: number | null;
  onGoal: (goal: FrameworkGoal, weight: number, replace: boolean) => void;
  onArea: (weight: number) => void;
}) {
  const areaInputId = useId();
  const [areaDraft, setAreaDraft] = useState<string>('');
  const draftWeight = cleanWeight(Number(areaDraft === '' ? NaN : areaDraft));
  return (
    <details className="what-if__area">
      <summary>
        <span
          className="scores-area-swatch"
          style={{ background: areaColor(index) }}
          aria-hidden="true"
        >
          {area.id}
        </span>
        <span className="what-if__area-title">{area.title}</span>
        <span className="what-if__area-meta">
          {area.goals.length} goals · {shared !== null ? `weight ${shared}` : 'mixed weights'}
          {changed > 0 ? ` · ${changed} changed` : ''}
        </span>
      </summary>
      <form
        className="what-if__area-set"
        onSubmit={(e) => {
          e.preventDefault();
          if (draftWeight !== null) onArea(draftWeight);
        }}
      >
        <label htmlFor={areaInputId}>
          Set all {area.goals.length} goals <span className="visually-hidden">of {area.title}</span>{' '}
          to
        </label>
        <input
          id={areaInputId}
          type="number"
          inputMode="decimal"
          min={0}
          max={MAX_WEIGHT}
          step={WEIGHT_STEP}
          placeholder={shared !== null ? String(shared) : ''}
          value={areaDraft}
          onChange={(e) => setAreaDraft(e.target.value)}
        />
        <button type="submit" className="button scores-button" disabled={draftWeight === null}>
          Apply
        </button>
      </form>
      <ul className="what-if__goals">
        {area.goals.map((goal) => (
          <GoalWeight
            key={goal.id}
            goal={goal}
            weight={weights[goal.id] ?? goal.weight}
            onChange={(weight, replace) => onGoal(goal, weight, replace)}
          />
        ))}
      </ul>
    </details>
  );
}

function GoalWeight({
  goal,
  weight,
  onChange,
}: {
  goal: FrameworkGoal;
  weight: number;
  onChange: (weight: number, replace: boolean) => void;
}) {
  const id = useId();
  // What the user is typing, kept apart so an empty or half-typed field is not forced back.
  const [draft, setDraft] = useState<string | null>(null);
  const changed = weight !== goal.weight;
  return (
    <li className={`goal-weight${changed ? ' goal-weight--changed' : ''}`}>
      <label htmlFor={`${id}-range`} className="goal-weight__label" title={goal.title}>
        <span className="goal-weight__id">{goal.id}</span> {goal.title}
      </label>
      <div className="goal-weight__inputs">
        <input
          id={`${id}-range`}
          type="range"
          min={0}
          max={MAX_WEIGHT}
          step={WEIGHT_STEP}
          value={weight}
          aria-valuetext={`weight ${weight}${changed ? ` (framework: ${goal.weight})` : ''}`}
          onChange={(e) => {
            const w = cleanWeight(Number(e.target.value));
            if (w !== null) onChange(w, true);
          }}
        />
        <input
          type="number"
          inputMode="decimal"
          aria-label={`Weight of goal ${goal.id}`}
          min={0}
          max={MAX_WEIGHT}
          step={WEIGHT_STEP}
          value={draft ?? String(weight)}
          onChange={(e) => {
            setDraft(e.target.value);
            const w = e.target.value === '' ? null : cleanWeight(Number(e.target.value));
            if (w !== null) onChange(w, true);
          }}
          onBlur={() => setDraft(null)}
        />
      </div>
    </li>
  );
}
