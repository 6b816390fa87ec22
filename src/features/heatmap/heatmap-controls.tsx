import { FoldedFilters } from '@/components/folded-filters';
import { filterSummary } from '@/domain/format/filter-summary';
import { useId, useState } from 'react';
import { GoalChoiceControls } from '@/components/goal-choice-controls';
import { StatusGlyph } from '@/components/status-glyph';
import { STATUSES, type Status } from '@/domain/contract/evaluation-schema';
import type { Framework } from '@/domain/contract/framework-schema';
import {
  quickStateSets,
  sortKey,
  stateChoices,
  toggleShown,
  toggleValue,
  type HeatmapModel,
} from '@/domain/heatmap/model';
import type { EditionSummary } from '@/domain/contract/summary-schema';
import type { ViewState } from '@/domain/url/url-state';
import { goalStatusSortKey } from '@/domain/url/view-sorts';

/**
 * Sort and filters of the heatmap. Every choice is a URL change made by the page (`onChange`
 * pushes a history entry); only the text typed to find a state stays local.
 */
export interface HeatmapControlsProps {
  framework: Framework;
  summary: EditionSummary;
  issues: readonly string[];
  goals: readonly string[];
  status: readonly Status[];
  states: readonly string[];
  model: HeatmapModel;
  onChange: (patch: Partial<ViewState>) => void;
}

export function HeatmapControls({
  framework,
  summary,
  issues,
  goals,
  status,
  states,
  model,
  onChange,
}: HeatmapControlsProps) {
  const id = useId();
  const quickSets = quickStateSets(summary, states);
  const hasFilters =
    issues.length > 0 || goals.length > 0 || status.length > 0 || states.length > 0;

  return (
    <section className="hm-controls" aria-label="Sort and filters">
      <div className="hm-controls__row">
        <label className="hm-field">
          <span className="hm-field__label">Sort states by</span>
          <select value={sortKey(model.sort)} onChange={(e) => onChange({ sort: e.target.value })}>
            <option value="score">Coverage score, highest first</option>
            <option value="name">State name, A–Z</option>
            <optgroup label="An issue area’s score, highest first">
              {framework.issueAreas.map((a) => (
                <option key={a.id} value={`issue:${a.id}`}>
                  Issue area {a.id} score ({a.title})
                </option>
              ))}
            </optgroup>
            <optgroup label="One goal’s status, meets first">
              {framework.issueAreas.flatMap((a) =>
                a.goals.map((g) => (
                  <option key={g.id} value={goalStatusSortKey(g.id)}>
                    Goal {g.id} status ({g.title.replace(/[.\s]+$/, '')})
                  </option>
                )),
              )}
            </optgroup>
          </select>
        </label>
        <button
          type="button"
          className="hm-button"
          disabled={!hasFilters}
          onClick={() => onChange({ issues: [], goals: [], status: [], states: [] })}
        >
          Clear filters
        </button>
      </div>

      <FoldedFilters summary={filterSummary({ issues, goals, status, states })}>
        <GoalChoiceControls
          framework={framework}
          issues={issues}
          goals={goals}
          onChange={onChange}
        />

        <div className="hm-filter" role="group" aria-labelledby={`${id}-status`}>
          <span id={`${id}-status`} className="hm-filter__label">
            Statuses
          </span>
          <ul className="hm-chips">
            {STATUSES.map((s) => (
              <li key={s}>
                <label className="hm-chip">
                  <input
                    type="checkbox"
                    checked={status.length === 0 || status.includes(s)}
                    onChange={() => {
                      const next = toggleShown(status, STATUSES, s);
                      if (next) onChange({ status: next });
                    }}
                  />
                  <StatusGlyph status={s} withLabel />
                </label>
              </li>
            ))}
          </ul>
        </div>

        <div className="hm-filter" role="group" aria-labelledby={`${id}-states`}>
          <span id={`${id}-states`} className="hm-filter__label">
            States
          </span>
          <ul className="hm-chips">
            {quickSets.map((q) => (
              <li key={q.id}>
                <button
                  type="button"
                  className="hm-toggle"
                  aria-pressed={q.active}
                  disabled={q.size === 0}
                  onClick={() => onChange({ states: q.states })}
                >
                  {q.label}
                  <span className="visually-hidden">
                    {' '}
                    ({q.size} {q.size === 1 ? 'state' : 'states'})
                  </span>
                </button>
              </li>
            ))}
          </ul>
          <StatePicker
            summary={summary}
            states={states}
            onChange={onChange}
            listId={`${id}-list`}
          />
        </div>
      </FoldedFilters>
    </section>
  );
}

function StatePicker({
  summary,
  states,
  onChange,
  listId,
}: {
  summary: EditionSummary;
  states: readonly string[];
  onChange: (patch: Partial<ViewState>) => void;
  listId: string;
}) {
  const [query, setQuery] = useState('');
  const choices = stateChoices(summary, query);
  const all = summary.states.map((s) => s.code);
  return (
    <details className="hm-picker">
      <summary>
        Choose states{' '}
        <span className="hm-picker__count">
          ({states.length === 0 ? 'none chosen: all shown' : `${states.length} chosen`})
        </span>
      </summary>
      <div className="hm-picker__body">
        <label className="hm-field">
          <span className="hm-field__label">Find a state</span>
          <input
            type="search"
            value={query}
            onChange={(e) => setQuery(e.target.value)}
            aria-controls={listId}
            autoComplete="off"
          />
        </label>
        <ul id={listId} className="hm-picker__list" aria-label="States">
          {choices.map((c) => (
            <li key={c.code}>
              <label>
                <input
                  type="checkbox"
                  checked={states.includes(c.code)}
                  onChange={() => {
                    const next = toggleValue(states, c.code);
                    // Every state chosen is the same view as none chosen: keep the link short.
                    onChange({ states: all.every((code) => next.includes(code)) ? [] : next });
                  }}
                />{' '}
                {c.name} <span className="hm-picker__code">{c.code}</span>
              </label>
            </li>
          ))}
          {choices.length === 0 ? <li className="hm-picker__none">No state matches.</li> : null}
        </ul>
      </div>
    </details>
  );
}
