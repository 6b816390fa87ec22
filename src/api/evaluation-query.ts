import { queryOptions, useQuery, type QueryClient } from '@tanstack/react-query';
import type { Evaluation } from '@/domain/contract/evaluation-schema';
import { jurisdictionByCode } from '@/domain/format/jurisdictions';
import type { DatasetId } from '@/domain/contract/summary-schema';
import { dataUrl, stateEvaluationPath } from './data-url';
import { fetchValidated } from './fetch-json';
import { requestOptions } from './query-meta';

export function evaluationQueryKey(dataset: DatasetId, year: number, state: string) {
  return ['data', 'evaluation', dataset, year, state] as const;
}

export function evaluationWhat(dataset: DatasetId, year: number, state: string): string {
  const name = jurisdictionByCode(state)?.name ?? state;
  return `the ${dataset === 'demo' ? 'demo ' : ''}evaluation of ${name} for ${year}`;
}

export async function fetchEvaluation(
  dataset: DatasetId,
  year: number,
  state: string,
  options: { signal?: AbortSignal; timeoutMs?: number | undefined } = {},
): Promise<Evaluation> {
  // The evaluation file's schema comes with the first evaluation, off every page's critical path.
  const { evaluationSchema } = await import('@/domain/contract/evaluation-file-schema');
  return fetchValidated(dataUrl(stateEvaluationPath(dataset, year, state)), evaluationSchema, {
    ...options,
    what: evaluationWhat(dataset, year, state),
    check: (evaluation) => {
      if (evaluation.state !== state) return `it is the evaluation of ${evaluation.state}`;
      if (evaluation.year !== year) return `it is the evaluation for ${evaluation.year}`;
      if (evaluation.synthetic !== (dataset === 'demo')) {
        return evaluation.synthetic ? 'it is marked synthetic' : 'it is not marked synthetic';
      }
      return undefined;
    },
  });
}

export function evaluationQueryOptions(dataset: DatasetId, year: number, state: string) {
  return queryOptions({
    queryKey: evaluationQueryKey(dataset, year, state),
    queryFn: (context) => fetchEvaluation(dataset, year, state, requestOptions(context)),
  });
}

/** One state's full evaluation for one edition. */
export function useEvaluation(dataset: DatasetId, year: number, state: string) {
  return useQuery(evaluationQueryOptions(dataset, year, state));
}

/**
 * Starts loading a state's evaluation before it is needed (on hover or focus of a link to it).
 * Does nothing if it is already cached; never throws.
 */
export function prefetchEvaluation(
  queryClient: QueryClient,
  dataset: DatasetId,
  year: number,
  state: string,
): Promise<void> {
  return queryClient.prefetchQuery(evaluationQueryOptions(dataset, year, state));
}
