import type { BudgetResult } from './budgets';
import type { LighthouseResult } from './lighthouse';
import type { Summary } from './stats';
import type { TimingMetric, TimingResult } from './timings';

/**
 * Timing and Lighthouse budgets (the README's Performance section). Reported, never enforced:
 * timings are noisy (the machine, its load), so only the size budgets can fail a run.
 */
export const TIMING_BUDGETS = {
  /** CPU throttling the timing budgets are judged at */
  throttle: 4,
  /** ms, median, strictly under */
  heatmapRender: 50,
  /** ms, median, strictly under */
  interaction: 8,
  /** worst run, strictly under */
  cls: 0.01,
  lighthousePerformance: 95,
  lighthouseAccessibility: 100,
} as const;

export function formatMs(ms: number): string {
  return ms < 10 ? `${ms.toFixed(1)} ms` : `${Math.round(ms)} ms`;
}

function msLine(s: Summary): string {
  return `median ${formatMs(s.median)} (min ${formatMs(s.min)}, max ${formatMs(s.max)}, n=${s.n})`;
}

/** PASS/FAIL lines for the timing budgets of each scenario at the budget's throttling. */
export function evaluateTimingBudgets(
  timings: readonly TimingResult[],
  lighthouse: readonly { name: string; result: LighthouseResult }[],
): BudgetResult[] {
  const out: BudgetResult[] = [];
  const b = TIMING_BUDGETS;
  for (const t of timings.filter((x) => x.throttle === b.throttle)) {
    const at = `${t.scenario}, ${b.throttle}× CPU`;
    const under = (metric: TimingMetric, limit: number, what: string) => {
      const s = t.metrics[metric];
      out.push({
        name: `${what} < ${limit} ms (${at})`,
        pass: s !== null && s !== undefined && s.median < limit,
        detail: s ? msLine(s) : 'not measured',
      });
    };
    under(
      'heatmap-render',
      b.heatmapRender,
      'heatmap page 51 × 40 first render (header and first rows in view)',
    );
    under(
      'embed-heatmap-render',
      b.heatmapRender,
      'heatmap embed 51 × 40 first render (header and first rows in view)',
    );
    under('heatmap-move', b.interaction, 'heatmap keyboard move');
    under('heatmap-hover', b.interaction, 'heatmap hover');
    for (const view of ['overview', 'heatmap', 'embed-compare', 'embed-goal'] as const) {
      const s = t.metrics[`cls-${view}`];
      out.push({
        name: `${view} CLS < ${b.cls} (${at}, worst run)`,
        pass: s !== null && s !== undefined && s.max < b.cls,
        detail: s
          ? `max ${s.max.toFixed(3)}, median ${s.median.toFixed(3)}, n=${s.n}`
          : 'not measured',
      });
    }
  }
  for (const { name, result: r } of lighthouse) {
    out.push({
      name: `${name}: Lighthouse mobile performance ≥ ${b.lighthousePerformance}`,
      pass: r.performance !== null && r.performance >= b.lighthousePerformance,
      detail:
        r.performance === null
          ? `not measured${r.error ? `: ${r.error}` : ''}`
          : r.performanceRange && r.runs
            ? `${r.performance}, median of ${r.runs.measured} runs (min ${r.performanceRange.min}, max ${r.performanceRange.max})`
            : String(r.performance),
    });
    out.push({
      name: `${name}: Lighthouse accessibility = ${b.lighthouseAccessibility}`,
      pass: r.accessibility !== null && r.accessibility >= b.lighthouseAccessibility,
      detail:
        r.accessibility === null
          ? 'not measured'
          : `${r.accessibility}${r.failedA11y.length ? `; failing: ${r.failedA11y.map((a) => a.id).join(', ')}` : ''}`,
    });
  }
  return out;
}
