import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { resolve } from 'node:path';
import type { DataMeasure, RouteMeasure } from './budgets';
import { allPass, evaluateBudgets } from './budgets';
import { buildFloor } from './floor';
import { buildHarness } from './harness-build';
import {
  LIGHTHOUSE,
  LIGHTHOUSE_RUNS,
  runLighthouseMedian,
  type LighthouseResult,
} from './lighthouse';
import { distFiles, launchBrowser, loadUrl, toDataMeasure, toRouteMeasure } from './measure';
import { formatKb } from './sizes';
import { STRESS_EDITIONS, STRESS_LABEL, stressDist } from './stress-data';
import {
  budgetLines,
  dataTable,
  harnessTable,
  lighthouseTable,
  routeTable,
  timingTable,
} from './table';
import { evaluateTimingBudgets, TIMING_BUDGETS } from './timing-budgets';
import {
  COMPARE_STATES,
  measureHarness,
  measureTimings,
  TIMING_METRICS,
  type HarnessResult,
  type TimingResult,
  type TimingScenario,
} from './timings';

/**
 * The benchmark (README, "Performance"): bundle sizes per route and embed against a bare React
 * floor, first-view data, browser timings (the app's own performance measures, unthrottled and at
 * 4× CPU), the same on a ten-edition stress dataset and a 500-row harness, Lighthouse mobile, and
 * the budgets.
 * Usage: npm run bench [-- --quick] [-- --enforce] [-- --lighthouse-only[=name,name]]
 *   --quick    2 timing runs of the report data only; no stress data, harness or Lighthouse
 *   --enforce  exit 1 when a size budget fails (timing and Lighthouse budgets are only reported)
 *   --lighthouse-only  Lighthouse alone (all pages, or the named ones, e.g. compare-6-demo),
 *              printed, not written to bench/results.*: to compare one change before and after
 * BENCH_PORT (default 4388) and the next two ports are used by the preview servers.
 */
const PORT = Number(process.env.BENCH_PORT ?? 4388);
const ORIGIN = `http://localhost:${PORT}`;
const CHROME = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
// Compare with three and six states: New England and New York, where the report data holds
// Connecticut's evaluation and every state's reference facts (the demo has all six evaluated).
const COMPARE_3 = 'CT~MA~NY';
const COMPARE_6 = 'CT~MA~NY~RI~VT~NH';
const LIGHTHOUSE_PAGES: [string, string][] = [
  ['overview', '/'],
  ['heatmap', '/heatmap'],
  ['state', '/states/CT'],
  ['embed-heatmap', '/embed/heatmap'],
  ['compare-3', `/compare?states=${COMPARE_3}`],
  ['compare-6', `/compare?states=${COMPARE_6}`],
  ['compare-3-demo', `/compare?states=${COMPARE_3}&dataset=demo`],
  ['compare-6-demo', `/compare?states=${COMPARE_6}&dataset=demo`],
];
const HARNESS_ROWS = [51, 500];
const REPO = resolve(import.meta.dirname, '../..');
const ROUTES: [string, string][] = [
  ['overview', '/'],
  ['heatmap', '/heatmap'],
  ['scores', '/scores'],
  ['compare', '/compare'],
  ['goals', '/goals'],
  ['goal', '/goals/2.9'],
  ['grades', '/grades'],
  ['state', '/states/CT'],
  ['about', '/about'],
  ['embed-overview', '/embed/overview'],
  ['embed-heatmap', '/embed/heatmap'],
  ['embed-scores', '/embed/scores'],
  ['embed-compare', '/embed/compare'],
  ['embed-goal', '/embed/goals/2.9'],
  ['embed-grades', '/embed/grades'],
];
const DATA_VIEWS: [string, 'real' | 'demo', string][] = [
  ['overview', 'real', '/'],
  ['overview', 'demo', '/?dataset=demo'],
  ['heatmap', 'real', '/heatmap'],
  ['heatmap', 'demo', '/heatmap?dataset=demo'],
];

const args = process.argv.slice(2);
const enforce = args.includes('--enforce');
const lighthouseOnly = args.find(
  (a) => a === '--lighthouse-only' || a.startsWith('--lighthouse-only='),
);
const quick = args.includes('--quick'); // fewer timings, no scale or Lighthouse; sizes the same
const RUNS = quick ? 2 : 5;
const INTERACTIONS = quick ? 3 : 8;
const THROTTLES = [1, TIMING_BUDGETS.throttle];

async function main() {
  if (!existsSync(resolve(REPO, 'public/data/manifest.json'))) {
    throw new Error('public/data/ is missing: run `npm run data` first');
  }
  if (lighthouseOnly !== undefined) return lighthouseAlone(lighthouseOnly);
  console.log('== building the app (vite build)');
  execFileSync('npx', ['vite', 'build', '--logLevel', 'warn'], { cwd: REPO, stdio: 'inherit' });
  console.log('== building the floor (bare Vite + React 19 hello world)');
  const floor = buildFloor(REPO);
  console.log(`floor JS: ${formatKb(floor.js.gzip)} gzipped, ${formatKb(floor.js.raw)} raw`);

  console.log(`== measuring in Chromium (vite preview on ${PORT})`);
  const stopServer = await preview(PORT);
  const routes: RouteMeasure[] = [];
  const data: DataMeasure[] = [];
  const missing = new Set<string>();
  const timings: TimingResult[] = [];
  const harness: HarnessResult[] = [];
  const lighthouse: { name: string; result: LighthouseResult }[] = [];
  const started = Date.now();
  try {
    const browser = await launchBrowser();
    try {
      const lookup = distFiles(resolve(REPO, 'dist'));
      for (const [name, url] of ROUTES) {
        const loaded = await loadUrl(browser, ORIGIN, url, lookup);
        loaded.missing.forEach((m) => missing.add(m));
        routes.push(toRouteMeasure(name, url, loaded));
        process.stdout.write('.');
      }
      for (const [view, dataset, url] of DATA_VIEWS) {
        const loaded = await loadUrl(browser, ORIGIN, url, lookup);
        loaded.missing.forEach((m) => missing.add(m));
        data.push(toDataMeasure(view, dataset, url, loaded));
        process.stdout.write('.');
      }
      process.stdout.write('\n');

      const scenarios: TimingScenario[] = [
        { name: 'real', label: 'report data (the default view)', origin: ORIGIN, params: {} },
      ];
      if (!quick) {
        scenarios.push({
          name: 'demo',
          label: 'synthetic demo data, 3 editions',
          origin: ORIGIN,
          params: { dataset: 'demo' },
        });
      }
      await timeScenarios(browser, scenarios, timings);

      if (!quick) {
        console.log(`== stress dataset (${STRESS_LABEL}) on ${PORT + 1}`);
        const stressDir = stressDist(REPO, resolve(REPO, 'dist'));
        const stopStress = await preview(PORT + 1, stressDir);
        try {
          await timeScenarios(
            browser,
            [
              {
                name: 'stress',
                label: `synthetic demo data, ${STRESS_EDITIONS.length} editions`,
                origin: `http://localhost:${PORT + 1}`,
                params: { dataset: 'demo' },
              },
            ],
            timings,
          );
        } finally {
          stopStress();
          rmSync(resolve(stressDir, '..'), { recursive: true, force: true });
        }

        console.log(
          `== scale harness (${HARNESS_ROWS.join(' and ')} synthetic rows) on ${PORT + 2}`,
        );
        const harnessDir = await buildHarness(REPO);
        const stopHarness = await preview(PORT + 2, harnessDir);
        try {
          for (const throttle of THROTTLES) {
            for (const rows of HARNESS_ROWS) {
              const r = await measureHarness(
                browser,
                `http://localhost:${PORT + 2}`,
                rows,
                { runs: RUNS, interactions: INTERACTIONS, throttle },
                dot,
              );
              harness.push(r);
              r.errors.forEach((e) => console.log(`\n  harness ${rows} rows ${throttle}×: ${e}`));
            }
          }
          process.stdout.write('\n');
        } finally {
          stopHarness();
          rmSync(resolve(harnessDir, '..'), { recursive: true, force: true });
        }
      }
    } finally {
      await browser.close();
    }

    if (!quick) {
      console.log(
        `== Lighthouse (${LIGHTHOUSE}, mobile), ${LIGHTHOUSE_RUNS} runs per page, the median kept`,
      );
      for (const [name, url] of LIGHTHOUSE_PAGES) {
        const result = await runLighthouseMedian(ORIGIN + url, CHROME);
        lighthouse.push({ name, result });
        const range = result.performanceRange
          ? ` (${result.performanceRange.min}–${result.performanceRange.max})`
          : '';
        console.log(
          `  ${name}: ${result.performance === null ? `failed: ${result.error ?? 'no score'}` : `performance ${result.performance}${range}, accessibility ${result.accessibility}`}`,
        );
      }
    }
  } finally {
    stopServer();
  }

  const budgets = evaluateBudgets(routes, data, floor.js.gzip);
  const timingBudgets = evaluateTimingBudgets(timings, lighthouse);
  const seconds = Math.round((Date.now() - started) / 1000);
  const machine = `${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}, ${Math.round(totalmem() / 2 ** 30)} GB, ${process.platform}`;
  const results = {
    date: new Date().toISOString(),
    node: process.version,
    machine,
    quick,
    method: {
      sizes:
        'gzip level 9 (node:zlib) of the files in dist/; raw = bytes on disk; 1 KB = 1000 bytes',
      criticalPath:
        'JS/CSS whose Resource Timing startTime precedes the first appearance of the main content ' +
        `(${'`'}main h1, main h2${'`'}; in embeds the chart svg/table) in the DOM; "later" = requested after, until network idle. ` +
        'No interactions yet.',
      data: 'JSON under /data/ fetched until network idle on first load',
      timings:
        `Chromium ${'(Playwright)'}, 1280×900, a fresh browser context per page load (nothing cached); ` +
        `CPU throttling by CDP Emulation.setCPUThrottlingRate. ${RUNS} page loads of each view per ` +
        `scenario and rate; ${INTERACTIONS} keyboard moves and ${INTERACTIONS} hovers per heatmap load. ` +
        'Figures are the app’s own performance measures (src/components/perf-marks.ts, read with ' +
        "performance.getEntriesByType('measure')): median (min–max) over all samples. A plain name is " +
        'the work up to the update committed with style and layout done; ":frame" runs to just after ' +
        'the next frame was painted (it includes the wait for that frame). CLS: layout-shift entries ' +
        '(PerformanceObserver, buffered), largest session window, after network idle + 0.5 s.',
      scale: `stress: the demo generator over ${STRESS_EDITIONS.length} editions (${STRESS_EDITIONS[0]}–${STRESS_EDITIONS.at(-1)}), built by the real data build into a copy of dist/ (never committed); harness: the real HeatmapGrid over N synthetic rows × 40 goals (bench/harness)`,
      lighthouse:
        `${LIGHTHOUSE} via npx, --form-factor=mobile (default mobile emulation and simulated throttling), ` +
        `${LIGHTHOUSE_RUNS} runs per page against vite preview, one after another; the table shows the ` +
        'median run by performance score with that run’s own other figures (accessibility, LCP, TBT, CLS), ' +
        'and the lowest–highest performance score of the runs',
    },
    timingMetrics: TIMING_METRICS,
    compareStates: COMPARE_STATES,
    floor: { js: floor.js, files: floor.files },
    routes,
    data,
    budgets,
    timings,
    harness,
    lighthouse,
    timingBudgets,
    seconds,
    missingFromDist: [...missing],
  };
  const table = [
    `Floor (bare Vite + React 19 hello world) JS: ${formatKb(floor.js.gzip)} gzipped (${formatKb(floor.js.raw)} raw)`,
    '',
    '### Bundle per route (gzipped, raw in brackets)',
    '',
    routeTable(routes, floor.js.gzip),
    '',
    '### First-view data',
    '',
    dataTable(data),
    '',
    '### Size budgets (enforced with --enforce)',
    '',
    '```',
    budgetLines(budgets),
    '```',
    '',
    ...THROTTLES.flatMap((t) => [
      `### Timings, ${t === 1 ? 'unthrottled' : `${t}× CPU throttling`}`,
      '',
      timingTable(timings, t),
      '',
    ]),
    ...(harness.length
      ? THROTTLES.flatMap((t) => [
          `### Scale harness: heatmap grid, 51 vs 500 synthetic rows, ${t === 1 ? 'unthrottled' : `${t}× CPU`}`,
          '',
          harnessTable(harness, t),
          '',
        ])
      : []),
    ...(lighthouse.length
      ? [
          `### Lighthouse (${LIGHTHOUSE}, mobile)`,
          '',
          `${results.method.lighthouse}.`,
          '',
          lighthouseTable(lighthouse),
          '',
        ]
      : []),
    '### Timing and Lighthouse budgets (reported, never enforced)',
    '',
    '```',
    budgetLines(timingBudgets),
    '```',
    ...[...timings, ...harness].flatMap((t) => t.errors.map((e) => `\n- error: ${e}`)),
  ].join('\n');
  mkdirSync(resolve(REPO, 'bench'), { recursive: true });
  writeFileSync(resolve(REPO, 'bench/results.json'), `${JSON.stringify(results, null, 2)}\n`);
  writeFileSync(
    resolve(REPO, 'bench/results.md'),
    `# Benchmark results\n\n${results.date}, Node ${results.node}, ${machine}. Written by \`npm run bench${quick ? ' -- --quick' : ''}\` in ${seconds} s of measuring.\n\n` +
      `Critical path: ${results.method.criticalPath}\n\nTimings: ${results.method.timings}\n\n` +
      (quick ? '' : `Scale: ${results.method.scale}.\n\n`) +
      `${table}\n` +
      (routes.some((r) => !r.contentSeen)
        ? '\n\\* main content never appeared: everything counted as critical.\n'
        : ''),
  );
  console.log(`\n${table}\n`);
  if (missing.size > 0) console.log(`not found in dist/: ${[...missing].join(', ')}`);
  console.log('wrote bench/results.json and bench/results.md');
  if (enforce && !allPass(budgets)) {
    console.error('a size budget failed (--enforce)');
    process.exitCode = 1;
  }
}

/** `--lighthouse-only[=a,b]`: build, serve, run Lighthouse on the pages named (or all), print. */
async function lighthouseAlone(flag: string) {
  const names = flag.includes('=') ? flag.slice(flag.indexOf('=') + 1).split(',') : [];
  const pages = LIGHTHOUSE_PAGES.filter(([name]) => names.length === 0 || names.includes(name));
  const unknown = names.filter((n) => !LIGHTHOUSE_PAGES.some(([name]) => name === n));
  if (unknown.length > 0 || pages.length === 0) {
    throw new Error(
      `unknown Lighthouse page ${unknown.join(', ')}; known: ${LIGHTHOUSE_PAGES.map(([n]) => n).join(', ')}`,
    );
  }
  console.log('== building the app (vite build)');
  execFileSync('npx', ['vite', 'build', '--logLevel', 'warn'], { cwd: REPO, stdio: 'inherit' });
  const stopServer = await preview(PORT);
  const lighthouse: { name: string; result: LighthouseResult }[] = [];
  try {
    console.log(`== Lighthouse (${LIGHTHOUSE}, mobile), ${LIGHTHOUSE_RUNS} runs per page`);
    for (const [name, url] of pages) {
      lighthouse.push({ name, result: await runLighthouseMedian(ORIGIN + url, CHROME) });
      process.stdout.write('.');
    }
  } finally {
    stopServer();
  }
  const machine = `${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}, load average ${loadavg()
    .map((l) => l.toFixed(2))
    .join(' ')}`;
  console.log(`\n${new Date().toISOString()}, ${machine}\n\n${lighthouseTable(lighthouse)}`);
}

function dot() {
  process.stdout.write('.');
}

async function timeScenarios(
  browser: Awaited<ReturnType<typeof launchBrowser>>,
  scenarios: readonly TimingScenario[],
  into: TimingResult[],
) {
  for (const scenario of scenarios) {
    for (const throttle of THROTTLES) {
      process.stdout.write(`timings: ${scenario.name}, ${throttle}× CPU `);
      const r = await measureTimings(
        browser,
        scenario,
        { runs: RUNS, interactions: INTERACTIONS, throttle },
        dot,
      );
      process.stdout.write('\n');
      r.errors.forEach((e) => console.log(`  error: ${e}`));
      into.push(r);
    }
  }
}

/** Starts `vite preview` (of dist/, or of `outDir`) on `port`; returns a function that stops it. */
async function preview(port: number, outDir?: string): Promise<() => void> {
  const server = spawn(
    'npx',
    [
      'vite',
      'preview',
      '--port',
      String(port),
      '--strictPort',
      ...(outDir ? ['--outDir', outDir] : []),
    ],
    {
      cwd: REPO,
      stdio: 'ignore',
      detached: true, // its own process group, so that stopping it also stops the node child of npx
    },
  );
  const stop = () => {
    if (server.pid !== undefined) {
      try {
        process.kill(-server.pid, 'SIGTERM');
      } catch {
        // already gone
      }
    }
  };
  try {
    await waitForServer(`http://localhost:${port}/`);
  } catch (e) {
    stop();
    throw e;
  }
  return stop;
}

async function waitForServer(url: string) {
  for (let i = 0; i < 100; i++) {
    try {
      const r = await fetch(url);
      if (r.ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`the preview server did not start at ${url}`);
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(2);
});
