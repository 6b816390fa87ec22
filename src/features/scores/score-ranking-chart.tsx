import { Link } from '@/components/router';
import type { RankedState, UnscoredState } from '@/domain/scores/ranking';
import { areaColor } from '@/domain/scores/area-colors';
import { formatScore } from '@/domain/format/numbers';
import type { RankingArea } from '@/domain/scores/export';

export interface ScoreRankingChartProps {
  ranked: readonly RankedState[];
  unscored: readonly UnscoredState[];
  areas: readonly RankingArea[];
  totalGoals: number;
  /** What-if weights in force: show the framework score and rank beside the new ones */
  weighted: boolean;
  hrefFor: (code: string) => string;
}

const TICKS = [0, 25, 50, 75, 100];
/** Below this many points a segment is too narrow for its area number. */
const LABEL_MIN_POINTS = 6;

/**
 * Ranked horizontal bars on a fixed 0–100 scale: one row per state with a score, each bar split
 * into the points its issue areas contribute. Drawn with HTML so labels wrap on a phone.
 */
export function ScoreRankingChart({
  ranked,
  unscored,
  areas,
  totalGoals,
  weighted,
  hrefFor,
}: ScoreRankingChartProps) {
  return (
    <div className="ranking">
      <div className="ranking__axis" aria-hidden="true">
        <span className="ranking__axis-spacer" />
        <span className="ranking__axis-track">
          {TICKS.map((t) => (
            <span key={t} className="ranking__tick" style={{ left: `${t}%` }}>
              {t}
            </span>
          ))}
        </span>
        <span className="ranking__axis-value" />
      </div>
      <ol className="ranking__rows" aria-label="Coverage score ranking">
        {ranked.map((row) => (
          <RankingRow
            key={row.code}
            row={row}
            areas={areas}
            totalGoals={totalGoals}
            weighted={weighted}
            href={hrefFor(row.code)}
          />
        ))}
      </ol>
      {unscored.length > 0 ? <UnscoredList unscored={unscored} totalGoals={totalGoals} /> : null}
    </div>
  );
}

function RankChange({ change }: { change: number | null }) {
  if (change === null) {
    return (
      <span className="rank-change rank-change--new">
        new<span className="visually-hidden"> in the ranking</span>
      </span>
    );
  }
  if (change === 0) {
    return (
      <span className="rank-change rank-change--same">
        <span aria-hidden="true">=</span>
        <span className="visually-hidden">same rank</span>
      </span>
    );
  }
  const up = change > 0;
  return (
    <span className={`rank-change rank-change--${up ? 'up' : 'down'}`}>
      <span aria-hidden="true">
        {up ? '↑' : '↓'}
        {Math.abs(change)}
      </span>
      <span className="visually-hidden">
        {up ? 'up' : 'down'} {Math.abs(change)} {Math.abs(change) === 1 ? 'place' : 'places'}
      </span>
    </span>
  );
}

function RankingRow({
  row,
  areas,
  totalGoals,
  weighted,
  href,
}: {
  row: RankedState;
  areas: readonly RankingArea[];
  totalGoals: number;
  weighted: boolean;
  href: string;
}) {
  const changedScore = weighted && row.baseScore !== null && row.baseScore !== row.score;
  return (
    <li className="ranking__row">
      <span className="ranking__rank">
        <span className="visually-hidden">Rank </span>
        {row.rank}
        {weighted ? <RankChange change={row.rankChange} /> : null}
      </span>
      <span className="ranking__name">
        <Link to={href}>{row.name}</Link>
        <span className="ranking__evaluated">
          {row.evaluated} of {totalGoals} goals evaluated
        </span>
      </span>
      <span className="ranking__track" aria-hidden="true">
        {row.contributions.map((points, i) =>
          points > 0 ? (
            <span
              key={areas[i]?.id ?? i}
              className="ranking__segment"
              style={{ width: `${points}%`, background: areaColor(i) }}
              title={`${areas[i]?.title ?? ''}: ${formatScore(points)} points (issue-area score ${formatScore(row.issueScores[i] ?? null)})`}
            >
              {points >= LABEL_MIN_POINTS ? areas[i]?.id : null}
            </span>
          ) : null,
        )}
        {changedScore ? (
          <span className="ranking__baseline" style={{ left: `${row.baseScore}%` }} />
        ) : null}
      </span>
      <span className="ranking__value">
        {changedScore ? (
          <>
            <span className="ranking__old">
              <span className="visually-hidden">score with the framework’s weights </span>
              {formatScore(row.baseScore)}
            </span>
            <span aria-hidden="true"> → </span>
            <span className="visually-hidden">, with your weights </span>
            <strong>{formatScore(row.score)}</strong>
          </>
        ) : (
          <>
            <span className="visually-hidden">coverage score </span>
            <strong>{formatScore(row.score)}</strong>
          </>
        )}
      </span>
    </li>
  );
}

const REASONS: Record<UnscoredState['reason'], string> = {
  'not-evaluated': 'no goal evaluated',
  'no-file': 'no evaluation in this edition',
  'zero-weight': 'every evaluated goal weighs 0 under your weights',
};

function UnscoredList({
  unscored,
  totalGoals,
}: {
  unscored: readonly UnscoredState[];
  totalGoals: number;
}) {
  const zeroWeight = unscored.filter((u) => u.reason === 'zero-weight');
  return (
    <div className="ranking__unscored">
      <p>
        <span className="ranking__unscored-swatch" aria-hidden="true" />
        <strong>
          No score: {unscored.length} {unscored.length === 1 ? 'jurisdiction' : 'jurisdictions'}
        </strong>{' '}
        — not evaluated, so unknown (not zero), and left out of the ranking.
        {zeroWeight.length > 0
          ? ` ${zeroWeight.length} of them ${zeroWeight.length === 1 ? 'has' : 'have'} evaluated goals that all weigh 0 under your weights.`
          : ''}
      </p>
      <details>
        <summary>List them</summary>
        <ul className="ranking__unscored-list">
          {unscored.map((u) => (
            <li key={u.code}>
              {u.name}{' '}
              <span className="ranking__evaluated">
                ({REASONS[u.reason]}
                {u.reason === 'zero-weight' ? `; ${u.evaluated} of ${totalGoals} evaluated` : ''})
              </span>
            </li>
          ))}
        </ul>
      </details>
    </div>
  );
}

export function AreaLegend({
  areas,
  weighted = false,
}: {
  areas: readonly RankingArea[];
  weighted?: boolean;
}) {
  return (
    <div className="legend" role="group" aria-label="Legend: issue areas">
      <span className="legend__title">Issue areas (points each adds to the score)</span>
      <ul className="legend__items">
        {areas.map((area, i) => (
          <li key={area.id}>
            <span
              className="legend__swatch scores-area-swatch"
              style={{ background: areaColor(i) }}
              aria-hidden="true"
            >
              {area.id}
            </span>
            {area.id}. {area.title}
          </li>
        ))}
        {weighted ? (
          <li>
            <span className="ranking__legend-baseline" aria-hidden="true" /> score with the
            framework’s weights; ↑↓ places moved
          </li>
        ) : null}
      </ul>
    </div>
  );
}
