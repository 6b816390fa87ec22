import { useMemo } from 'react';
import { useViewState } from '@/components/view-state';
import type { Framework } from '@/domain/contract/framework-schema';
import type { EditionSummary } from '@/domain/contract/summary-schema';
import { rankingChart, type RankingChart, type RankingInput } from './scores-chart';

/** The ranking's definition for the view state shown (its what-if weights, edition, dataset). */
export function useRankingChart(
  framework: Framework,
  summary: EditionSummary,
  weightsFrom: RankingInput['weightsFrom'],
): RankingChart {
  const { state, dataset, year } = useViewState();
  return useMemo(
    () => rankingChart({ framework, summary, weights: state.weights, dataset, year, weightsFrom }),
    [framework, summary, state.weights, dataset, year, weightsFrom],
  );
}
