import type { core, ZodMiniType } from 'zod/mini';
import { SCHEMA_VERSION } from '@/domain/contract/evaluation-schema';
import type { Violation } from '@/domain/contract/schema-messages';

/** Every way loading a data file can fail. */
export type DataLoadErrorKind =
  | 'not-found'
  | 'http'
  | 'timeout'
  | 'network'
  | 'not-json'
  | 'empty'
  | 'invalid'
  | 'unsupported-version';

export interface DataLoadErrorInit {
  kind: DataLoadErrorKind;
  /** What was being loaded, e.g. "the edition summary for 2022". */
  what: string;
  url: string;
  /** Why, completing "… could not be loaded: <reason>." */
  reason: string;
  status?: number;
  violations?: Violation[];
  cause?: unknown;
}

/** A data file could not be loaded or did not validate. `message` is written for the reader. */
export class DataLoadError extends Error {
  readonly kind: DataLoadErrorKind;
  readonly what: string;
  readonly url: string;
  readonly reason: string;
  readonly status: number | undefined;
  readonly violations: Violation[];

  constructor(init: DataLoadErrorInit) {
    super(`${capitalise(init.what)} could not be loaded: ${init.reason}.`, { cause: init.cause });
    this.name = 'DataLoadError';
    this.kind = init.kind;
    this.what = init.what;
    this.url = init.url;
    this.reason = init.reason;
    this.status = init.status;
    this.violations = init.violations ?? [];
  }
}

export function isDataLoadError(error: unknown): error is DataLoadError {
  return error instanceof DataLoadError;
}

/** Whether trying again could help: server errors, timeouts and network faults, not bad files. */
export function isTransient(error: unknown): boolean {
  if (!isDataLoadError(error)) return true;
  switch (error.kind) {
    case 'timeout':
    case 'network':
      return true;
    case 'http':
      return error.status === undefined || error.status >= 500 || [408, 429].includes(error.status);
    default:
      return false;
  }
}

/**
 * A data file is small (the largest, a state's full evaluation, is tens of kilobytes gzipped): one
 * that has not arrived in 8 s is not coming. Tried twice, that keeps the message within 20 s.
 */
export const DEFAULT_TIMEOUT_MS = 8_000;

export interface FetchValidatedOptions<T> {
  /** What is being loaded, for messages: "the data manifest", "the edition summary for 2022". */
  what: string;
  /** Cancels the request, e.g. the signal TanStack Query passes to a query function. */
  signal?: AbortSignal | undefined;
  /** Gives up after this long (default 8 s), counting the time to read the body. */
  timeoutMs?: number | undefined;
  /** The schemaVersion this app reads; a file with another version fails as 'unsupported-version'. */
  schemaVersion?: number;
  /** A check beyond the schema (e.g. the file is the one asked for); returns a problem or nothing. */
  check?: (value: T) => string | undefined;
}

/**
 * Fetches a JSON data file and returns it only if it validates against `schema`. Every fault
 * becomes a DataLoadError with a `kind` and a message naming what failed. If `signal` is aborted
 * the fetch rejects with the signal's reason, not a DataLoadError.
 */
export async function fetchValidated<T>(
  url: string,
  schema: ZodMiniType<T>,
  options: FetchValidatedOptions<T>,
): Promise<T> {
  const { what, signal, timeoutMs = DEFAULT_TIMEOUT_MS } = options;
  const fail = (init: Omit<DataLoadErrorInit, 'what' | 'url'>) =>
    new DataLoadError({ ...init, what, url });

  signal?.throwIfAborted();
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, timeoutMs);
  const onAbort = () => controller.abort(signal?.reason);
  signal?.addEventListener('abort', onAbort, { once: true });

  // Network faults and timeouts can happen while waiting for the headers or reading the body.
  const classifyTransportError = (cause: unknown): unknown => {
    if (timedOut) {
      return fail({
        kind: 'timeout',
        reason: `the server did not answer within ${formatDuration(timeoutMs)}`,
        cause,
      });
    }
    if (signal?.aborted) return signal.reason ?? cause;
    return fail({
      kind: 'network',
      reason: 'the network request failed (check the connection and try again)',
      cause,
    });
  };

  let response: Response;
  let text: string;
  try {
    try {
      response = await fetch(url, {
        signal: controller.signal,
        headers: { Accept: 'application/json' },
      });
    } catch (cause) {
      throw classifyTransportError(cause);
    }
    if (response.status === 404 || response.status === 410) {
      throw fail({
        kind: 'not-found',
        status: response.status,
        reason: `the file was not found (${response.status})`,
      });
    }
    if (!response.ok) {
      throw fail({
        kind: 'http',
        status: response.status,
        reason: `the server answered ${response.status}`,
      });
    }
    try {
      text = await response.text();
    } catch (cause) {
      throw classifyTransportError(cause);
    }
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener('abort', onAbort);
  }

  if (text.trim() === '') throw fail({ kind: 'empty', reason: 'the file is empty' });

  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (cause) {
    const html = /^\s*</.test(text) || response.headers.get('content-type')?.includes('html');
    throw fail({
      kind: 'not-json',
      reason: html
        ? 'the server sent a web page instead of JSON (the file is probably missing)'
        : 'the file is not valid JSON',
      cause,
    });
  }

  const expectedVersion = options.schemaVersion ?? SCHEMA_VERSION;
  if (isRecord(json) && 'schemaVersion' in json && json.schemaVersion !== expectedVersion) {
    throw fail({
      kind: 'unsupported-version',
      reason:
        `it is in data format version ${describeValue(json.schemaVersion)}, and this app reads ` +
        `version ${expectedVersion} (reloading the page may fetch a newer app)`,
    });
  }

  // reportInput: the messages name the kind of value found ("got a string"), never the value.
  const parsed = schema.safeParse(json, { reportInput: true });
  if (!parsed.success) {
    const violations = await describeIssues(parsed.error);
    throw fail({ kind: 'invalid', reason: describeViolations(violations), violations });
  }
  const problem = options.check?.(parsed.data);
  if (problem !== undefined) {
    throw fail({
      kind: 'invalid',
      reason: `the file is not the one expected: ${problem}`,
      violations: [{ path: '(root)', message: problem }],
    });
  }
  return parsed.data;
}

/**
 * The violations, in words. The wording is loaded only when a file fails (it is not needed to
 * draw anything); if even that fails, the paths are still named.
 */
async function describeIssues(error: core.$ZodError): Promise<Violation[]> {
  try {
    const { zodViolations } = await import('@/domain/contract/schema-messages');
    return zodViolations(error, { quoteValues: false });
  } catch {
    return error.issues.map((issue) => ({
      path: issue.path.map(String).join('.') || '(root)',
      message: 'does not match the expected format',
    }));
  }
}

/** A message for any error caught while loading data, for an error panel. */
export function describeLoadError(error: unknown, what: string): string {
  if (isDataLoadError(error)) return error.message;
  return `${capitalise(what)} could not be loaded because of an unexpected error.`;
}

function describeViolations(violations: Violation[]): string {
  const [first] = violations;
  if (!first) return 'the file does not match the expected format';
  const more = violations.length - 1;
  return (
    `the file does not match the expected format (${first.path}: ${first.message}` +
    `${more > 0 ? `; ${more} more ${more === 1 ? 'problem' : 'problems'}` : ''})`
  );
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function describeValue(value: unknown): string {
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 20 ? `${text.slice(0, 20)}…` : text;
}

function formatDuration(ms: number): string {
  if (ms < 1000) return `${ms} ms`;
  const seconds = Math.round(ms / 100) / 10;
  return `${seconds} ${seconds === 1 ? 'second' : 'seconds'}`;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
