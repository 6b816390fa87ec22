import { spawn } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { chromium } from '@playwright/test';

/**
 * Screenshots of every view, as a user sees them: desktop and 390 px wide, light and dark.
 * `npm run screenshots` (after `npm run build`) writes them to docs/screenshots/.
 * Usage: tsx scripts/screenshots.ts [--only name,name] [--out dir] [--port n]
 */
const VIEWS: [string, string][] = [
  ['overview', '/'],
  ['overview-demo', '/?dataset=demo'],
  ['heatmap', '/heatmap?dataset=demo'],
  ['heatmap-real', '/heatmap'],
  ['scores', '/scores?dataset=demo'],
  ['compare', '/compare?states=CT~MA~NY&dataset=demo'],
  ['goal-2.9', '/goals/2.9'],
  ['state-ct', '/states/CT'],
  ['about', '/about'],
];
const SIZES = [
  { name: 'desktop', width: 1280, height: 900 },
  { name: 'phone', width: 390, height: 844 },
] as const;
const THEMES = ['light', 'dark'] as const;

const args = process.argv.slice(2);
const only = args.includes('--only') ? args[args.indexOf('--only') + 1]!.split(',') : null;
const out = args.includes('--out') ? args[args.indexOf('--out') + 1]! : 'docs/screenshots';
// Its own port, so that screenshots can be taken while tests serve the app elsewhere.
const PORT = args.includes('--port') ? Number(args[args.indexOf('--port') + 1]) : 4399;

async function main() {
  mkdirSync(out, { recursive: true });
  const server = spawn('npx', ['vite', 'preview', '--port', String(PORT), '--strictPort'], {
    stdio: 'ignore',
  });
  try {
    await waitForServer(`http://localhost:${PORT}/`);
    const browser = await chromium.launch({
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-sync'],
    });
    for (const [name, url] of VIEWS) {
      if (only && !only.includes(name)) continue;
      for (const size of SIZES) {
        for (const theme of THEMES) {
          const page = await browser.newPage({
            viewport: { width: size.width, height: size.height },
            colorScheme: theme,
            deviceScaleFactor: 1,
          });
          await page.goto(`http://localhost:${PORT}${url}`);
          await page.waitForLoadState('networkidle');
          await page.waitForTimeout(300);
          const file = `${out}/${name}-${size.name}-${theme}.png`;
          await page.screenshot({ path: file, fullPage: size.name === 'desktop' ? false : false });
          console.log(file);
          await page.close();
        }
      }
    }
    await browser.close();
  } finally {
    server.kill();
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

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
