import type { BudgetResult, DataMeasure, RouteMeasure } from './budgets';
import { ratioToFloor } from './budgets';
import type { Size } from './sizes';
import { formatKb } from './sizes';

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
