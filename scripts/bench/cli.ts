import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { resolve } from 'node:path';
import type { DataMeasure, RouteMeasure } from './budgets';
import { allPass, evaluateBudgets } from './budgets';
import { buildFloor } from './floor';
import { distFiles, launchBrowser, loadUrl, toDataMeasure, toRouteMeasure } from './measure';
import { formatKb } from './sizes';
import { budgetLines, dataTable, routeTable } from './table';

/**
 * The benchmark (issue 6), first part: bundle sizes per route and embed against a bare React floor,
 * first-view data, and the size budgets. Usage: npm run bench [-- --quick] [-- --enforce]
 */
const PORT = 4388;
const ORIGIN = `http://localhost:${PORT}`;
const REPO = resolve(import.meta.dirname, '../..');
const ROUTES: [string, string][] = [
  ['overview', '/'],
  ['heatmap', '/heatmap'],
  ['scores', '/scores'],
  ['compare', '/compare'],
  ['goal', '/goals/2.9'],
  ['state', '/states/CT'],
  ['about', '/about'],
  ['embed-overview', '/embed/overview'],
  ['embed-heatmap', '/embed/heatmap'],
  ['embed-scores', '/embed/scores'],
  ['embed-compare', '/embed/compare'],
  ['embed-goal', '/embed/goals/2.9'],
];
const DATA_VIEWS: [string, 'real' | 'demo', string][] = [
  ['overview', 'real', '/'],
  ['overview', 'demo', '/?dataset=demo'],
  ['heatmap', 'real', '/heatmap'],
  ['heatmap', 'demo', '/heatmap?dataset=demo'],
];

const args = process.argv.slice(2);
const enforce = args.includes('--enforce');
const quick = args.includes('--quick'); // accepted; the size measures are the same either way

async function main() {
  if (!existsSync(resolve(REPO, 'public/data/manifest.json'))) {
    throw new Error('public/data/ is missing: run `npm run data` first');
  }
  console.log('== building the app (vite build)');
  execFileSync('npx', ['vite', 'build', '--logLevel', 'warn'], { cwd: REPO, stdio: 'inherit' });
  console.log('== building the floor (bare Vite + React 19 hello world)');
  const floor = buildFloor(REPO);
  console.log(`floor JS: ${formatKb(floor.js.gzip)} gzipped, ${formatKb(floor.js.raw)} raw`);

  console.log(`== measuring in Chromium (vite preview on ${PORT})`);
  const server = spawn('npx', ['vite', 'preview', '--port', String(PORT), '--strictPort'], {
    cwd: REPO,
    stdio: 'ignore',
    detached: true, // its own process group, so that stopping it also stops the node child of npx
  });
  const routes: RouteMeasure[] = [];
  const data: DataMeasure[] = [];
  const missing = new Set<string>();
  try {
    await waitForServer(`${ORIGIN}/`);
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
    } finally {
      await browser.close();
    }
  } finally {
    if (server.pid !== undefined) process.kill(-server.pid, 'SIGTERM');
  }

  const budgets = evaluateBudgets(routes, data, floor.js.gzip);
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
    },
    floor: { js: floor.js, files: floor.files },
    routes,
    data,
    budgets,
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
    '### Size budgets',
    '',
    '```',
    budgetLines(budgets),
    '```',
  ].join('\n');
  mkdirSync(resolve(REPO, 'bench'), { recursive: true });
  writeFileSync(resolve(REPO, 'bench/results.json'), `${JSON.stringify(results, null, 2)}\n`);
  writeFileSync(
    resolve(REPO, 'bench/results.md'),
    `# Benchmark results\n\n${results.date}, Node ${results.node}, ${machine}. Written by \`npm run bench\`.\n\n` +
      `Critical path: ${results.method.criticalPath}\n\n${table}\n` +
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
