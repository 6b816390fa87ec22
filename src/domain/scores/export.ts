import type { ExportTable } from '@/domain/export/spec';
import { describePublished, type GradeRow } from './grades';
import type { Ranking, UnscoredState } from './ranking';

/**
 * The scores view's rows for CSV and JSON: the coverage-score ranking (with the what-if columns
 * when weights are changed, and each issue area's own score), and the published grades by edition.
 * A state without a score has an empty score, never zero.
 */
export interface RankingArea {
  id: string;
  title: string;
}

const UNSCORED_WORDS: Record<UnscoredState['reason'], string> = {
  'not-evaluated': 'No score: no goal evaluated',
  'no-file': 'No score: no evaluation in this edition',
  'zero-weight': 'No score: its evaluated goals all weigh 0 under the what-if weights',
};

export function rankingTable(ranking: Ranking, areas: readonly RankingArea[]): ExportTable {
  const { weighted, totalGoals } = ranking;
  const areaKey = (id: string) => `issue ${id}`;
  return {
    columns: [
      { key: 'rank', label: 'Rank' },
      ...(weighted ? [{ key: 'rankChange', label: 'Rank change (places up)' }] : []),
      { key: 'state', label: 'State' },
      { key: 'code', label: 'Code' },
      {
        key: 'score',
        label: weighted ? 'Score with the what-if weights' : 'Coverage score',
        format: 'score',
      },
      ...(weighted
        ? [
            {
              key: 'baseScore',
              label: 'Score with the framework’s weights',
              format: 'score' as const,
            },
          ]
        : []),
      { key: 'goalsEvaluated', label: 'Goals evaluated' },
      { key: 'goals', label: 'Goals in the framework' },
      ...areas.map((a) => ({
        key: areaKey(a.id),
        label: `${a.id}. ${a.title} (score)`,
        format: 'score' as const,
      })),
      { key: 'notes', label: 'Notes' },
    ],
    rows: [
      ...ranking.ranked.map((row) => ({
        rank: row.rank,
        ...(weighted ? { rankChange: row.rankChange } : {}),
        state: row.name,
        code: row.code,
        score: row.score,
        ...(weighted ? { baseScore: row.baseScore } : {}),
        goalsEvaluated: row.evaluated,
        goals: totalGoals,
        ...Object.fromEntries(areas.map((a, i) => [areaKey(a.id), row.issueScores[i] ?? null])),
        notes:
          weighted && row.rankChange === null
            ? 'New in the ranking under the what-if weights'
            : null,
      })),
      ...ranking.unscored.map((u) => ({
        rank: null,
        ...(weighted ? { rankChange: null } : {}),
        state: u.name,
        code: u.code,
        score: null,
        ...(weighted ? { baseScore: null } : {}),
        goalsEvaluated: u.evaluated,
        goals: totalGoals,
        ...Object.fromEntries(areas.map((a) => [areaKey(a.id), null])),
        notes: UNSCORED_WORDS[u.reason],
      })),
    ],
  };
}

export function gradesTable(rows: readonly GradeRow[], years: readonly number[]): ExportTable {
  return {
    columns: [
      { key: 'state', label: 'State' },
      { key: 'code', label: 'Code' },
      ...years.flatMap((y) => [
        { key: `grade ${y}`, label: `Grade ${y}` },
        { key: `details ${y}`, label: `Details ${y}` },
      ]),
    ],
    rows: rows.map((row) => ({
      state: row.name,
      code: row.code,
      ...Object.fromEntries(
        years.flatMap((y, i) => {
          const cell = row.cells[i] ?? null;
          return [
            [`grade ${y}`, cell ? cell.grade : null],
            [`details ${y}`, describePublished(cell)],
          ];
        }),
      ),
    })),
  };
}
