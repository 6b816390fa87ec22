import type { BudgetResult, DataMeasure, RouteMeasure } from './budgets';
import { ratioToFloor } from './budgets';
import type { Size } from './sizes';
import { formatKb } from './sizes';
import type { LighthouseResult } from './lighthouse';
import type { Summary } from './stats';
import { formatMs } from './timing-budgets';
import {
  TIMING_METRICS,
  type HarnessResult,
  type TimingMetric,
  type TimingResult,
} from './timings';

/** A Markdown table, columns padded so it also reads well in a terminal. */
export function markdownTable(
  header: readonly string[],
  rows: readonly (readonly string[])[],
): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: readonly string[]) =>
    `| ${widths.map((w, i) => (cells[i] ?? '').padEnd(w)).join(' | ')} |`;
  return [
    line(header),
    `| ${widths.map((w) => '-'.repeat(w)).join(' | ')} |`,
    ...rows.map(line),
  ].join('\n');
}

const both = (s: Size) => `${formatKb(s.gzip)} (${formatKb(s.raw)})`;

/** The per-route bundle table: gzipped (raw) sizes and the critical JS ratio to the floor. */
export function routeTable(routes: readonly RouteMeasure[], floorJsGzip: number): string {
  return markdownTable(
    [
      'route',
      'critical JS gz (raw)',
      '× floor',
      'critical CSS gz (raw)',
      'later JS gz (raw)',
      'later CSS gz (raw)',
    ],
    routes.map((r) => [
      r.url + (r.contentSeen ? '' : ' *'),
      both(r.critical.js),
      `${ratioToFloor(r.critical.js.gzip, floorJsGzip)}×`,
      both(r.critical.css),
      both(r.later.js),
      both(r.later.css),
    ]),
  );
}

/** The first-view data table. */
export function dataTable(data: readonly DataMeasure[]): string {
  return markdownTable(
    ['view', 'dataset', 'data gz (raw)', 'files'],
    data.map((d) => [d.view, d.dataset, both(d.data), String(d.files.length)]),
  );
}

/** PASS/FAIL lines. */
export function budgetLines(results: readonly BudgetResult[]): string {
  return results.map((r) => `${r.pass ? 'PASS' : 'FAIL'}  ${r.name} — ${r.detail}`).join('\n');
}

const cell = (s: Summary | null | undefined, cls: boolean) =>
  !s
    ? '—'
    : cls
      ? `${s.median.toFixed(3)} (${s.min.toFixed(3)}–${s.max.toFixed(3)})`
      : `${formatMs(s.median)} (${formatMs(s.min)}–${formatMs(s.max)})`;

/** Timings: one row per measure, one column per scenario; median (min–max). */
export function timingTable(results: readonly TimingResult[], throttle: number): string {
  const cols = results.filter((r) => r.throttle === throttle);
  return markdownTable(
    ['measure', ...cols.map((r) => `${r.scenario} (n runs=${r.runs})`)],
    (Object.keys(TIMING_METRICS) as TimingMetric[]).map((m) => [
      m,
      ...cols.map((r) => cell(r.metrics[m], m.startsWith('cls-'))),
    ]),
  );
}

/** The scale harness: one row per measure, one column per row count. */
export function harnessTable(results: readonly HarnessResult[], throttle: number): string {
  const cols = results.filter((r) => r.throttle === throttle);
  const metrics = [...new Set(cols.flatMap((r) => Object.keys(r.metrics)))] as TimingMetric[];
  return markdownTable(
    ['measure', ...cols.map((r) => `${r.rows} rows × 40`)],
    metrics.map((m) => [m, ...cols.map((r) => cell(r.metrics[m], false))]),
  );
}

/** A page's path and query, as the table names it: "/compare?states=CT~MA". */
function pagePath(url: string): string {
  const u = new URL(url);
  return decodeURIComponent(u.pathname + u.search);
}

/** Lighthouse scores and metrics per page. */
export function lighthouseTable(
  results: readonly { name: string; result: LighthouseResult }[],
): string {
  const n = (v: number | null) => (v === null ? '—' : String(v));
  const ms = (v: number | null) => (v === null ? '—' : `${Math.round(v)} ms`);
  const perf = (r: LighthouseResult) =>
    r.performanceRange && r.runs
      ? `${n(r.performance)} (${r.performanceRange.min}–${r.performanceRange.max}, ${r.runs.measured} of ${r.runs.total} runs)`
      : n(r.performance);
  return markdownTable(
    [
      'page',
      'performance: median (min–max)',
      'accessibility',
      'best practices',
      'LCP',
      'TBT',
      'CLS',
    ],
    results.map(({ name, result: r }) => [
      `${name} (${pagePath(r.url)})`,
      perf(r),
      n(r.accessibility),
      n(r.bestPractices),
      ms(r.lcp),
      ms(r.tbt),
      r.cls === null ? '—' : r.cls.toFixed(3),
    ]),
  );
}
