import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import {
  dataPath,
  dataUrl,
  GRADE_HISTORY_PATH,
  stateEvaluationPath,
  summaryPath,
} from '@/api/data-url';
import { editionSummaryQueryOptions, fetchEditionSummary } from '@/api/edition-summary-query';
import {
  evaluationQueryKey,
  evaluationQueryOptions,
  fetchEvaluation,
  prefetchEvaluation,
} from '@/api/evaluation-query';
import { DataLoadError } from '@/api/fetch-json';
import { fetchFramework, frameworkQueryOptions } from '@/api/framework-query';
import { fetchGradeHistory } from '@/api/grade-history-query';
import { fetchManifest, manifestQueryOptions } from '@/api/manifest-query';
import { createQueryClient } from '@/app/query-client';
import { fixture } from '../../mocks/handlers';
import { server } from '../../mocks/node';

async function failure(promise: Promise<unknown>): Promise<DataLoadError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(DataLoadError);
  return error as DataLoadError;
}

describe('data URLs', () => {
  it('are absolute, under the base URL, for fetch under jsdom', () => {
    expect(dataPath('manifest.json')).toBe('/data/manifest.json');
    expect(dataUrl('manifest.json')).toBe(`${location.origin}/data/manifest.json`);
    expect(dataUrl(summaryPath('demo', 2022))).toBe(
      `${location.origin}/data/demo/2022/summary.json`,
    );
    expect(dataUrl(stateEvaluationPath('real', 2022, 'CT'))).toBe(
      `${location.origin}/data/real/2022/states/CT.json`,
    );
  });

  it('encode path segments', () => {
    expect(stateEvaluationPath('real', 2022, '../x')).toBe('real/2022/states/..%2Fx.json');
  });
});

describe('data fetchers (against the msw fixtures)', () => {
  it('load and validate every fixture', async () => {
    const manifest = await fetchManifest();
    expect(manifest.datasets.map((d) => d.id)).toEqual(['real', 'demo']);
    const framework = await fetchFramework('shared-hope-2022');
    expect(framework.issueAreas.flatMap((a) => a.goals)).toHaveLength(40);
    for (const dataset of ['real', 'demo'] as const) {
      const summary = await fetchEditionSummary(dataset, 2022);
      expect(summary.synthetic).toBe(dataset === 'demo');
      expect(summary.goals).toEqual(framework.issueAreas.flatMap((a) => a.goals.map((g) => g.id)));
      const evaluation = await fetchEvaluation(dataset, 2022, 'CT');
      expect(evaluation.state).toBe('CT');
      expect(evaluation.goals).toHaveLength(40);
    }
  });

  it('name what failed in their messages', async () => {
    expect((await failure(fetchEditionSummary('real', 2019))).message).toBe(
      'The edition summary for 2019 could not be loaded: the file was not found (404).',
    );
    expect((await failure(fetchEvaluation('demo', 2022, 'NY'))).message).toBe(
      'The demo evaluation of New York for 2022 could not be loaded: the file was not found (404).',
    );
    expect((await failure(fetchFramework('other'))).message).toBe(
      'The policy framework "other" could not be loaded: the file was not found (404).',
    );
  });

  it('reject a valid file that is not the one asked for', async () => {
    server.use(
      http.get(dataPath(stateEvaluationPath('real', 2022, 'NY')), () =>
        HttpResponse.json(fixture(stateEvaluationPath('real', 2022, 'CT'))),
      ),
      http.get(dataPath(summaryPath('demo', 2023)), () =>
        HttpResponse.json(fixture(summaryPath('demo', 2022))),
      ),
      http.get(dataPath(summaryPath('real', 2022)), () =>
        HttpResponse.json(fixture(summaryPath('demo', 2022))),
      ),
    );
    const wrongState = await failure(fetchEvaluation('real', 2022, 'NY'));
    expect(wrongState.kind).toBe('invalid');
    expect(wrongState.message).toMatch(/not the one expected: it is the evaluation of CT/);
    expect((await failure(fetchEditionSummary('demo', 2023))).message).toMatch(
      /it is the summary for 2022/,
    );
    // Synthetic data never passes for real data.
    expect((await failure(fetchEditionSummary('real', 2022))).message).toMatch(
      /it belongs to dataset "demo"/,
    );
  });

  it('never return a file that did not validate', async () => {
    const summary = fixture(summaryPath('real', 2022)) as { states: { statuses: string }[] };
    summary.states[0]!.statuses = 'mmm';
    server.use(http.get(dataPath(summaryPath('real', 2022)), () => HttpResponse.json(summary)));
    const error = await failure(fetchEditionSummary('real', 2022));
    expect(error.kind).toBe('invalid');
    expect(error.violations[0]).toEqual({
      path: 'states[0].statuses',
      message: 'statuses has 3 characters for 40 goals',
    });
  });
});

describe('query options', () => {
  it('use stable, hierarchical keys', () => {
    expect(manifestQueryOptions().queryKey).toEqual(['data', 'manifest']);
    expect(frameworkQueryOptions('shared-hope-2022').queryKey).toEqual([
      'data',
      'framework',
      'shared-hope-2022',
    ]);
    expect(editionSummaryQueryOptions('demo', 2022).queryKey).toEqual([
      'data',
      'edition-summary',
      'demo',
      2022,
    ]);
    expect(evaluationQueryOptions('real', 2022, 'CT').queryKey).toEqual(
      evaluationQueryKey('real', 2022, 'CT'),
    );
  });

  it('prefetchEvaluation loads an evaluation once into the cache', async () => {
    let requests = 0;
    server.events.on('request:start', ({ request }) => {
      if (request.url.endsWith('/states/CT.json')) requests += 1;
    });
    const queryClient = createQueryClient({ retry: false });
    await prefetchEvaluation(queryClient, 'real', 2022, 'CT');
    await prefetchEvaluation(queryClient, 'real', 2022, 'CT');
    expect(requests).toBe(1);
    expect(
      queryClient.getQueryData(evaluationQueryOptions('real', 2022, 'CT').queryKey)?.state,
    ).toBe('CT');
    server.events.removeAllListeners();
  });

  it('prefetchEvaluation does not throw when the file is missing', async () => {
    const queryClient = createQueryClient({ retry: false });
    await expect(prefetchEvaluation(queryClient, 'real', 2022, 'WY')).resolves.toBeUndefined();
    expect(queryClient.getQueryState(evaluationQueryKey('real', 2022, 'WY'))?.error).toBeInstanceOf(
      DataLoadError,
    );
  });
});

describe('the grade history fetcher', () => {
  it('loads the file the manifest names and validates it', async () => {
    const manifest = await fetchManifest();
    expect(manifest.grades?.path).toBe(GRADE_HISTORY_PATH);
    const history = await fetchGradeHistory(manifest.grades!.path);
    expect(history.frameworks.map((f) => f.shortName)).toEqual([
      'Protected Innocence Challenge',
      'Report Cards',
    ]);
    expect(history.entries.length).toBe(manifest.grades?.entries);
  });

  it('refuses a history whose score is above its edition’s maximum, naming the file', async () => {
    const bad = fixture(GRADE_HISTORY_PATH) as { entries: { score?: number; year: number }[] };
    const entry = bad.entries.find((e) => e.year === 2019 && e.score !== undefined)!;
    entry.score = 120;
    server.use(http.get(dataPath(GRADE_HISTORY_PATH), () => HttpResponse.json(bad)));
    const error = await failure(fetchGradeHistory(GRADE_HISTORY_PATH));
    expect(error.kind).toBe('invalid');
    expect(error.message).toMatch(
      /^The grade history could not be loaded: the file does not match the expected format \(entries\[\d+\]\.score: score 120 is above the maximum of 102\.5\)\.$/,
    );
  });
});
