import type { Ranking } from '@/domain/scores/ranking';
import type { RankingArea } from '@/domain/scores/export';
import { formatScore } from '@/domain/format/numbers';

export interface ScoreRankingTableProps {
  ranking: Ranking;
  areas: readonly RankingArea[];
  caption: string;
}

function change(value: number | null): string {
  if (value === null) return 'new';
  if (value === 0) return 'same';
  return value > 0 ? `up ${value}` : `down ${-value}`;
}

/** The ranking as a table: exact scores, goals evaluated, and each issue area's own score. */
export function ScoreRankingTable({ ranking, areas, caption }: ScoreRankingTableProps) {
  const { ranked, unscored, totalGoals, weighted } = ranking;
  return (
    <table className="table ranking-table">
      <caption className="visually-hidden">{caption}</caption>
      <thead>
        <tr>
          <th scope="col">Rank</th>
          {weighted ? <th scope="col">Rank change</th> : null}
          <th scope="col">State</th>
          <th scope="col">{weighted ? 'Score with your weights' : 'Coverage score'}</th>
          {weighted ? <th scope="col">Score with the framework’s weights</th> : null}
          <th scope="col">Goals evaluated</th>
          {areas.map((a) => (
            <th key={a.id} scope="col" className="ranking-table__area">
              {a.id}. {a.title}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {ranked.map((row) => (
          <tr key={row.code}>
            <td>{row.rank}</td>
            {weighted ? <td>{change(row.rankChange)}</td> : null}
            <th scope="row">{row.name}</th>
            <td>{formatScore(row.score)}</td>
            {weighted ? <td>{formatScore(row.baseScore)}</td> : null}
            <td>
              {row.evaluated} of {totalGoals}
            </td>
            {areas.map((a, i) => (
              <td key={a.id}>{formatScore(row.issueScores[i] ?? null)}</td>
            ))}
          </tr>
        ))}
        {unscored.map((u) => (
          <tr key={u.code} className="ranking-table__unscored">
            <td>—</td>
            {weighted ? <td>—</td> : null}
            <th scope="row">{u.name}</th>
            <td>
              {u.reason === 'zero-weight'
                ? 'No score (its evaluated goals all weigh 0)'
                : 'No score (not evaluated)'}
            </td>
            {weighted ? <td>—</td> : null}
            <td>
              {u.evaluated} of {totalGoals}
            </td>
            {areas.map((a) => (
              <td key={a.id}>—</td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
