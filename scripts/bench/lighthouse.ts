import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

/**
 * Lighthouse 12.2.3 in its default mobile mode (emulated phone, simulated slow 4G and 4× CPU),
 * fetched by npx: it is heavy, so it is not a dependency of the project.
 */
export const LIGHTHOUSE = 'lighthouse@12.2.3';

export interface LighthouseResult {
  url: string;
  /** category scores, 0–100 */
  performance: number | null;
  accessibility: number | null;
  bestPractices: number | null;
  /** ms */
  lcp: number | null;
  /** ms */
  tbt: number | null;
  cls: number | null;
  /** accessibility audits that failed: id and title */
  failedA11y: { id: string; title: string }[];
  error?: string;
  /** Set on the median of several runs (medianLighthouseRun): how many ran, how many gave a score */
  runs?: { total: number; measured: number };
  /** Set on the median of several runs: the lowest and highest performance score among them */
  performanceRange?: { min: number; max: number };
}

/** Lighthouse runs per page: one run's performance score varies by about ±2. */
export const LIGHTHOUSE_RUNS = 3;

/**
 * The median run by performance score, with that run's other figures (not a mix of runs), and the
 * spread of the scores. Runs without a score are left out; if none has one, the first run (with
 * its error) is returned. With an even number of scored runs, the lower of the two middle ones.
 */
export function medianLighthouseRun(results: readonly LighthouseResult[]): LighthouseResult {
  if (results.length === 0) throw new Error('medianLighthouseRun: no runs');
  const scored = results
    .filter((r): r is LighthouseResult & { performance: number } => r.performance !== null)
    .sort((a, b) => a.performance - b.performance);
  const runs = { total: results.length, measured: scored.length };
  const middle = scored[Math.floor((scored.length - 1) / 2)];
  if (!middle) return { ...results[0]!, runs };
  return {
    ...middle,
    runs,
    performanceRange: { min: scored[0]!.performance, max: scored.at(-1)!.performance },
  };
}

/** Runs Lighthouse `runs` times on `url` and keeps the median run (medianLighthouseRun). */
export async function runLighthouseMedian(
  url: string,
  chromePath: string,
  runs: number = LIGHTHOUSE_RUNS,
): Promise<LighthouseResult> {
  const results: LighthouseResult[] = [];
  for (let i = 0; i < runs; i++) results.push(await runLighthouse(url, chromePath));
  return medianLighthouseRun(results);
}

interface LhAudit {
  title?: string;
  score?: number | null;
  numericValue?: number;
  scoreDisplayMode?: string;
}
interface LhReport {
  categories?: Record<
    string,
    { score?: number | null; auditRefs?: { id: string; weight: number }[] } | undefined
  >;
  audits?: Record<string, LhAudit | undefined>;
  runtimeError?: { message?: string };
}

const score = (s: number | null | undefined) =>
  typeof s === 'number' ? Math.round(s * 100) : null;
const num = (a: LhAudit | undefined) =>
  typeof a?.numericValue === 'number' ? a.numericValue : null;

/** The figures the benchmark reports, from a Lighthouse JSON report. */
export function summarizeLighthouse(url: string, report: LhReport): LighthouseResult {
  const c = report.categories ?? {};
  const audits = report.audits ?? {};
  const failedA11y = (c.accessibility?.auditRefs ?? [])
    .filter((ref) => {
      const a = audits[ref.id];
      return ref.weight > 0 && typeof a?.score === 'number' && a.score < 1;
    })
    .map((ref) => ({ id: ref.id, title: audits[ref.id]?.title ?? ref.id }));
  return {
    url,
    performance: score(c.performance?.score),
    accessibility: score(c.accessibility?.score),
    bestPractices: score(c['best-practices']?.score),
    lcp: num(audits['largest-contentful-paint']),
    tbt: num(audits['total-blocking-time']),
    cls: num(audits['cumulative-layout-shift']),
    failedA11y,
    ...(report.runtimeError?.message ? { error: report.runtimeError.message } : {}),
  };
}

/** Runs Lighthouse once on `url` in headless Chromium. */
export async function runLighthouse(url: string, chromePath: string): Promise<LighthouseResult> {
  const out = join(mkdtempSync(join(tmpdir(), 'statewise-bench-lh-')), 'report.json');
  try {
    await promisify(execFile)(
      'npx',
      [
        '--yes',
        LIGHTHOUSE,
        url,
        '--quiet',
        '--chrome-flags=--headless=new --no-sandbox --disable-gpu --disable-dev-shm-usage',
        '--output=json',
        `--output-path=${out}`,
        '--only-categories=performance,accessibility,best-practices',
        '--form-factor=mobile',
      ],
      { env: { ...process.env, CHROME_PATH: chromePath }, timeout: 240_000, maxBuffer: 1 << 26 },
    );
    return summarizeLighthouse(url, JSON.parse(readFileSync(out, 'utf8')) as LhReport);
  } catch (e) {
    return {
      url,
      performance: null,
      accessibility: null,
      bestPractices: null,
      lcp: null,
      tbt: null,
      cls: null,
      failedA11y: [],
      error: e instanceof Error ? e.message.split('\n')[0]! : String(e),
    };
  }
}
