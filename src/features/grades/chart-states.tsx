import { useId } from 'react';
import { JURISDICTIONS, stateName } from '@/domain/format/jurisdictions';
import { MAX_CHART_STATES } from '@/domain/grades/series';

export interface ChartStatesProps {
  /** The URL's states, in its order */
  chosen: readonly string[];
  onChange: (states: string[]) => void;
}

/**
 * Chooses the states whose scores the chart draws (`states=` in the URL): a list to add one, and
 * each chosen state as a button that removes it. Says why when no more can be drawn.
 */
export function ChartStates({ chosen, onChange }: ChartStatesProps) {
  const id = useId();
  const full = chosen.length >= MAX_CHART_STATES;
  const options = JURISDICTIONS.filter((j) => !chosen.includes(j.code)).sort((a, b) =>
    a.name.localeCompare(b.name),
  );
  return (
    <div className="chart-states">
      <label htmlFor={`${id}-add`} className="chart-states__label">
        Add a state to the chart
      </label>
      <select
        id={`${id}-add`}
        value=""
        disabled={full}
        aria-describedby={`${id}-status`}
        onChange={(e) => {
          if (e.target.value) onChange([...chosen, e.target.value]);
        }}
      >
        <option value="">Choose a state…</option>
        {options.map((j) => (
          <option key={j.code} value={j.code}>
            {j.name}
          </option>
        ))}
      </select>
      {chosen.length > 0 ? (
        <ul className="chart-states__chosen" aria-label="States in the chart">
          {chosen.map((code) => (
            <li key={code}>
              <button
                type="button"
                className="chart-states__chip"
                onClick={() => onChange(chosen.filter((c) => c !== code))}
              >
                {stateName(code)}
                <span aria-hidden="true"> ×</span>
                <span className="visually-hidden"> (remove from the chart)</span>
              </button>
            </li>
          ))}
          <li>
            <button type="button" className="chart-states__clear" onClick={() => onChange([])}>
              Clear all
            </button>
          </li>
        </ul>
      ) : null}
      <p id={`${id}-status`} className="chart-states__status" aria-live="polite">
        {full
          ? `${chosen.length} states chosen: the most the chart draws (${MAX_CHART_STATES}). Remove one to add another.`
          : chosen.length === 0
            ? 'No state chosen yet.'
            : `${chosen.length} chosen; up to ${MAX_CHART_STATES}.`}
      </p>
    </div>
  );
}
