import type { ProfileArea } from '@/domain/compare/profile';
import { stateColor } from '@/domain/compare/state-colors';
import { stateName } from '@/domain/format/jurisdictions';
import { formatScore } from '@/domain/format/numbers';

export interface CompareProfileChartProps {
  profile: readonly ProfileArea[];
  codes: readonly string[];
  /** Indexes of the states drawn (those with a score somewhere), each keeping its colour */
  drawn: readonly number[];
  /** Why some states have no bars, or null */
  leftOutNote: string | null;
}

const TICKS = [0, 25, 50, 75, 100];

/**
 * Grouped horizontal bars: each issue area, one bar per compared state (its coverage score in the
 * area, 0–100), each labelled with the state's code and its score. A state with no evaluated goal
 * in an area has no bar there (a gap, not zero). Plain HTML: every value is text a screen reader
 * reads in order, and nothing needs measuring before it can be drawn.
 */
export function CompareProfileChart({
  profile,
  codes,
  drawn,
  leftOutNote,
}: CompareProfileChartProps) {
  const note = leftOutNote ? <p className="profile-bars__note">{leftOutNote}</p> : null;
  if (drawn.length === 0) return <div className="profile-bars">{note}</div>;
  return (
    <div className="profile-bars">
      <div className="profile-bars__axis" aria-hidden="true">
        <span className="profile-bars__axis-label" />
        <span className="profile-bars__ticks">
          {TICKS.map((t) => (
            <span key={t} className="profile-bars__tick" style={{ left: `${t}%` }}>
              {t}
            </span>
          ))}
        </span>
      </div>
      <ul className="profile-bars__areas" aria-label="Coverage score by issue area, each state">
        {profile.map((area) => (
          <li key={area.id} className="profile-bars__area">
            <span className="profile-bars__title">
              {area.id}. {area.title}
            </span>
            <ul className="profile-bars__states">
              {drawn.map((i) => {
                const code = codes[i]!;
                const v = area.values[i];
                const score = v?.score ?? null;
                return (
                  <li key={code} className="profile-bars__row">
                    <span className="profile-bars__code" aria-hidden="true">
                      {code}
                    </span>
                    <span className="visually-hidden">{stateName(code)}: </span>
                    <span className="profile-bars__track" aria-hidden="true">
                      {score !== null ? (
                        <span
                          className="profile-bars__bar"
                          // A score of 0 is a value, not a gap: a sliver shows it.
                          style={{
                            width: `max(2px, ${Math.max(0, Math.min(100, score))}%)`,
                            background: stateColor(i),
                          }}
                        />
                      ) : null}
                    </span>
                    <span className="profile-bars__value">
                      {score !== null ? formatScore(score) : 'no score'}
                      <span className="profile-bars__goals">
                        {' '}
                        {v?.evaluated ?? 0}/{v?.total ?? 0}
                        <span className="visually-hidden"> goals evaluated</span>
                      </span>
                    </span>
                  </li>
                );
              })}
            </ul>
          </li>
        ))}
      </ul>
      {note}
    </div>
  );
}
