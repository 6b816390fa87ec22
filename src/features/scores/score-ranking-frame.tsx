import { ChartFrame, type ChartFrameProps } from '@/components/chart-frame';
import { rankingSummary, type Ranking } from '@/domain/scores/ranking';
import type { DatasetId } from '@/domain/contract/summary-schema';
import { editionLabel } from './scores-source';
import { AreaLegend, ScoreRankingChart, type RankingArea } from './score-ranking-chart';
import { ScoreRankingTable } from './score-ranking-table';

export interface ScoreRankingFrameProps extends Pick<
  ChartFrameProps,
  'title' | 'subtitle' | 'source' | 'synthetic' | 'exportSpec'
> {
  ranking: Ranking;
  areas: readonly RankingArea[];
  dataset: DatasetId;
  year: number;
  /** Where a state's bar links to */
  stateHref: (code: string) => string;
}

/** The coverage-score ranking in its frame: the same chart, table and legend on the page and in the embed. */
export function ScoreRankingFrame({
  ranking,
  areas,
  dataset,
  year,
  stateHref,
  ...frame
}: ScoreRankingFrameProps) {
  return (
    <ChartFrame
      {...frame}
      summary={<p>{rankingSummary(ranking)}</p>}
      legend={<AreaLegend areas={areas} weighted={ranking.weighted} />}
      table={
        <ScoreRankingTable
          ranking={ranking}
          areas={areas}
          caption={`Coverage scores by state, ${editionLabel(dataset, year)}`}
        />
      }
    >
      <ScoreRankingChart
        ranked={ranking.ranked}
        unscored={ranking.unscored}
        areas={areas}
        totalGoals={ranking.totalGoals}
        weighted={ranking.weighted}
        hrefFor={stateHref}
      />
    </ChartFrame>
  );
}
