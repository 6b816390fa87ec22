import { queryOptions, useQuery } from '@tanstack/react-query';
import { gradeHistorySchema, type GradeHistory } from '@/domain/contract/grade-history-schema';
import type { Manifest } from '@/domain/contract/summary-schema';
import { dataUrl } from './data-url';
import { fetchValidated } from './fetch-json';
import { requestOptions } from './query-meta';

export const GRADE_HISTORY_WHAT = 'the grade history';

export function gradeHistoryQueryKey(path: string) {
  return ['data', 'grade-history', path] as const;
}

/** The grade history at `path` (the manifest's `grades.path`, relative to the data root). */
export function fetchGradeHistory(
  path: string,
  options: { signal?: AbortSignal; timeoutMs?: number | undefined } = {},
): Promise<GradeHistory> {
  return fetchValidated(dataUrl(path), gradeHistorySchema, {
    ...options,
    what: GRADE_HISTORY_WHAT,
  });
}

export function gradeHistoryQueryOptions(path: string) {
  return queryOptions({
    queryKey: gradeHistoryQueryKey(path),
    queryFn: (context) => fetchGradeHistory(path, requestOptions(context)),
  });
}

/**
 * The publisher's grades and scores of every state and year, across its frameworks. The manifest
 * names the file; a manifest without one (older data) leaves the query idle, and `path` null.
 */
export function useGradeHistory(manifest: Pick<Manifest, 'grades'>) {
  const path = manifest.grades?.path ?? null;
  const query = useQuery({ ...gradeHistoryQueryOptions(path ?? ''), enabled: path !== null });
  return { query, path };
}
