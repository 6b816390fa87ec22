import { GRADE_COLORS } from '@/domain/format/palette';
import { exportFileStem } from '@/domain/export/name';
import { gradesTable, rankingTable, type RankingArea } from '@/domain/scores/export';
import { frameworkExportMeta, type ExportSpec } from '@/domain/export/spec';
import type { Framework } from '@/domain/contract/framework-schema';
import { GRADES, type GradeRow } from '@/domain/scores/grades';
import type { Ranking } from '@/domain/scores/ranking';
import type { DatasetId } from '@/domain/contract/summary-schema';
import { areaColor } from '@/domain/scores/area-colors';
import { formatScore } from '@/domain/format/numbers';
import { publisherName, reportTitle } from '@/domain/format/publisher';

/** What the score ranking and the published grades export: rows, meta and SVG. */
export interface RankingExportInput {
  ranking: Ranking;
  areas: readonly RankingArea[];
  framework: Framework;
  weights: Readonly<Record<string, number>>;
  title: string;
  subtitle: string;
  source: string;
  year: number;
  dataset: DatasetId;
  synthetic: boolean;
  asOf: readonly string[];
}

export function rankingExport(input: RankingExportInput): ExportSpec {
  const { ranking, areas } = input;
  const weightList = Object.entries(input.weights)
    .map(([id, w]) => `${id}: ${w}`)
    .join(', ');
  return {
    fileStem: exportFileStem({
      view: 'scores',
      year: input.year,
      selection: ['coverage', ranking.weighted ? 'what-if' : null],
      synthetic: input.synthetic,
    }),
    meta: {
      view: 'Scores',
      title: input.title,
      subtitle: input.subtitle,
      edition: input.year,
      dataset: input.dataset,
      synthetic: input.synthetic,
      selection: [
        {
          label: 'Weights',
          value: ranking.weighted
            ? `what-if weights for goals ${weightList}; every other goal weighs as in the framework`
            : 'the framework’s (equal weights)',
        },
      ],
      source: input.source,
      asOf: input.asOf,
      ...frameworkExportMeta(input.framework),
      notes: [
        'A state with no evaluated goal has no score (empty: unknown, not zero) and is not ranked.',
        'Issue-area columns: the state’s coverage score within each issue area.',
      ],
    },
    table: () => rankingTable(ranking, areas),
    svg: async () => {
      const { barsSvg } = await import('@/domain/export/svg-bars');
      const unscored = ranking.unscored.length;
      return barsSvg({
        title: input.title,
        subtitle: input.subtitle,
        source: input.source,
        synthetic: input.synthetic,
        max: 100,
        ticks: [0, 25, 50, 75, 100],
        legend: {
          title: 'Issue areas (points each adds to the score)',
          entries: [
            ...areas.map((a, i) => ({
              fill: areaColor(i),
              mark: a.id,
              markColor: '#ffffff',
              label: a.title,
            })),
            ...(ranking.weighted
              ? [{ fill: 'none' as const, label: '| score with the framework’s weights' }]
              : []),
          ],
        },
        groups: [
          {
            rows: ranking.ranked.map((row) => {
              const changed =
                ranking.weighted && row.baseScore !== null && row.baseScore !== row.score;
              const move =
                ranking.weighted && row.rankChange !== null && row.rankChange !== 0
                  ? ` ${row.rankChange > 0 ? '↑' : '↓'}${Math.abs(row.rankChange)}`
                  : '';
              return {
                prefix: String(row.rank),
                label: row.name,
                segments: row.contributions.map((points, i) => ({
                  value: points,
                  fill: areaColor(i),
                  label: areas[i]?.id ?? '',
                })),
                value: changed
                  ? `${formatScore(row.baseScore)} → ${formatScore(row.score)}`
                  : formatScore(row.score),
                note: `${row.evaluated}/${ranking.totalGoals} goals${move}`,
                ...(changed && row.baseScore !== null ? { baseline: row.baseScore } : {}),
              };
            }),
          },
        ],
        ...(unscored > 0
          ? {
              unknown: {
                label: `No score: ${unscored} ${unscored === 1 ? 'jurisdiction' : 'jurisdictions'} (not evaluated: unknown, not zero, and not ranked)`,
                items: ranking.unscored.map((u) => u.name).join(', '),
              },
            }
          : {}),
      });
    },
  };
}

export interface GradesExportInput {
  rows: readonly GradeRow[];
  years: readonly number[];
  framework: Framework;
  dataset: DatasetId;
  synthetic: boolean;
  source: string;
  title: string;
  subtitle: string;
}

export function gradesExport(input: GradesExportInput): ExportSpec {
  const { rows, years } = input;
  const span =
    years.length === 0
      ? null
      : years.length === 1
        ? String(years[0])
        : `${years[0]}-${years.at(-1)}`;
  return {
    fileStem: exportFileStem({
      view: 'scores',
      year: null,
      selection: ['grades', span],
      synthetic: input.synthetic,
    }),
    meta: {
      view: 'Scores',
      title: input.title,
      subtitle: input.subtitle,
      edition: null,
      dataset: input.dataset,
      synthetic: input.synthetic,
      selection: [{ label: 'Editions', value: years.join(', ') || 'none loaded' }],
      source: input.source,
      asOf: [],
      // Credited to the publication, not to the framework's goals: grades are the publisher's own.
      framework: {
        publisher: publisherName(input.framework),
        name: reportTitle(input.framework),
        ...(input.framework.url ? { url: input.framework.url } : {}),
      },
      notes: [
        'Grades are the publisher’s, as the sources give them; empty means not published or not in this project’s sources (unknown). No grade is derived from a score.',
      ],
    },
    table: () => gradesTable(rows, years),
    svg: async () => {
      const { tableSvg } = await import('@/domain/export/svg-table');
      return tableSvg({
        title: input.title,
        subtitle: input.subtitle,
        source: input.source,
        synthetic: input.synthetic,
        width: Math.min(760, 260 + years.length * 130),
        maxLines: 1,
        columns: [
          { label: 'State', weight: 2 },
          ...years.map((y) => ({ label: String(y), align: 'middle' as const })),
        ],
        legend: {
          title: 'Grade',
          entries: [
            ...GRADES.map((g) => ({
              fill: GRADE_COLORS[g]?.fill ?? '#cccccc',
              mark: g,
              markColor: GRADE_COLORS[g]?.text ?? '#111111',
              label: g,
            })),
            {
              fill: 'none' as const,
              label: '* inferred: the sources imply the grade without naming it',
            },
            {
              fill: 'none' as const,
              label: '— not published, or not in this project’s sources (unknown)',
            },
          ],
        },
        sections: [
          {
            rows: rows.map((row) => [
              row.name,
              ...row.cells.map((cell) =>
                cell
                  ? {
                      text: `${cell.grade}${cell.inferred ? '*' : ''}`,
                      fill: GRADE_COLORS[cell.grade]?.fill ?? '#cccccc',
                      color: GRADE_COLORS[cell.grade]?.text ?? '#111111',
                      bold: true,
                    }
                  : '—',
              ),
            ]),
          },
        ],
      });
    },
  };
}
