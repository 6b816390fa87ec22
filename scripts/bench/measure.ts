import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import type { Browser } from '@playwright/test';
import type { DataMeasure, RouteMeasure } from './budgets';
import { isRechartsChunk, kindOf, sizeOf, sumKind } from './sizes';
import type { Resource } from './sizes';

/** The view's main content: the page heading in the app, the chart or table in an embed. */
export const CONTENT_SELECTOR =
  'main h1, main h2, .embed__main svg, .embed__main table, .embed__main h1';

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-sync'],
  });
}

/** Reads sizes of files in dist/ (cached). */
export function distFiles(dist: string) {
  const cache = new Map<string, Resource | null>();
  return (path: string): Resource | null => {
    const clean = decodeURIComponent(path.split(/[?#]/)[0] ?? '');
    if (cache.has(clean)) return cache.get(clean)!;
    const file = join(dist, clean);
    let res: Resource | null = null;
    if (clean.startsWith('/') && existsSync(file)) {
      const buf = readFileSync(file);
      const kind = kindOf(clean);
      let sources: string[] | undefined;
      if (kind === 'js' && existsSync(`${file}.map`)) {
        sources = (JSON.parse(readFileSync(`${file}.map`, 'utf8')) as { sources?: string[] })
          .sources;
      }
      res = {
        path: clean,
        kind,
        ...sizeOf(buf),
        recharts: kind === 'js' && isRechartsChunk(clean, buf.toString('utf8'), sources),
      };
    }
    cache.set(clean, res);
    return res;
  };
}

interface Loaded {
  critical: Resource[];
  later: Resource[];
  contentSeen: boolean;
  missing: string[];
}

/**
 * Opens a URL and splits its JS/CSS/JSON by the browser's own clock (Resource Timing): requested
 * before the main content first appeared in the DOM (critical path), or after it, until network idle.
 */
export async function loadUrl(
  browser: Browser,
  origin: string,
  url: string,
  lookup: (path: string) => Resource | null,
): Promise<Loaded> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  // A string, not a function: tsx would wrap named functions in a helper the page lacks.
  await page.addInitScript(`{
    const selector = ${JSON.stringify(CONTENT_SELECTOR)};
    const observer = new MutationObserver(() => {
      if (window.__benchContentAt === undefined && document.querySelector(selector)) {
        window.__benchContentAt = performance.now();
        observer.disconnect();
      }
    });
    observer.observe(document, { childList: true, subtree: true });
  }`);
  await page.goto(origin + url);
  let contentSeen = true;
  try {
    await page.waitForSelector(CONTENT_SELECTOR, { state: 'visible', timeout: 20_000 });
  } catch {
    contentSeen = false;
  }
  await page.waitForLoadState('networkidle');
  const { contentAt, entries } = await page.evaluate(() => ({
    contentAt: (window as unknown as { __benchContentAt?: number }).__benchContentAt ?? null,
    entries: performance
      .getEntriesByType('resource')
      .map((e) => ({ name: e.name, start: e.startTime })),
  }));
  await page.close();
  const cut = contentSeen && contentAt !== null ? contentAt : Infinity;
  const missing: string[] = [];
  const critical: Resource[] = [];
  const later: Resource[] = [];
  for (const e of entries) {
    const u = new URL(e.name);
    if (u.origin !== origin || kindOf(u.pathname) === 'other') continue;
    const r = lookup(u.pathname);
    if (!r) missing.push(u.pathname);
    else (e.start < cut ? critical : later).push(r);
  }
  return { critical, later, contentSeen: contentSeen && contentAt !== null, missing };
}

export function toRouteMeasure(name: string, url: string, loaded: Loaded): RouteMeasure {
  return {
    name,
    url,
    embed: url.startsWith('/embed/'),
    critical: { js: sumKind(loaded.critical, 'js'), css: sumKind(loaded.critical, 'css') },
    later: { js: sumKind(loaded.later, 'js'), css: sumKind(loaded.later, 'css') },
    criticalRecharts: [...new Set(loaded.critical.filter((r) => r.recharts).map((r) => r.path))],
    contentSeen: loaded.contentSeen,
  };
}

export function toDataMeasure(
  view: string,
  dataset: 'real' | 'demo',
  url: string,
  loaded: Loaded,
): DataMeasure {
  const json = [...loaded.critical, ...loaded.later].filter(
    (r) => r.kind === 'json' && r.path.startsWith('/data/'),
  );
  return {
    view,
    dataset,
    url,
    data: sumKind(json, 'json'),
    files: [...new Set(json.map((r) => r.path))],
  };
}
