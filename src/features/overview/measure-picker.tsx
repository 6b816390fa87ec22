import { useId } from 'react';
import {
  MEASURE_KIND_LABELS,
  MEASURE_KINDS,
  type MeasureKind,
  type OverviewMeasure,
} from '@/domain/overview/measure';

export interface PickerOption {
  id: string;
  title: string;
}

export interface MeasurePickerProps {
  /** The measure shown; null while the default is not yet known */
  measure: OverviewMeasure | null;
  issues: readonly PickerOption[];
  /** Goals, grouped under their issue area */
  goals: readonly (PickerOption & { issueId: string })[];
  onKind: (kind: MeasureKind) => void;
  onChange: (measure: OverviewMeasure) => void;
}

function shorten(text: string, max = 70): string {
  return text.length > max ? `${text.slice(0, max - 1).trimEnd()}…` : text;
}

/** "Colour the map by": one pressed button per kind, and a select for the issue area or goal. */
export function MeasurePicker({ measure, issues, goals, onKind, onChange }: MeasurePickerProps) {
  const labelId = useId();
  const selectId = useId();
  return (
    <div className="measure-picker">
      <span id={labelId} className="measure-picker__label">
        Colour the map by
      </span>
      <div className="measure-picker__kinds" role="group" aria-labelledby={labelId}>
        {MEASURE_KINDS.map((kind) => (
          <button
            key={kind}
            type="button"
            className="measure-picker__kind"
            aria-pressed={measure?.kind === kind}
            onClick={() => onKind(kind)}
          >
            {MEASURE_KIND_LABELS[kind]}
          </button>
        ))}
      </div>
      {measure?.kind === 'issue' ? (
        <div className="measure-picker__detail">
          <label htmlFor={selectId}>Issue area</label>
          <select
            id={selectId}
            value={measure.issueId}
            onChange={(e) => onChange({ kind: 'issue', issueId: e.target.value })}
          >
            {issues.map((area) => (
              <option key={area.id} value={area.id}>
                {area.id}. {area.title}
              </option>
            ))}
          </select>
        </div>
      ) : null}
      {measure?.kind === 'status' ? (
        <div className="measure-picker__detail">
          <label htmlFor={selectId}>Goal</label>
          <select
            id={selectId}
            value={measure.goalId}
            onChange={(e) => onChange({ kind: 'status', goalId: e.target.value })}
          >
            {issues.map((area) => (
              <optgroup key={area.id} label={`${area.id}. ${area.title}`}>
                {goals
                  .filter((g) => g.issueId === area.id)
                  .map((g) => (
                    <option key={g.id} value={g.id}>
                      {g.id} {shorten(g.title)}
                    </option>
                  ))}
              </optgroup>
            ))}
          </select>
        </div>
      ) : null}
    </div>
  );
}
