import { delay, http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import {
  DataLoadError,
  fetchValidated,
  isTransient,
  type DataLoadErrorKind,
} from '@/api/fetch-json';

// Only the network is mocked; fetchValidated runs as it does in the app.
const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

const URL = 'http://data.test/data/real/2022/summary.json';
const schema = z.strictObject({ schemaVersion: z.literal(1), year: z.int() });
const what = 'the edition summary for 2022';

function serve(resolver: Parameters<typeof http.get>[1]) {
  server.use(http.get(URL, resolver));
}

async function failure(promise: Promise<unknown>): Promise<DataLoadError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(DataLoadError);
  return error as DataLoadError;
}

describe('fetchValidated', () => {
  it('returns the parsed, validated value', async () => {
    serve(() => HttpResponse.json({ schemaVersion: 1, year: 2022 }));
    await expect(fetchValidated(URL, schema, { what })).resolves.toEqual({
      schemaVersion: 1,
      year: 2022,
    });
  });

  it('asks for JSON', async () => {
    let accept: string | null = null;
    serve(({ request }) => {
      accept = request.headers.get('accept');
      return HttpResponse.json({ schemaVersion: 1, year: 2022 });
    });
    await fetchValidated(URL, schema, { what });
    expect(accept).toBe('application/json');
  });

  const cases: {
    kind: DataLoadErrorKind;
    resolver: Parameters<typeof http.get>[1];
    message: string;
    status?: number;
  }[] = [
    {
      kind: 'not-found',
      resolver: () => new HttpResponse('missing', { status: 404 }),
      message: 'The edition summary for 2022 could not be loaded: the file was not found (404).',
      status: 404,
    },
    {
      kind: 'http',
      resolver: () => new HttpResponse('boom', { status: 500 }),
      message: 'The edition summary for 2022 could not be loaded: the server answered 500.',
      status: 500,
    },
    {
      kind: 'http',
      resolver: () => new HttpResponse('no', { status: 403 }),
      message: 'The edition summary for 2022 could not be loaded: the server answered 403.',
      status: 403,
    },
    {
      kind: 'network',
      resolver: () => HttpResponse.error(),
      message:
        'The edition summary for 2022 could not be loaded: the network request failed (check the connection and try again).',
    },
    {
      kind: 'not-json',
      resolver: () => HttpResponse.text('{"schemaVersion": 1,'),
      message: 'The edition summary for 2022 could not be loaded: the file is not valid JSON.',
    },
    {
      kind: 'not-json',
      resolver: () => HttpResponse.html('<!doctype html><title>App</title>'),
      message:
        'The edition summary for 2022 could not be loaded: the server sent a web page instead of JSON (the file is probably missing).',
    },
    {
      kind: 'empty',
      resolver: () => new HttpResponse(null, { status: 200 }),
      message: 'The edition summary for 2022 could not be loaded: the file is empty.',
    },
    {
      kind: 'empty',
      resolver: () => HttpResponse.text('  \n '),
      message: 'The edition summary for 2022 could not be loaded: the file is empty.',
    },
    {
      kind: 'unsupported-version',
      resolver: () => HttpResponse.json({ schemaVersion: 2, somethingNew: true }),
      message:
        'The edition summary for 2022 could not be loaded: it is in data format version 2, and this app reads version 1 (reloading the page may fetch a newer app).',
    },
    {
      kind: 'unsupported-version',
      resolver: () => HttpResponse.json({ schemaVersion: '1', year: 2022 }),
      message:
        'The edition summary for 2022 could not be loaded: it is in data format version "1", and this app reads version 1 (reloading the page may fetch a newer app).',
    },
    {
      kind: 'invalid',
      resolver: () => HttpResponse.json({ schemaVersion: 1, year: 'twenty', extra: 1 }),
      message:
        'The edition summary for 2022 could not be loaded: the file does not match the expected format (year: expected a number, got a string; 1 more problem).',
    },
    {
      kind: 'invalid',
      resolver: () => HttpResponse.json({ year: 2022 }),
      message:
        'The edition summary for 2022 could not be loaded: the file does not match the expected format (schemaVersion: missing (expected 1)).',
    },
    {
      kind: 'invalid',
      resolver: () => HttpResponse.json(null),
      message:
        'The edition summary for 2022 could not be loaded: the file does not match the expected format ((root): expected an object, got null).',
    },
  ];

  it.each(cases)('classifies $kind: $message', async ({ kind, resolver, message, status }) => {
    serve(resolver);
    const error = await failure(fetchValidated(URL, schema, { what }));
    expect(error.kind).toBe(kind);
    expect(error.message).toBe(message);
    expect(error.url).toBe(URL);
    expect(error.what).toBe(what);
    expect(error.status).toBe(status);
  });

  it('lists every schema violation with its path', async () => {
    serve(() => HttpResponse.json({ schemaVersion: 1, year: 'twenty', extra: 1 }));
    const error = await failure(fetchValidated(URL, schema, { what }));
    expect(error.violations).toEqual([
      { path: 'year', message: 'expected a number, got a string' },
      { path: '(root)', message: 'an unknown key' },
    ]);
  });

  it('fails as invalid when the extra check finds a problem', async () => {
    serve(() => HttpResponse.json({ schemaVersion: 1, year: 2021 }));
    const error = await failure(
      fetchValidated(URL, schema, {
        what,
        check: (value) => (value.year === 2022 ? undefined : `it is the summary for ${value.year}`),
      }),
    );
    expect(error.kind).toBe('invalid');
    expect(error.message).toBe(
      'The edition summary for 2022 could not be loaded: the file is not the one expected: it is the summary for 2021.',
    );
  });

  it('times out when the server does not answer', async () => {
    serve(async () => {
      await delay('infinite');
      return HttpResponse.json({ schemaVersion: 1, year: 2022 });
    });
    const error = await failure(fetchValidated(URL, schema, { what, timeoutMs: 30 }));
    expect(error.kind).toBe('timeout');
    expect(error.message).toBe(
      'The edition summary for 2022 could not be loaded: the server did not answer within 30 ms.',
    );
  });

  it('gives the timeout in seconds for the default scale', async () => {
    serve(async () => {
      await delay('infinite');
      return HttpResponse.json({});
    });
    // 1000 ms is long enough to be given in seconds and short enough for a test.
    const error = await failure(fetchValidated(URL, schema, { what, timeoutMs: 1000 }));
    expect(error.message).toMatch(/did not answer within 1 second\.$/);
  });

  it('rejects with the abort reason, not a DataLoadError, when the caller aborts', async () => {
    serve(async () => {
      await delay('infinite');
      return HttpResponse.json({});
    });
    const controller = new AbortController();
    const reason = new Error('query cancelled');
    const promise = fetchValidated(URL, schema, { what, signal: controller.signal });
    setTimeout(() => controller.abort(reason), 10);
    await expect(promise).rejects.toBe(reason);
  });

  it('does not fetch when the signal is already aborted', async () => {
    let requests = 0;
    serve(() => {
      requests += 1;
      return HttpResponse.json({ schemaVersion: 1, year: 2022 });
    });
    const controller = new AbortController();
    controller.abort(new Error('gone'));
    await expect(fetchValidated(URL, schema, { what, signal: controller.signal })).rejects.toThrow(
      'gone',
    );
    expect(requests).toBe(0);
  });
});

describe('isTransient', () => {
  const error = (kind: DataLoadErrorKind, status?: number) =>
    new DataLoadError({ kind, what, url: URL, reason: 'x', ...(status ? { status } : {}) });

  it('is true for faults that trying again could fix', () => {
    expect(isTransient(error('timeout'))).toBe(true);
    expect(isTransient(error('network'))).toBe(true);
    expect(isTransient(error('http', 500))).toBe(true);
    expect(isTransient(error('http', 503))).toBe(true);
    expect(isTransient(error('http', 429))).toBe(true);
    expect(isTransient(new Error('unexpected'))).toBe(true);
  });

  it('is false for missing, malformed or unsupported files and other 4xx answers', () => {
    for (const kind of [
      'not-found',
      'not-json',
      'empty',
      'invalid',
      'unsupported-version',
    ] as const) {
      expect(isTransient(error(kind))).toBe(false);
    }
    expect(isTransient(error('http', 403))).toBe(false);
  });
});
