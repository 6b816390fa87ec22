import { queryOptions, useQuery } from '@tanstack/react-query';
import {
  editionSummarySchema,
  type DatasetId,
  type EditionSummary,
} from '@/domain/contract/summary-schema';
import { dataUrl, summaryPath } from './data-url';
import { fetchValidated } from './fetch-json';
import { requestOptions } from './query-meta';

export function editionSummaryQueryKey(dataset: DatasetId, year: number) {
  return ['data', 'edition-summary', dataset, year] as const;
}

export function editionSummaryWhat(dataset: DatasetId, year: number): string {
  return `the ${dataset === 'demo' ? 'demo ' : ''}edition summary for ${year}`;
}

export function fetchEditionSummary(
  dataset: DatasetId,
  year: number,
  options: { signal?: AbortSignal; timeoutMs?: number | undefined } = {},
): Promise<EditionSummary> {
  return fetchValidated(dataUrl(summaryPath(dataset, year)), editionSummarySchema, {
    ...options,
    what: editionSummaryWhat(dataset, year),
    check: (summary) => {
      if (summary.dataset !== dataset) return `it belongs to dataset "${summary.dataset}"`;
      if (summary.year !== year) return `it is the summary for ${summary.year}`;
      if (summary.synthetic !== (dataset === 'demo')) {
        return summary.synthetic ? 'it is marked synthetic' : 'it is not marked synthetic';
      }
      return undefined;
    },
  });
}

export function editionSummaryQueryOptions(dataset: DatasetId, year: number) {
  return queryOptions({
    queryKey: editionSummaryQueryKey(dataset, year),
    queryFn: (context) => fetchEditionSummary(dataset, year, requestOptions(context)),
  });
}

/** The compact per-edition summary (statuses, scores, facts) of every state in a dataset. */
export function useEditionSummary(dataset: DatasetId, year: number) {
  return useQuery(editionSummaryQueryOptions(dataset, year));
}
