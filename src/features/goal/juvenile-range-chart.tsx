import type { CSSProperties } from 'react';
import { Link } from '@/components/router';
import { chosenLabel } from './chosen-mark';
import { BASIS_LABELS } from '@/domain/facts/fact-values';
import {
  agePosition,
  describeAgeRange,
  type AgeAxis,
  type JuvenileFacts,
  type JuvenileRow,
} from '@/domain/facts/juvenile';

export interface JuvenileRangeChartProps {
  rows: readonly JuvenileRow[];
  /** Accessible name of the list of states, e.g. "States, by minimum age" */
  listLabel: string;
  axis: AgeAxis;
  stateHref: (code: string) => string;
  highlighted?: readonly string[];
  onPrefetch?: (code: string) => void;
}

/**
 * Ages of juvenile court jurisdiction as ranges, one row per jurisdiction: a dot at the minimum
 * age, a dot at the maximum, a bar between. "No statutory minimum" is drawn apart: a dashed bar
 * from the start of the axis with an arrow pointing on, never a bar starting at zero. A second,
 * outlined range shows reference data where it disagrees with the report on the ages.
 * Each state's name is a link: the chart is a list a keyboard or screen reader can walk.
 */
export function JuvenileRangeChart({
  rows,
  listLabel,
  axis,
  stateHref,
  highlighted = [],
  onPrefetch,
}: JuvenileRangeChartProps) {
  return (
    <div className="goal-range-chart">
      <div className="goal-range-chart__axis" aria-hidden="true">
        <span className="goal-range-chart__axis-unit">Age (years)</span>
        <div className="goal-range-chart__ticks">
          {axis.ticks.map((age) => (
            <span
              key={age}
              className={`goal-range-chart__tick${age % 2 === 1 ? ' goal-range-chart__tick--odd' : ''}${age % 4 === 2 ? ' goal-range-chart__tick--even-minor' : ''}`}
              style={{ left: `${agePosition(axis, age)}%` }}
            >
              {age}
            </span>
          ))}
        </div>
        <span />
      </div>
      <ul className="goal-range-chart__rows" aria-label={listLabel}>
        {rows.map((row) => {
          const ageDiffers =
            row.reference !== null &&
            (row.differences.includes('minAge') || row.differences.includes('maxAge'));
          const low = row.facts?.minConfidence === 'low' || row.reference?.minConfidence === 'low';
          const chosen = highlighted.includes(row.code);
          return (
            <li
              key={row.code}
              className={[
                'goal-range-row',
                chosen ? 'goal-range-row--highlighted' : '',
                row.facts ? '' : 'goal-range-row--unknown',
              ].join(' ')}
            >
              <Link
                className="goal-range-row__name"
                to={stateHref(row.code)}
                onPrefetch={onPrefetch ? () => onPrefetch(row.code) : undefined}
                aria-label={chosenLabel(rowLabel(row, low), chosen)}
              >
                {chosen ? (
                  <span className="goal-range-row__chosen" aria-hidden="true">
                    ★{' '}
                  </span>
                ) : null}
                {row.name}
                {low ? (
                  <span className="goal-range-row__flag" aria-hidden="true">
                    *
                  </span>
                ) : null}
              </Link>
              <div className="goal-range-row__track" aria-hidden="true">
                <Gridlines axis={axis} />
                {row.facts ? (
                  <Range facts={row.facts} axis={axis} />
                ) : (
                  <span className="goal-range-row__none">no data</span>
                )}
                {ageDiffers && row.reference ? (
                  <Range facts={row.reference} axis={axis} variant="reference" />
                ) : null}
              </div>
              <span className="goal-range-row__value" aria-hidden="true">
                {row.facts ? shortRange(row.facts) : 'unknown'}
                {ageDiffers && row.reference ? (
                  <span className="goal-range-row__value-ref">
                    ref. {shortRange(row.reference)}
                  </span>
                ) : null}
              </span>
            </li>
          );
        })}
      </ul>
    </div>
  );
}

function Gridlines({ axis }: { axis: AgeAxis }) {
  return (
    <>
      {axis.ticks
        .filter((age) => age % 2 === 0)
        .map((age) => (
          <span
            key={age}
            className="goal-range-row__grid"
            style={{ left: `${agePosition(axis, age)}%` }}
          />
        ))}
    </>
  );
}

function Range({
  facts,
  axis,
  variant = 'main',
}: {
  facts: JuvenileFacts;
  axis: AgeAxis;
  variant?: 'main' | 'reference';
}) {
  if (facts.maxAge === null) {
    return <span className="goal-range-row__none">upper age unknown</span>;
  }
  const end = agePosition(axis, facts.maxAge);
  const noMinimum = facts.minAge === null;
  const start = noMinimum ? 0 : agePosition(axis, facts.minAge!);
  const style: CSSProperties = { left: `${start}%`, width: `${Math.max(end - start, 0.5)}%` };
  return (
    <span
      className={`goal-range goal-range--${variant}${noMinimum ? ' goal-range--no-minimum' : ''}`}
    >
      <span className="goal-range__bar" style={style} />
      {noMinimum ? (
        <span className="goal-range__arrow" style={{ left: 0 }}>
          ◀
        </span>
      ) : (
        <span className="goal-range__dot" style={{ left: `${start}%` }} />
      )}
      <span className="goal-range__dot" style={{ left: `${end}%` }} />
    </span>
  );
}

function shortRange(facts: Pick<JuvenileFacts, 'minAge' | 'maxAge'>): string {
  const max = facts.maxAge === null ? '?' : String(facts.maxAge);
  return facts.minAge === null ? `no min.–${max}` : `${facts.minAge}–${max}`;
}

function rowLabel(row: JuvenileRow, low: boolean): string {
  if (!row.facts) return `${row.name}: no data (unknown)`;
  let label = `${row.name}: ages ${describeAgeRange(row.facts)} (${BASIS_LABELS[row.facts.basis].toLowerCase()})`;
  if (row.reference && (row.differences.includes('minAge') || row.differences.includes('maxAge'))) {
    label += `; reference data: ${describeAgeRange(row.reference)}`;
  }
  if (low) label += '; low confidence: sources conflict';
  return label;
}
