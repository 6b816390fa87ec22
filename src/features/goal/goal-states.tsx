import { useId, useState } from 'react';
import { useViewState } from '@/components/view-state';
import { matchStates, toggleChosen } from '@/domain/goal/chosen';
import { JURISDICTIONS, stateName } from '@/domain/format/jurisdictions';

/**
 * The states a goal page marks: the chosen ones (the URL's `states`, each removable), a picker to
 * choose more (search, then tick), and "Chosen states only" (`chosen=1`), which leaves the others
 * out of every chart and table. Each change is a step in the history.
 */
export function GoalStates() {
  const { state, update } = useViewState();
  const id = useId();
  const [query, setQuery] = useState('');
  const chosen = state.states;
  const choices = matchStates(query);

  const change = (states: string[]) =>
    // With none chosen, "chosen states only" has nothing to show: it goes too.
    update({ states, chosen: states.length > 0 && state.chosen });

  return (
    <section className="goal-states" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} className="goal-states__title">
        Chosen states
      </h2>
      {chosen.length === 0 ? (
        <p className="goal-states__none">
          None: choose states to mark them on the map, in the charts and in the tables.
        </p>
      ) : (
        <ul className="goal-states__chips" aria-label="Chosen states">
          {chosen.map((code) => (
            <li key={code} className="goal-states__chip">
              {stateName(code)}
              <button
                type="button"
                className="goal-states__remove"
                aria-label={`Remove ${stateName(code)}`}
                onClick={() => change(chosen.filter((c) => c !== code))}
              >
                <span aria-hidden="true">×</span>
              </button>
            </li>
          ))}
          {chosen.length > 1 ? (
            <li>
              <button type="button" className="goal-states__clear" onClick={() => change([])}>
                Clear all
              </button>
            </li>
          ) : null}
        </ul>
      )}
      <div className="goal-states__controls">
        <details className="goal-states__picker">
          <summary>Choose states</summary>
          <div className="goal-states__picker-body">
            <label className="goal-states__find">
              <span>Find a state</span>
              <input
                type="search"
                value={query}
                onChange={(e) => setQuery(e.target.value)}
                aria-controls={`${id}-list`}
                autoComplete="off"
                spellCheck={false}
              />
            </label>
            <ul id={`${id}-list`} className="goal-states__list" aria-label="States">
              {choices.map((j) => (
                <li key={j.code}>
                  <label>
                    <input
                      type="checkbox"
                      checked={chosen.includes(j.code)}
                      onChange={() => change(toggleChosen(chosen, j.code))}
                    />{' '}
                    {j.name} <span className="goal-states__code">{j.code}</span>
                  </label>
                </li>
              ))}
              {choices.length === 0 ? (
                <li className="goal-states__no-match">No state matches “{query.trim()}”.</li>
              ) : null}
            </ul>
          </div>
        </details>
        <label className="goal-states__only">
          <input
            type="checkbox"
            role="switch"
            checked={state.chosen && chosen.length > 0}
            disabled={chosen.length === 0}
            aria-describedby={`${id}-only-note`}
            onChange={(e) => update({ chosen: e.target.checked })}
          />{' '}
          Chosen states only
        </label>
        <span id={`${id}-only-note`} className="goal-states__note">
          {chosen.length === 0
            ? '(choose a state first)'
            : state.chosen
              ? 'The others are left out of every chart and table.'
              : `All ${JURISDICTIONS.length} shown, the chosen marked.`}
        </span>
      </div>
    </section>
  );
}
