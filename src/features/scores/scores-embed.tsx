import { useMemo } from 'react';
import { useEditionSummary } from '@/api/edition-summary-query';
import { useFramework } from '@/api/framework-query';
import { QueryPanel } from '@/components/query-panel';
import { SyntheticMark } from '@/components/synthetic-mark';
import { useViewState } from '@/components/view-state';
import type { Framework } from '@/domain/contract/framework-schema';
import { rankScores } from '@/domain/scores/ranking';
import type { EditionSummary } from '@/domain/contract/summary-schema';
import { coverageSource, editionLabel } from './scores-source';
import { ScoreRankingFrame } from './score-ranking-frame';
import './scores.css';
import { frameworkIdOf } from '@/domain/contract/dataset-framework';

/** `/embed/scores`: the coverage score ranking, with the link's what-if weights, alone. */
export function ScoresEmbed() {
  const { manifest, dataset, year } = useViewState();
  const frameworkId = frameworkIdOf(manifest, dataset);
  const framework = useFramework(frameworkId);
  const summary = useEditionSummary(dataset, year);
  return (
    <QueryPanel query={framework} what="the policy framework" height="34rem">
      {(fw) => (
        <QueryPanel query={summary} what={`the ${year} edition summary`} height="34rem">
          {(s) => <RankingEmbed framework={fw} summary={s} />}
        </QueryPanel>
      )}
    </QueryPanel>
  );
}

function RankingEmbed({ framework, summary }: { framework: Framework; summary: EditionSummary }) {
  const { state, dataset, year, hrefFor } = useViewState();
  const ranking = useMemo(
    () => rankScores(framework, summary, state.weights),
    [framework, summary, state.weights],
  );
  const areas = useMemo(
    () => framework.issueAreas.map((a) => ({ id: a.id, title: a.title })),
    [framework],
  );
  const synthetic = summary.synthetic || dataset === 'demo';
  const title = `Coverage score by state, ${year}${ranking.weighted ? ' — with what-if weights' : ''}`;

  if (ranking.ranked.length === 0 && !ranking.unscored.some((u) => u.reason === 'zero-weight')) {
    // Unknown, not zero: no chart of empty bars.
    return (
      <section className="scores__empty" aria-labelledby="scores-embed-empty">
        <h1 id="scores-embed-empty">{title}</h1>
        {synthetic ? <SyntheticMark /> : null}
        <p>
          No state has an evaluated goal in the {editionLabel(dataset, year)}, so no state has a
          coverage score (unknown, not zero).
        </p>
      </section>
    );
  }

  return (
    <ScoreRankingFrame
      title={title}
      subtitle={`${editionLabel(dataset, year)}; 0–100 over the goals evaluated; each bar split by the points its issue areas add.`}
      source={coverageSource(synthetic, year, summary, 'the link')}
      synthetic={synthetic}
      ranking={ranking}
      areas={areas}
      dataset={dataset}
      year={year}
      stateHref={(code) => hrefFor({ view: 'state', code })}
    />
  );
}
