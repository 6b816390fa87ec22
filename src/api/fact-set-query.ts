import { queryOptions, useQuery } from '@tanstack/react-query';
import { factSetSchema, type FactSet } from '@/domain/contract/fact-set-schema';
import { dataUrl, factSetFilePath } from './data-url';
import { fetchValidated } from './fetch-json';
import { requestOptions } from './query-meta';

/** A fact set (data/facts/<id>.json): facts from another source, with its own date. */

export function factSetQueryKey(id: string) {
  return ['data', 'fact-set', id] as const;
}

export function fetchFactSet(
  id: string,
  options: { signal?: AbortSignal; timeoutMs?: number | undefined } = {},
): Promise<FactSet> {
  return fetchValidated(dataUrl(factSetFilePath(id)), factSetSchema, {
    ...options,
    what: `the fact set "${id}"`,
    check: (set) => (set.id === id ? undefined : `it holds fact set "${set.id}", not "${id}"`),
  });
}

export function factSetQueryOptions(id: string) {
  return queryOptions({
    queryKey: factSetQueryKey(id),
    queryFn: (context) => fetchFactSet(id, requestOptions(context)),
  });
}

/** One fact set; nothing is requested while `id` is undefined (no set informs the view). */
export function useFactSet(id: string | undefined) {
  return useQuery({ ...factSetQueryOptions(id ?? ''), enabled: id !== undefined });
}
