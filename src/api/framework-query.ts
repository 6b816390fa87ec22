import { queryOptions, useQuery } from '@tanstack/react-query';
import { frameworkSchema, type Framework } from '@/domain/contract/framework-schema';
import { dataUrl, frameworkPath } from './data-url';
import { fetchValidated } from './fetch-json';
import { requestOptions } from './query-meta';

export function frameworkQueryKey(id: string) {
  return ['data', 'framework', id] as const;
}

export function fetchFramework(
  id: string,
  options: { signal?: AbortSignal; timeoutMs?: number | undefined } = {},
): Promise<Framework> {
  return fetchValidated(dataUrl(frameworkPath(id)), frameworkSchema, {
    ...options,
    what: `the policy framework "${id}"`,
    check: (framework) =>
      framework.id === id ? undefined : `it holds framework "${framework.id}", not "${id}"`,
  });
}

export function frameworkQueryOptions(id: string) {
  return queryOptions({
    queryKey: frameworkQueryKey(id),
    queryFn: (context) => fetchFramework(id, requestOptions(context)),
  });
}

/** A policy framework: issue areas, goals, weights and scoring. */
export function useFramework(id: string) {
  return useQuery(frameworkQueryOptions(id));
}
