import { memo, useId, useState } from 'react';
import type { Framework } from '@/domain/contract/framework-schema';
import { goalsShown, toggleGoal, toggleIssue } from '@/domain/url/goal-choice';
import './goal-choice-controls.css';

/**
 * The issue areas and goals a view shows (`issues`, `goals` in the URL), as the heatmap and compare
 * offer them: a chip per issue area (all ticked when none is chosen; the last one cannot be
 * unticked) and a list of goals by issue area (none ticked: every goal), so a link naming goals
 * (`goals=2.5~2.9~4.6`) opens with exactly those ticked. Every change goes to `onChange`, which the
 * page turns into a URL change.
 */
export interface GoalChoiceControlsProps {
  framework: Pick<Framework, 'issueAreas'>;
  issues: readonly string[];
  goals: readonly string[];
  onChange: (patch: { issues?: string[]; goals?: string[] }) => void;
}

export const GoalChoiceControls = memo(function GoalChoiceControls({
  framework,
  issues,
  goals,
  onChange,
}: GoalChoiceControlsProps) {
  const id = useId();
  return (
    <>
      <div className="gc-filter" role="group" aria-labelledby={`${id}-issues`}>
        <span id={`${id}-issues`} className="gc-filter__label">
          Issue areas
        </span>
        <ul className="gc-chips">
          {framework.issueAreas.map((a) => (
            <li key={a.id}>
              <label className="gc-chip">
                <input
                  type="checkbox"
                  checked={issues.length === 0 || issues.includes(a.id)}
                  onChange={() => {
                    // The last area shown cannot be unticked: an empty view says nothing.
                    const next = toggleIssue(framework, issues, a.id);
                    if (next) onChange({ issues: next });
                  }}
                />
                <span>
                  {a.id}. {a.title}
                </span>
              </label>
            </li>
          ))}
        </ul>
      </div>
      <GoalPicker framework={framework} issues={issues} goals={goals} onChange={onChange} />
    </>
  );
});

function GoalPicker({ framework, issues, goals, onChange }: GoalChoiceControlsProps) {
  const id = useId();
  // The list is drawn when first opened: forty checkboxes nobody may look at cost a first render.
  const [opened, setOpened] = useState(false);
  const total = framework.issueAreas.reduce((n, a) => n + a.goals.length, 0);
  const shown = goalsShown(framework, { issues, goals }).length;
  const count =
    goals.length === 0
      ? 'none chosen: all shown'
      : `${goals.length} of ${total} chosen${shown < goals.length ? `, ${shown} in the issue areas shown` : ''}`;
  return (
    <div className="gc-filter" role="group" aria-labelledby={`${id}-goals`}>
      <span id={`${id}-goals`} className="gc-filter__label">
        Goals
      </span>
      <details
        className="gc-picker"
        onToggle={(e) => {
          if (e.currentTarget.open) setOpened(true);
        }}
      >
        <summary>
          Choose goals <span className="gc-picker__count">({count})</span>
        </summary>
        {opened ? (
          <div className="gc-picker__body">
            {goals.length > 0 ? (
              <button type="button" className="gc-button" onClick={() => onChange({ goals: [] })}>
                Show every goal
              </button>
            ) : null}
            <div className="gc-picker__list">
              {framework.issueAreas.map((a) => (
                <fieldset key={a.id} className="gc-picker__area">
                  <legend>
                    {a.id}. {a.title}
                  </legend>
                  <ul>
                    {a.goals.map((g) => (
                      <li key={g.id}>
                        <label>
                          <input
                            type="checkbox"
                            checked={goals.includes(g.id)}
                            onChange={() => onChange({ goals: toggleGoal(framework, goals, g.id) })}
                          />{' '}
                          <span className="gc-picker__code">{g.id}</span> {g.title}
                        </label>
                      </li>
                    ))}
                  </ul>
                </fieldset>
              ))}
            </div>
          </div>
        ) : null}
      </details>
    </div>
  );
}
