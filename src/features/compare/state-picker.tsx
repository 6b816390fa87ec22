import { useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import {
  addState,
  matchJurisdictions,
  MAX_COMPARE,
  MIN_COMPARE,
  removeState,
} from '@/domain/compare/selection';
import { stateName } from '@/domain/format/jurisdictions';
import { stateColor } from '@/domain/compare/state-colors';

export interface StatePickerProps {
  /** Selected codes, in the user's order */
  selected: readonly string[];
  onChange: (states: string[]) => void;
}

/**
 * Chooses the states to compare: a searchable combobox (type, arrow keys, Enter; Escape closes)
 * and the chosen states as chips with remove buttons. Says why when a state cannot be added.
 */
export function StatePicker({ selected, onChange }: StatePickerProps) {
  const id = useId();
  const inputRef = useRef<HTMLInputElement>(null);
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const [problem, setProblem] = useState<string | null>(null);
  const options = useMemo(() => matchJurisdictions(query, selected), [query, selected]);
  const activeOption = open ? options[Math.min(active, options.length - 1)] : undefined;
  const listId = `${id}-list`;
  const optionId = (code: string) => `${id}-option-${code}`;

  const choose = (code: string) => {
    const result = addState(selected, code);
    if (result.problem === 'limit') {
      setProblem(
        `You can compare up to ${MAX_COMPARE} states: remove one to add ${stateName(code)}.`,
      );
      return;
    }
    setProblem(null);
    setQuery('');
    setActive(0);
    if (!result.problem) onChange(result.states);
  };

  const remove = (code: string) => {
    setProblem(null);
    onChange(removeState(selected, code));
    inputRef.current?.focus();
  };

  const moveTo = (index: number) => {
    const next = Math.max(0, Math.min(options.length - 1, index));
    setActive(next);
    const code = options[next]?.code;
    if (code) document.getElementById(optionId(code))?.scrollIntoView?.({ block: 'nearest' });
  };

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    switch (e.key) {
      case 'ArrowDown':
        e.preventDefault();
        if (!open) {
          setOpen(true);
          setActive(0);
        } else moveTo(active + 1);
        break;
      case 'ArrowUp':
        e.preventDefault();
        if (open) moveTo(active - 1);
        break;
      case 'Home':
      case 'End':
        if (open) {
          e.preventDefault();
          moveTo(e.key === 'Home' ? 0 : options.length - 1);
        }
        break;
      case 'Enter':
        if (open && activeOption) {
          e.preventDefault();
          choose(activeOption.code);
        }
        break;
      case 'Escape':
        if (open) {
          e.preventDefault();
          setOpen(false);
        } else if (query) {
          e.preventDefault();
          setQuery('');
        }
        break;
      default:
        break;
    }
  };

  const count = selected.length;
  const status =
    problem ??
    (count < MIN_COMPARE
      ? `Pick at least ${MIN_COMPARE} states to compare (${count} chosen).`
      : count >= MAX_COMPARE
        ? `${count} states chosen: the most a comparison holds.`
        : `${count} states chosen; you can add up to ${MAX_COMPARE}.`);

  return (
    <div className="state-picker">
      <label htmlFor={`${id}-input`} className="state-picker__label">
        Add a state
      </label>
      <div className="state-picker__field">
        <input
          ref={inputRef}
          id={`${id}-input`}
          type="text"
          role="combobox"
          autoComplete="off"
          spellCheck={false}
          aria-autocomplete="list"
          aria-expanded={open}
          aria-controls={listId}
          aria-activedescendant={activeOption ? optionId(activeOption.code) : undefined}
          aria-describedby={`${id}-status`}
          placeholder="Type a name or code, e.g. Texas or TX"
          value={query}
          onChange={(e) => {
            setQuery(e.target.value);
            setOpen(true);
            setActive(0);
          }}
          onFocus={() => setOpen(true)}
          onBlur={() => setOpen(false)}
          onKeyDown={onKeyDown}
        />
        <ul
          id={listId}
          role="listbox"
          aria-label="States"
          // Not a tab stop: Chromium makes a scrolling list focusable, and Tab from the input
          // landed on it just as it closed, dropping focus to <body>. Arrows move in it.
          tabIndex={-1}
          className="state-picker__list"
          hidden={!open}
        >
          {/* The options are drawn while the list is open: fifty hidden items cost a first render. */}
          {!open ? null : options.length === 0 ? (
            <li className="state-picker__empty" role="presentation">
              No state matches “{query}”.
            </li>
          ) : (
            options.map((j) => (
              <li
                key={j.code}
                id={optionId(j.code)}
                role="option"
                aria-selected={j.code === activeOption?.code}
                className="state-picker__option"
                // Keep focus in the input: a click picks without blurring it first.
                onMouseDown={(e) => e.preventDefault()}
                onClick={() => choose(j.code)}
              >
                {j.name} <span className="state-picker__code">{j.code}</span>
              </li>
            ))
          )}
        </ul>
      </div>
      <p
        id={`${id}-status`}
        className={`state-picker__status${problem ? ' state-picker__status--problem' : ''}`}
        role="status"
      >
        {status}
      </p>
      {count > 0 ? (
        <ul className="state-picker__chips" aria-label="States compared">
          {selected.map((code, i) => (
            <li key={code} className="compare-chip">
              <span
                className="compare-chip__swatch"
                style={{ background: stateColor(i) }}
                aria-hidden="true"
              />
              {stateName(code)}
              <button
                type="button"
                className="compare-chip__remove"
                aria-label={`Remove ${stateName(code)}`}
                onClick={() => remove(code)}
              >
                <span aria-hidden="true">×</span>
              </button>
            </li>
          ))}
          {count > 1 ? (
            <li>
              <button type="button" className="compare-chip__clear" onClick={() => onChange([])}>
                Clear all
              </button>
            </li>
          ) : null}
        </ul>
      ) : null}
    </div>
  );
}
