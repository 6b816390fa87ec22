import { QueryObserver } from '@tanstack/react-query';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { dataPath, MANIFEST_PATH } from '@/api/data-url';
import { DataLoadError } from '@/api/fetch-json';
import { manifestQueryOptions } from '@/api/manifest-query';
import { createQueryClient, shouldRetry } from '@/app/query-client';
import { fixture } from '../../mocks/handlers';
import { server } from '../../mocks/node';

const error = (kind: DataLoadError['kind'], status?: number) =>
  new DataLoadError({ kind, what: 'x', url: 'u', reason: 'r', ...(status ? { status } : {}) });

function countManifestRequests(): () => number {
  let count = 0;
  server.events.on('request:start', ({ request }) => {
    if (new URL(request.url).pathname === dataPath(MANIFEST_PATH)) count += 1;
  });
  return () => count;
}

describe('createQueryClient', () => {
  it('keeps static data fresh for ever', () => {
    expect(createQueryClient().getDefaultOptions().queries?.staleTime).toBe(Infinity);
  });

  it('retries transient faults once, and never bad files or 4xx answers', () => {
    expect(shouldRetry(0, error('http', 500))).toBe(true);
    expect(shouldRetry(0, error('timeout'))).toBe(true);
    expect(shouldRetry(0, error('network'))).toBe(true);
    expect(shouldRetry(1, error('http', 500))).toBe(false);
    for (const kind of [
      'not-found',
      'not-json',
      'empty',
      'invalid',
      'unsupported-version',
    ] as const) {
      expect(shouldRetry(0, error(kind))).toBe(false);
    }
    expect(shouldRetry(0, error('http', 404))).toBe(false);
    expect(shouldRetry(0, error('http', 401))).toBe(false);
  });

  it('does not request a missing file twice', async () => {
    const requests = countManifestRequests();
    server.use(http.get(dataPath(MANIFEST_PATH), () => new HttpResponse(null, { status: 404 })));
    const client = createQueryClient();
    await expect(client.fetchQuery(manifestQueryOptions())).rejects.toMatchObject({
      kind: 'not-found',
    });
    expect(requests()).toBe(1);
    server.events.removeAllListeners();
  });

  it('recovers from one server error by retrying', async () => {
    const requests = countManifestRequests();
    let failed = false;
    server.use(
      http.get(dataPath(MANIFEST_PATH), () => {
        if (failed) return HttpResponse.json(fixture(MANIFEST_PATH));
        failed = true;
        return new HttpResponse(null, { status: 502 });
      }),
    );
    const client = createQueryClient();
    client.setQueryDefaults(['data'], { retryDelay: 1 });
    // An observer, like useQuery, uses the client's default retry policy.
    const observer = new QueryObserver(client, manifestQueryOptions());
    const result = await new Promise((resolve) => {
      const unsubscribe = observer.subscribe((r) => {
        if (r.status === 'pending') return;
        unsubscribe();
        resolve(r);
      });
    });
    expect(result).toMatchObject({
      status: 'success',
      failureCount: 0,
      data: { schemaVersion: 1 },
    });
    expect(requests()).toBe(2);
    server.events.removeAllListeners();
  });

  it('passes its timeout to the fetchers', async () => {
    server.use(
      http.get(dataPath(MANIFEST_PATH), async () => {
        await new Promise((resolve) => setTimeout(resolve, 200));
        return HttpResponse.json(fixture(MANIFEST_PATH));
      }),
    );
    const client = createQueryClient({ retry: false, timeoutMs: 20 });
    await expect(client.fetchQuery(manifestQueryOptions())).rejects.toMatchObject({
      kind: 'timeout',
    });
  });
});
