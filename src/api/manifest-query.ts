import { queryOptions, useQuery } from '@tanstack/react-query';
import { manifestSchema, type Manifest } from '@/domain/contract/summary-schema';
import { dataUrl, MANIFEST_PATH } from './data-url';
import { fetchValidated } from './fetch-json';
import { requestOptions } from './query-meta';

export const MANIFEST_WHAT = 'the data manifest';

export function manifestQueryKey() {
  return ['data', 'manifest'] as const;
}

export function fetchManifest(
  options: { signal?: AbortSignal; timeoutMs?: number | undefined } = {},
): Promise<Manifest> {
  return fetchValidated(dataUrl(MANIFEST_PATH), manifestSchema, {
    ...options,
    what: MANIFEST_WHAT,
  });
}

export function manifestQueryOptions() {
  return queryOptions({
    queryKey: manifestQueryKey(),
    queryFn: (context) => fetchManifest(requestOptions(context)),
  });
}

/** What data exists: datasets, their editions and frameworks. */
export function useManifest() {
  return useQuery(manifestQueryOptions());
}
