import { DataTable, type DataColumn } from '@/components/data-table';
import type { Ranking } from '@/domain/scores/ranking';
import type { RankingArea } from '@/domain/scores/export';
import { formatScore } from '@/domain/format/numbers';

export interface ScoreRankingTableProps {
  ranking: Ranking;
  areas: readonly RankingArea[];
  caption: string;
}

type Ranked = Ranking['ranked'][number];
type Unscored = Ranking['unscored'][number];
/** A scored state, or one without a score, in one list of rows. */
type Row = { scored: Ranked; code: string } | { unscored: Unscored; code: string };

function change(value: number | null): string {
  if (value === null) return 'new';
  if (value === 0) return 'same';
  return value > 0 ? `up ${value}` : `down ${-value}`;
}

function columns(
  { weighted, totalGoals }: Ranking,
  areas: readonly RankingArea[],
): DataColumn<Row>[] {
  const cols: (DataColumn<Row> | false)[] = [
    { key: 'rank', header: 'Rank', cell: (r) => ('scored' in r ? r.scored.rank : '—') },
    weighted && {
      key: 'change',
      header: 'Rank change',
      cell: (r) => ('scored' in r ? change(r.scored.rankChange) : '—'),
    },
    {
      key: 'state',
      header: 'State',
      rowHeader: true,
      cell: (r) => ('scored' in r ? r.scored.name : r.unscored.name),
    },
    {
      key: 'score',
      header: weighted ? 'Score with your weights' : 'Coverage score',
      cell: (r) =>
        'scored' in r
          ? formatScore(r.scored.score)
          : r.unscored.reason === 'zero-weight'
            ? 'No score (its evaluated goals all weigh 0)'
            : 'No score (not evaluated)',
    },
    weighted && {
      key: 'base',
      header: 'Score with the framework’s weights',
      cell: (r) => ('scored' in r ? formatScore(r.scored.baseScore) : '—'),
    },
    {
      key: 'evaluated',
      header: 'Goals evaluated',
      cell: (r) => `${'scored' in r ? r.scored.evaluated : r.unscored.evaluated} of ${totalGoals}`,
    },
    ...areas.map((a, i): DataColumn<Row> => ({
      key: `area-${a.id}`,
      header: `${a.id}. ${a.title}`,
      className: 'ranking-table__area',
      cell: (r) => ('scored' in r ? formatScore(r.scored.issueScores[i] ?? null) : '—'),
    })),
  ];
  return cols.filter((c): c is DataColumn<Row> => c !== false);
}

/** The ranking as a table: exact scores, goals evaluated, and each issue area's own score. */
export function ScoreRankingTable({ ranking, areas, caption }: ScoreRankingTableProps) {
  const rows: Row[] = [
    ...ranking.ranked.map((scored) => ({ scored, code: scored.code })),
    ...ranking.unscored.map((unscored) => ({ unscored, code: unscored.code })),
  ];
  return (
    <DataTable
      className="ranking-table"
      caption={caption}
      columns={columns(ranking, areas)}
      rows={rows}
      rowKey={(r) => r.code}
      rowClassName={(r) => ('unscored' in r ? 'ranking-table__unscored' : undefined)}
    />
  );
}
