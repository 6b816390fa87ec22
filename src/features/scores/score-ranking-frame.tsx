import { ChartDefinitionFrame } from '@/components/chart-definition-frame';
import type { RankingChart } from './scores-chart';
import { AreaLegend, ScoreRankingChart } from './score-ranking-chart';
import { ScoreRankingTable } from './score-ranking-table';

export interface ScoreRankingFrameProps {
  /** The ranking's definition: its data, texts and export */
  chart: RankingChart;
  /** Where a state's bar links to */
  stateHref: (code: string) => string;
  /** Offer the Download menu (the page does; an embed links back to it instead) */
  exportable?: boolean;
}

/** The coverage-score ranking in its frame: the same chart, table and legend on the page and in the embed. */
export function ScoreRankingFrame({
  chart,
  stateHref,
  exportable = false,
}: ScoreRankingFrameProps) {
  const ranking = chart.model;
  return (
    <ChartDefinitionFrame
      chart={chart}
      exportable={exportable}
      legend={<AreaLegend areas={chart.areas} weighted={ranking.weighted} />}
      table={
        <ScoreRankingTable ranking={ranking} areas={chart.areas} caption={chart.tableCaption} />
      }
    >
      <ScoreRankingChart
        ranked={ranking.ranked}
        unscored={ranking.unscored}
        areas={chart.areas}
        totalGoals={ranking.totalGoals}
        weighted={ranking.weighted}
        hrefFor={stateHref}
      />
    </ChartDefinitionFrame>
  );
}
