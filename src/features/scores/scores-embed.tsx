import { useViewData } from '@/api/view-data-query';
import { SyntheticMark } from '@/components/synthetic-mark';
import { ViewDataGate } from '@/components/view-data-gate';
import { useViewState } from '@/components/view-state';
import { useEmbedData } from '@/components/embed-data';
import type { Framework } from '@/domain/contract/framework-schema';
import type { EditionSummary } from '@/domain/contract/summary-schema';
import { ScoreRankingFrame } from './score-ranking-frame';
import { useRankingChart } from './use-ranking-chart';
import './scores.css';

/** `/embed/scores`: the coverage score ranking, with the link's what-if weights, alone. */
export function ScoresEmbed() {
  const { manifest, dataset, year } = useViewState();
  const { framework, summary, summaryWhat } = useViewData(manifest, dataset, year);
  return (
    <ViewDataGate framework={framework} summary={summary} summaryWhat={summaryWhat} height="34rem">
      {(fw, s) => <RankingEmbed framework={fw} summary={s} />}
    </ViewDataGate>
  );
}

function RankingEmbed({ framework, summary }: { framework: Framework; summary: EditionSummary }) {
  const { hrefFor } = useViewState();
  const chart = useRankingChart(framework, summary, 'link');
  useEmbedData(chart.exportSpec);

  if (!chart.hasScores) {
    // Unknown, not zero: no chart of empty bars.
    return (
      <section className="scores__empty" aria-labelledby="scores-embed-empty">
        <h1 id="scores-embed-empty">{chart.title}</h1>
        {chart.synthetic ? <SyntheticMark /> : null}
        <p>
          No state has an evaluated goal in the {chart.edition}, so no state has a coverage score
          (unknown, not zero).
        </p>
      </section>
    );
  }

  return <ScoreRankingFrame chart={chart} stateHref={(code) => hrefFor({ view: 'state', code })} />;
}
