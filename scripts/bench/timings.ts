import type { Browser, Page } from '@playwright/test';
import { INPUT_TRACE_CATEGORIES, inputLatencies, traceEvents } from './input-trace';
import { cumulativeLayoutShift, summarize, type LayoutShift, type Summary } from './stats';

/**
 * Browser timings: loads views in Chromium (optionally with CDP CPU throttling) and reads back the
 * app's own performance measures (src/components/perf-marks.ts, names `statewise:*`).
 */

/** What each timing means; the keys are the measure names without `statewise:`. */
export const TIMING_METRICS = {
  'overview-map': 'overview: navigation → first tile map drawn (after its frame)',
  'heatmap-view': 'heatmap: navigation → grid with its rows in view drawn (after its frame)',
  'heatmap-render':
    'heatmap: grid render start (after the rest of the view has painted) → header and the rows in view, up to 8, committed (at 1280×900 the grid starts at the fold: the header and the tab stop’s row), style and layout done',
  'heatmap-render:frame': 'heatmap: grid render start → header and first rows painted (next frame)',
  'embed-heatmap-render':
    'heatmap embed: grid render start → header and the rows in view, up to 8 (23 are in view at 1280×900), committed, style and layout done',
  'embed-heatmap-render:frame':
    'heatmap embed: grid render start → header and first rows painted (next frame)',
  'heatmap-complete':
    'heatmap: grid render start → last row committed (rows come in chunks), style and layout done',
  'heatmap-complete:frame': 'heatmap: grid render start → whole grid painted (next frame)',
  'heatmap-move':
    'heatmap: renderer starts handling the arrow keydown → focused cell and readout updated, layout done (trace)',
  'heatmap-move:wait': 'heatmap: arrow keydown timestamp → renderer starts handling it (trace)',
  'heatmap-move:frame': 'heatmap: arrow keydown timestamp → next frame painted',
  'heatmap-hover':
    'heatmap: renderer starts handling the pointer move (hit test, hover styles, listeners) → readout updated, layout done (trace)',
  'heatmap-hover:wait':
    'heatmap: pointer move timestamp → renderer starts handling it (Chromium holds pointer moves for the next frame; trace)',
  'heatmap-hover:frame': 'heatmap: pointer move timestamp → next frame painted',
  'edition-switch': 'heatmap: edition select change → new edition’s grid committed, layout done',
  'edition-switch:frame': 'heatmap: edition select change → next frame painted',
  'compare-columns': 'compare, six states: navigation → every column drawn (after its frame)',
  'cls-overview': 'overview load: cumulative layout shift (unitless)',
  'cls-heatmap': 'heatmap load: cumulative layout shift (unitless)',
  'cls-embed-compare':
    'compare embed load, with and without states, at 1280×900 and 390×844: cumulative layout shift (unitless)',
  'cls-embed-goal':
    'goal 2.9 embed load (age chart), at 1280×900 and 390×844: cumulative layout shift (unitless)',
} as const;
export type TimingMetric = keyof typeof TIMING_METRICS;

export interface TimingScenario {
  /** e.g. "real", "demo", "stress" */
  name: string;
  label: string;
  origin: string;
  /** query parameters added to every URL, e.g. { dataset: 'demo' } */
  params: Record<string, string>;
}

export interface TimingOptions {
  runs: number;
  /** interactions of each kind per heatmap load */
  interactions: number;
  /** CPU slow-down factor (1 = none) */
  throttle: number;
}

export interface TimingResult {
  scenario: string;
  throttle: number;
  runs: number;
  metrics: Partial<Record<TimingMetric, Summary | null>>;
  /** what went wrong in a run, if anything (the run's other measures still count) */
  errors: string[];
}

export const COMPARE_STATES = ['CT', 'MA', 'NY', 'TX', 'CA', 'FL'];
const TIMEOUT = 30_000;

// Strings, not functions, for code run in the page: tsx would wrap named functions in a helper
// the page lacks.
const SHIFTS_INIT = `{
  window.__benchShifts = [];
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries())
        window.__benchShifts.push({ startTime: e.startTime, value: e.value, hadRecentInput: e.hadRecentInput });
    }).observe({ type: 'layout-shift', buffered: true });
  } catch {}
}`;

export function withParams(path: string, params: Record<string, string>): string {
  const [p, q] = path.split('?');
  const search = new URLSearchParams(q ?? '');
  for (const [k, v] of Object.entries(params)) search.set(k, v);
  const s = search.toString().replace(/%7E/g, '~');
  return s ? `${p}?${s}` : (p ?? path);
}

const DESKTOP = { width: 1280, height: 900 };
/** A phone's width: embeds reflow there (stacked tables, narrower charts). */
const PHONE = { width: 390, height: 844 };

async function openPage(
  browser: Browser,
  throttle: number,
  viewport: { width: number; height: number } = DESKTOP,
): Promise<Page> {
  // A fresh context per load: a first visit, nothing cached.
  const context = await browser.newContext({ viewport });
  const page = await context.newPage();
  await page.addInitScript(SHIFTS_INIT);
  if (throttle !== 1) {
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle });
  }
  return page;
}

async function closePage(page: Page) {
  await page.context().close();
}

/** Waits for the measure `statewise:<name>` newer than `after` and returns its duration. */
async function waitMeasure(page: Page, name: string, after = -1): Promise<number> {
  const handle = await page.waitForFunction(
    ({ full, after }) => {
      const e = performance.getEntriesByName(full, 'measure').at(-1);
      return e && e.startTime > after ? { start: e.startTime, duration: e.duration } : null;
    },
    { full: `statewise:${name}`, after },
    { timeout: TIMEOUT, polling: 20 },
  );
  const v = (await handle.jsonValue()) as { start: number; duration: number };
  return v.duration;
}

async function latestStart(page: Page, name: string): Promise<number> {
  return page.evaluate(
    (full) => performance.getEntriesByName(full, 'measure').at(-1)?.startTime ?? -1,
    `statewise:${name}`,
  );
}

async function readCls(page: Page): Promise<number> {
  // Shifts may come late (fonts, images, data): let the page settle first.
  await page.waitForLoadState('networkidle');
  await page.waitForTimeout(500);
  const shifts = await page.evaluate(
    () => (window as unknown as { __benchShifts?: LayoutShift[] }).__benchShifts ?? [],
  );
  return cumulativeLayoutShift(shifts);
}

type Samples = Partial<Record<TimingMetric, number[]>>;

function push(samples: Samples, metric: TimingMetric, value: number) {
  (samples[metric] ??= []).push(value);
}

async function runOverview(browser: Browser, s: TimingScenario, o: TimingOptions, out: Samples) {
  const page = await openPage(browser, o.throttle);
  try {
    await page.goto(s.origin + withParams('/', s.params));
    push(out, 'overview-map', await waitMeasure(page, 'overview-map'));
    push(out, 'cls-overview', await readCls(page));
  } finally {
    await closePage(page);
  }
}

async function runHeatmap(browser: Browser, s: TimingScenario, o: TimingOptions, out: Samples) {
  const page = await openPage(browser, o.throttle);
  try {
    await page.goto(s.origin + withParams('/heatmap', s.params));
    push(out, 'heatmap-view', await waitMeasure(page, 'heatmap-view'));
    push(out, 'heatmap-render', await waitMeasure(page, 'heatmap-render'));
    push(out, 'heatmap-render:frame', await waitMeasure(page, 'heatmap-render:frame'));
    push(out, 'heatmap-complete', await waitMeasure(page, 'heatmap-complete'));
    push(out, 'heatmap-complete:frame', await waitMeasure(page, 'heatmap-complete:frame'));
    push(out, 'cls-heatmap', await readCls(page));
    await heatmapInteractions(page, o.interactions, out);

    // Another edition: the previous one, else the next.
    const select = page.locator('label.picker', { hasText: 'Edition' }).locator('select');
    const options = await select
      .locator('option')
      .evaluateAll((els) => els.map((e) => (e as HTMLOptionElement).value));
    const current = await select.inputValue();
    const i = options.indexOf(current);
    const other = options[i > 0 ? i - 1 : i + 1];
    if (other !== undefined) {
      const after = await latestStart(page, 'edition-switch:frame');
      await select.selectOption(other);
      push(out, 'edition-switch', await waitMeasure(page, 'edition-switch', after));
      push(out, 'edition-switch:frame', await waitMeasure(page, 'edition-switch:frame', after));
    }
  } finally {
    await closePage(page);
  }
}

/**
 * Arrow moves and hovers on the grid of an open heatmap page (also used by the 500-row harness).
 * The page's measures run from each event's timestamp; a trace recorded meanwhile splits that
 * into the wait before the renderer handled the input and the work after (input-trace.ts).
 */
export async function heatmapInteractions(page: Page, count: number, out: Samples) {
  const browser = page.context().browser();
  if (!browser) throw new Error('no browser to trace the interactions');
  const grid = page.getByRole('grid');
  await grid.locator('[role=gridcell][tabindex="0"]').focus();
  const row = grid.locator('[role=row].hm-row').nth(3);
  await browser.startTracing(page, { categories: INPUT_TRACE_CATEGORIES });
  let trace: Buffer;
  try {
    for (let i = 0; i < count; i++) {
      const after = await latestStart(page, 'heatmap-move:frame');
      // Right along the first row, then down: every press moves.
      await page.keyboard.press(i % 2 === 0 ? 'ArrowRight' : 'ArrowDown');
      await waitMeasure(page, 'heatmap-move', after);
      push(out, 'heatmap-move:frame', await waitMeasure(page, 'heatmap-move:frame', after));
    }
    await row.scrollIntoViewIfNeeded();
    for (let i = 0; i < count; i++) {
      const box = await row
        .locator('[role=gridcell]')
        .nth(i * 2)
        .boundingBox();
      if (!box) throw new Error('a heatmap cell has no box');
      const after = await latestStart(page, 'heatmap-hover:frame');
      await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
      await waitMeasure(page, 'heatmap-hover', after);
      push(out, 'heatmap-hover:frame', await waitMeasure(page, 'heatmap-hover:frame', after));
    }
  } finally {
    trace = await browser.stopTracing();
  }
  const events = traceEvents(JSON.parse(trace.toString('utf8')));
  for (const kind of ['move', 'hover'] as const) {
    const found = inputLatencies(events, `statewise:heatmap-${kind}`);
    if (found.length !== count) {
      throw new Error(`the trace holds ${found.length} of ${count} heatmap ${kind}s`);
    }
    for (const l of found) {
      push(out, `heatmap-${kind}`, l.work);
      push(out, `heatmap-${kind}:wait`, l.wait);
    }
  }
}

async function runHeatmapEmbed(
  browser: Browser,
  s: TimingScenario,
  o: TimingOptions,
  out: Samples,
) {
  // The page's grid starts at the fold at 1280×900; the embed's has 23 rows in view.
  const page = await openPage(browser, o.throttle);
  try {
    await page.goto(s.origin + withParams('/embed/heatmap', s.params));
    push(out, 'embed-heatmap-render', await waitMeasure(page, 'heatmap-render'));
    push(out, 'embed-heatmap-render:frame', await waitMeasure(page, 'heatmap-render:frame'));
  } finally {
    await closePage(page);
  }
}

async function runCompare(browser: Browser, s: TimingScenario, o: TimingOptions, out: Samples) {
  const page = await openPage(browser, o.throttle);
  try {
    await page.goto(
      s.origin + withParams('/compare', { ...s.params, states: COMPARE_STATES.join('~') }),
    );
    push(out, 'compare-columns', await waitMeasure(page, 'compare-columns'));
  } finally {
    await closePage(page);
  }
}

/** Embeds whose chart replaces a skeleton: layout shift on load, at a desktop and a phone width. */
const CLS_EMBEDS: [TimingMetric, string][] = [
  ['cls-embed-compare', '/embed/compare'],
  ['cls-embed-compare', `/embed/compare?states=${COMPARE_STATES.slice(0, 3).join('~')}`],
  ['cls-embed-goal', '/embed/goals/2.9'],
];

async function runEmbeds(browser: Browser, s: TimingScenario, o: TimingOptions, out: Samples) {
  for (const [metric, url] of CLS_EMBEDS) {
    for (const viewport of [DESKTOP, PHONE]) {
      const page = await openPage(browser, o.throttle, viewport);
      try {
        await page.goto(s.origin + withParams(url, s.params));
        push(out, metric, await readCls(page));
      } finally {
        await closePage(page);
      }
    }
  }
}

/** All timings of one scenario at one throttling rate, `runs` page loads of each view. */
export async function measureTimings(
  browser: Browser,
  scenario: TimingScenario,
  options: TimingOptions,
  progress: () => void = () => {},
): Promise<TimingResult> {
  const samples: Samples = {};
  const errors: string[] = [];
  for (let run = 0; run < options.runs; run++) {
    for (const step of [runOverview, runHeatmap, runHeatmapEmbed, runCompare, runEmbeds]) {
      try {
        await step(browser, scenario, options, samples);
      } catch (e) {
        errors.push(`run ${run + 1}, ${step.name}: ${e instanceof Error ? e.message : e}`);
      }
      progress();
    }
  }
  return {
    scenario: scenario.name,
    throttle: options.throttle,
    runs: options.runs,
    metrics: Object.fromEntries(
      (Object.keys(TIMING_METRICS) as TimingMetric[]).map((m) => [m, summarize(samples[m] ?? [])]),
    ),
    errors: [...new Set(errors)],
  };
}

export interface HarnessResult {
  rows: number;
  throttle: number;
  runs: number;
  metrics: Partial<Record<TimingMetric, Summary | null>>;
  errors: string[];
}

/** The scale harness: the real grid over `rows` synthetic rows, render, moves and hovers. */
export async function measureHarness(
  browser: Browser,
  origin: string,
  rows: number,
  options: TimingOptions,
  progress: () => void = () => {},
): Promise<HarnessResult> {
  const samples: Samples = {};
  const errors: string[] = [];
  for (let run = 0; run < options.runs; run++) {
    const page = await openPage(browser, options.throttle);
    try {
      await page.goto(`${origin}/?rows=${rows}`);
      push(samples, 'heatmap-render', await waitMeasure(page, 'heatmap-render'));
      push(samples, 'heatmap-render:frame', await waitMeasure(page, 'heatmap-render:frame'));
      push(samples, 'heatmap-complete', await waitMeasure(page, 'heatmap-complete'));
      push(samples, 'heatmap-complete:frame', await waitMeasure(page, 'heatmap-complete:frame'));
      await heatmapInteractions(page, options.interactions, samples);
    } catch (e) {
      errors.push(`run ${run + 1}: ${e instanceof Error ? e.message : e}`);
    } finally {
      await closePage(page);
    }
    progress();
  }
  const keys: TimingMetric[] = [
    'heatmap-render',
    'heatmap-render:frame',
    'heatmap-complete',
    'heatmap-complete:frame',
    'heatmap-move',
    'heatmap-move:wait',
    'heatmap-move:frame',
    'heatmap-hover',
    'heatmap-hover:wait',
    'heatmap-hover:frame',
  ];
  return {
    rows,
    throttle: options.throttle,
    runs: options.runs,
    metrics: Object.fromEntries(keys.map((m) => [m, summarize(samples[m] ?? [])])),
    errors: [...new Set(errors)],
  };
}
