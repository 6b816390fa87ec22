import { describe, expect, it } from 'vitest';
import {
  medianLighthouseRun,
  summarizeLighthouse,
  type LighthouseResult,
} from '../../../../scripts/bench/lighthouse';
import { cumulativeLayoutShift, median, summarize } from '../../../../scripts/bench/stats';
import { harnessTable, lighthouseTable, timingTable } from '../../../../scripts/bench/table';
import { evaluateTimingBudgets, formatMs } from '../../../../scripts/bench/timing-budgets';
import { withParams, type TimingResult } from '../../../../scripts/bench/timings';

const s = (median: number, min = median, max = median, n = 5) => ({ n, min, median, max });

function timing(throttle: number, metrics: TimingResult['metrics']): TimingResult {
  return { scenario: 'real', throttle, runs: 5, metrics, errors: [] };
}

const lh = (extra: Partial<LighthouseResult> = {}): LighthouseResult => ({
  url: 'http://localhost:4388/heatmap',
  performance: 97,
  accessibility: 100,
  bestPractices: 100,
  lcp: 1800,
  tbt: 40,
  cls: 0,
  failedA11y: [],
  ...extra,
});

describe('summary statistics', () => {
  it('takes the middle value, or the mean of the two middle ones', () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(() => median([])).toThrow();
  });

  it('summarises finite samples only, and nothing as null', () => {
    expect(summarize([3, 1, Number.NaN, 2, Infinity])).toEqual({ n: 3, min: 1, median: 2, max: 3 });
    expect(summarize([])).toBeNull();
    expect(summarize([Number.NaN])).toBeNull();
  });
});

describe('cumulative layout shift', () => {
  it('is the largest session window, leaving out shifts after input', () => {
    const shifts = [
      { startTime: 100, value: 0.05, hadRecentInput: false },
      { startTime: 600, value: 0.05, hadRecentInput: false },
      { startTime: 900, value: 0.5, hadRecentInput: true },
      // more than 1 s later: a new window
      { startTime: 2000, value: 0.08, hadRecentInput: false },
    ];
    expect(cumulativeLayoutShift(shifts)).toBeCloseTo(0.1);
    expect(cumulativeLayoutShift([])).toBe(0);
  });

  it('closes a window after 5 s even without a gap', () => {
    const shifts = Array.from({ length: 12 }, (_, i) => ({
      startTime: i * 900,
      value: 0.01,
      hadRecentInput: false,
    }));
    // 0, 900, …, 4500 fit in the first 5 s window: six shifts
    expect(cumulativeLayoutShift(shifts)).toBeCloseTo(0.06);
  });
});

describe('timing budgets (reported, not enforced)', () => {
  it('judges medians at 4× throttling, strictly under the limits', () => {
    const lines = evaluateTimingBudgets(
      [
        // unthrottled results are never judged
        timing(1, { 'heatmap-render': s(500) }),
        timing(4, {
          'heatmap-render': s(49.9, 40, 90),
          'embed-heatmap-render': s(50),
          'heatmap-move': s(8),
          'heatmap-hover': s(7.5),
          'cls-overview': s(0, 0, 0.009),
          'cls-heatmap': s(0.001, 0, 0.02),
          'cls-embed-compare': s(0, 0, 0.0099),
          // the median is fine, one load shifted: the worst run decides
          'cls-embed-goal': s(0, 0, 0.024),
        }),
      ],
      [],
    );
    expect(lines.map((l) => [l.name, l.pass])).toEqual([
      [
        'heatmap page 51 × 40 first render (header and first rows in view) < 50 ms (real, 4× CPU)',
        true,
      ],
      [
        'heatmap embed 51 × 40 first render (header and first rows in view) < 50 ms (real, 4× CPU)',
        false,
      ],
      ['heatmap keyboard move < 8 ms (real, 4× CPU)', false],
      ['heatmap hover < 8 ms (real, 4× CPU)', true],
      ['overview CLS < 0.01 (real, 4× CPU, worst run)', true],
      ['heatmap CLS < 0.01 (real, 4× CPU, worst run)', false],
      ['embed-compare CLS < 0.01 (real, 4× CPU, worst run)', true],
      ['embed-goal CLS < 0.01 (real, 4× CPU, worst run)', false],
    ]);
    expect(lines[0]!.detail).toBe('median 50 ms (min 40 ms, max 90 ms, n=5)');
  });

  it('fails what was not measured', () => {
    const lines = evaluateTimingBudgets([timing(4, { 'heatmap-render': null })], []);
    expect(lines.every((l) => !l.pass && l.detail === 'not measured')).toBe(true);
  });

  it('judges Lighthouse performance ≥ 95 and accessibility 100, naming failed audits', () => {
    const lines = evaluateTimingBudgets(
      [],
      [
        { name: 'heatmap', result: lh() },
        {
          name: 'state',
          result: lh({
            performance: 94,
            accessibility: 96,
            failedA11y: [{ id: 'color-contrast', title: 'Contrast' }],
          }),
        },
        { name: 'embed', result: lh({ performance: null, accessibility: null, error: 'boom' }) },
      ],
    );
    expect(lines.map((l) => l.pass)).toEqual([true, true, false, false, false, false]);
    expect(lines[3]!.detail).toBe('96; failing: color-contrast');
    expect(lines[4]!.detail).toBe('not measured: boom');
  });
});

describe('timing tables', () => {
  it('formats milliseconds with a decimal only under 10', () => {
    expect(formatMs(3.14159)).toBe('3.1 ms');
    expect(formatMs(123.6)).toBe('124 ms');
  });

  it('shows median (min–max) per scenario for the chosen throttling, — when missing', () => {
    const table = timingTable(
      [
        timing(4, { 'heatmap-render': s(60, 50, 70), 'cls-heatmap': s(0.0123, 0, 0.05) }),
        timing(1, { 'heatmap-render': s(15) }),
      ],
      4,
    );
    expect(table).toContain('| heatmap-render ');
    expect(table).toContain('60 ms (50 ms–70 ms)');
    expect(table).toContain('0.012 (0.000–0.050)');
    expect(table).not.toContain('15 ms');
    expect(table).toMatch(/\| overview-map +\| — +\|/);
  });

  it('puts harness row counts side by side', () => {
    const table = harnessTable(
      [51, 500].map((rows) => ({
        rows,
        throttle: 4,
        runs: 5,
        metrics: { 'heatmap-render': s(rows) },
        errors: [],
      })),
      4,
    );
    expect(table.split('\n')[0]).toMatch(/51 rows × 40 +\| 500 rows × 40/);
    expect(table).toContain('51 ms (51 ms–51 ms) | 500 ms (500 ms–500 ms)');
  });

  it('lists Lighthouse figures per page', () => {
    const table = lighthouseTable([{ name: 'heatmap', result: lh({ cls: 0.1234 }) }]);
    expect(table).toMatch(/\| heatmap \(\/heatmap\) \| 97 +\| 100 +\| 100/);
    expect(table).toContain('1800 ms | 40 ms | 0.123 |');
  });

  it('names a page by its path and its query, so compare’s pages can be told apart', () => {
    const table = lighthouseTable([
      {
        name: 'compare-6-demo',
        result: lh({ url: 'http://localhost:4388/compare?states=CT~MA~NY~RI~VT~NH&dataset=demo' }),
      },
    ]);
    expect(table).toContain('| compare-6-demo (/compare?states=CT~MA~NY~RI~VT~NH&dataset=demo) |');
  });

  it('shows the median run’s score with the spread of the runs', () => {
    const result = medianLighthouseRun([
      lh({ performance: 96 }),
      lh({ performance: 93 }),
      lh({ performance: 95 }),
    ]);
    const table = lighthouseTable([{ name: 'state', result }]);
    expect(table.split('\n')[0]).toContain('performance: median (min–max)');
    expect(table).toMatch(/\| 95 \(93–96, 3 of 3 runs\) +\|/);
    const [line] = evaluateTimingBudgets([], [{ name: 'state', result }]);
    expect(line!.pass).toBe(true);
    expect(line!.detail).toBe('95, median of 3 runs (min 93, max 96)');
  });
});

describe('median of Lighthouse runs', () => {
  it('keeps the median run by performance, with that run’s own figures', () => {
    const r = medianLighthouseRun([
      lh({ performance: 97, lcp: 1000, tbt: 10 }),
      lh({ performance: 92, lcp: 3000, tbt: 200 }),
      lh({ performance: 95, lcp: 2000, tbt: 50, accessibility: 96 }),
    ]);
    expect(r).toMatchObject({ performance: 95, lcp: 2000, tbt: 50, accessibility: 96 });
    expect(r.performanceRange).toEqual({ min: 92, max: 97 });
    expect(r.runs).toEqual({ total: 3, measured: 3 });
  });

  it('leaves failed runs out, taking the lower middle of an even count', () => {
    const r = medianLighthouseRun([
      lh({ performance: null, error: 'NO_FCP' }),
      lh({ performance: 96 }),
      lh({ performance: 94 }),
    ]);
    expect(r.performance).toBe(94);
    expect(r.runs).toEqual({ total: 3, measured: 2 });
    expect(r.performanceRange).toEqual({ min: 94, max: 96 });
  });

  it('reports the first error when no run gave a score', () => {
    const r = medianLighthouseRun([
      lh({ performance: null, error: 'first' }),
      lh({ performance: null, error: 'second' }),
    ]);
    expect(r.performance).toBeNull();
    expect(r.error).toBe('first');
    expect(r.performanceRange).toBeUndefined();
  });
});

describe('Lighthouse report', () => {
  it('reads scores, metrics and the failed accessibility audits that count', () => {
    const r = summarizeLighthouse('http://x/', {
      categories: {
        performance: { score: 0.874 },
        accessibility: {
          score: 0.9,
          auditRefs: [
            { id: 'color-contrast', weight: 7 },
            { id: 'label', weight: 10 },
            { id: 'manual-check', weight: 0 },
          ],
        },
        'best-practices': { score: 1 },
      },
      audits: {
        'largest-contentful-paint': { numericValue: 2500 },
        'total-blocking-time': { numericValue: 120 },
        'cumulative-layout-shift': { numericValue: 0.02 },
        'color-contrast': { title: 'Contrast', score: 0 },
        label: { title: 'Labels', score: 1 },
        'manual-check': { title: 'Manual', score: 0 },
      },
    });
    expect(r).toEqual({
      url: 'http://x/',
      performance: 87,
      accessibility: 90,
      bestPractices: 100,
      lcp: 2500,
      tbt: 120,
      cls: 0.02,
      failedA11y: [{ id: 'color-contrast', title: 'Contrast' }],
    });
  });

  it('says nothing was measured when a category is missing', () => {
    const r = summarizeLighthouse('http://x/', { runtimeError: { message: 'NO_FCP' } });
    expect(r.performance).toBeNull();
    expect(r.lcp).toBeNull();
    expect(r.error).toBe('NO_FCP');
  });
});

describe('bench URLs', () => {
  it('adds scenario parameters, keeping state lists readable', () => {
    expect(withParams('/', {})).toBe('/');
    expect(withParams('/heatmap', { dataset: 'demo' })).toBe('/heatmap?dataset=demo');
    expect(withParams('/compare?diff=1', { dataset: 'demo', states: 'CT~MA' })).toBe(
      '/compare?diff=1&dataset=demo&states=CT~MA',
    );
  });
});
