import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, normalize } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, openAndSettle, resizeTo, test } from './fixtures';

/*
 * Hostile data through the real build: tests/fixtures/hostile holds an evaluation whose
 * texts carry script tags, inline handlers, `javascript:` strings where links and statutes go,
 * markdown-style links and a 5,000-character unbroken string. It is built with the real data build
 * and served to the built app in place of its own data. On every view that shows those texts:
 * the markup reads as literal text, nothing runs, no link leads to `javascript:`, and the layout
 * holds at desktop and phone widths (the long string wraps inside its panel).
 */

let work = '';
let out = '';

test.beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'hostile-data-'));
  const data = join(work, 'data');
  out = join(work, 'out');
  cpSync('tests/fixtures/hostile', data, { recursive: true });
  cpSync('data/frameworks', join(data, 'frameworks'), { recursive: true });
  const build = spawnSync(
    'npx',
    ['tsx', 'scripts/data-build/cli.ts', '--data', data, '--out', out],
    { encoding: 'utf8' },
  );
  expect(build.status, `${build.stdout}\n${build.stderr}`).toBe(0);
});

test.afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

/** Serves the hostile build's files for /data/…; a file it lacks is a 404, as on the server. */
async function serveHostileData(page: Page) {
  await page.route('**/data/**', async (route) => {
    const { pathname } = new URL(route.request().url());
    const relative = normalize(decodeURIComponent(pathname.replace(/^\/data\//, '')));
    const file = join(out, relative);
    if (relative.startsWith('..') || !existsSync(file)) {
      await route.fulfill({ status: 404, body: 'Not found' });
      return;
    }
    await route.fulfill({ contentType: 'application/json', body: readFileSync(file) });
  });
}

const SCRIPT_TEXT = '<script>window.__pwned=1</script>';

/** Nothing ran and nothing could: no flag, no dialog, no handler attribute, no script link. */
async function expectInert(page: Page, dialogs: string[]) {
  const found = await page.evaluate(() => {
    const problems: string[] = [];
    if ((window as { __pwned?: unknown }).__pwned !== undefined) problems.push('flag set');
    for (const el of document.querySelectorAll('*')) {
      for (const attr of el.attributes) {
        if (/^on/i.test(attr.name)) problems.push(`${el.tagName} ${attr.name}`);
        if (
          ['href', 'src', 'action', 'formaction', 'xlink:href'].includes(attr.name) &&
          /^\s*(javascript|data|vbscript):/i.test(attr.value)
        ) {
          problems.push(`${el.tagName} ${attr.name}=${attr.value}`);
        }
      }
    }
    // Elements a payload would add; the app's own module script has a same-origin src.
    for (const el of document.querySelectorAll('script, iframe, object, embed, img[src="x"]')) {
      const src = el.getAttribute('src') ?? '';
      if (!(el.tagName === 'SCRIPT' && src.startsWith('/assets/'))) {
        problems.push(el.outerHTML.slice(0, 80));
      }
    }
    return problems;
  });
  expect(found).toEqual([]);
  expect(dialogs).toEqual([]);
}

/**
 * No sideways scroll, and every shown copy of the 5,000-character string ends inside the viewport
 * and inside the box of the element that holds it (measured on the text itself, not its box).
 */
async function expectLayoutHolds(page: Page, width: number) {
  const measured = await page.evaluate(() => {
    const texts: { right: number; boxRight: number }[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (!node.textContent?.includes('LONGEND')) continue;
      const range = document.createRange();
      range.selectNodeContents(node);
      const rect = range.getBoundingClientRect();
      if (rect.width === 0) continue; // collapsed (a closed details) or hidden
      const box = node.parentElement!.getBoundingClientRect();
      texts.push({ right: Math.round(rect.right), boxRight: Math.round(box.right) });
    }
    return { scrollWidth: document.documentElement.scrollWidth, texts };
  });
  expect(measured.scrollWidth, 'page width').toBeLessThanOrEqual(width);
  for (const t of measured.texts) {
    expect(t.right, 'long text inside the viewport').toBeLessThanOrEqual(width);
    expect(t.right, 'long text inside its box').toBeLessThanOrEqual(t.boxRight + 1);
  }
  return measured.texts.length;
}

function watchDialogs(page: Page): string[] {
  const dialogs: string[] = [];
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  return dialogs;
}

const WIDTHS = [1280, 390];

/**
 * Runs `check` at each width on one load: opened at the first, resized to the next (the layout is
 * CSS and media queries, which follow the viewport live). A step each.
 */
async function atEveryWidth(page: Page, check: (width: number) => Promise<void>): Promise<void> {
  for (const [i, width] of WIDTHS.entries()) {
    await test.step(`at ${width} px`, async () => {
      if (i > 0) await resizeTo(page, { width, height: 900 });
      await check(width);
    });
  }
}

test.describe('at 1280 and 390 px', () => {
  test.use({ viewport: { width: WIDTHS[0]!, height: 900 } });

  test('the state report shows hostile texts as text and keeps its layout', async ({ page }) => {
    const dialogs = watchDialogs(page);
    await serveHostileData(page);
    await openAndSettle(page, '/states/CT?year=2022');
    await atEveryWidth(page, async (width) => {
      await expect(page.getByRole('navigation', { name: 'Contents' })).toBeVisible();
      const goal = page.locator('[id="goal-1.1"]');
      await expect(goal).toContainText(
        '<img src=x onerror="window.__pwned=1"> Markdown-ish [a link](javascript:window.__pwned=1)',
      );
      await expect(goal).toContainText('<a href="javascript:window.__pwned=1">an anchor</a>');
      await expect(page.locator('[id="goal-2.9"]')).toContainText(`${SCRIPT_TEXT} quoted`);
      await expect(page.getByText('javascript:window.__pwned=1').first()).toBeAttached();
      await expectInert(page, dialogs);
      expect(await expectLayoutHolds(page, width)).toBeGreaterThan(0);
    });
  });

  test('the heatmap cell panel shows hostile texts as text', async ({ page }) => {
    const dialogs = watchDialogs(page);
    await serveHostileData(page);
    await openAndSettle(page, '/heatmap?year=2022');
    const cell = page.getByRole('gridcell', { name: /^Connecticut, goal 1\.1 / });
    const panel = page.getByRole('dialog', { name: 'Connecticut · goal 1.1' });
    await atEveryWidth(page, async (width) => {
      // Opened afresh at each width (the panel places itself by the room it has on opening), and
      // by keyboard: at phone width a mouse hover swaps the grid's hint for a shorter readout,
      // which moves the grid under the pointer before the click lands (noted for the lead).
      if (await panel.isVisible()) {
        await page.keyboard.press('Escape');
        await expect(panel).toHaveCount(0);
      }
      await cell.focus();
      await page.keyboard.press('Enter');
      await expect(panel).toBeVisible();
      await expect(panel).toContainText(SCRIPT_TEXT);
      await expectInert(page, dialogs);
      expect(await expectLayoutHolds(page, width)).toBeGreaterThan(0);
    });
  });

  test('compare shows hostile texts as text in the state’s column', async ({ page }) => {
    const dialogs = watchDialogs(page);
    await serveHostileData(page);
    await openAndSettle(page, '/compare?year=2022&states=CT~MA');
    await atEveryWidth(page, async (width) => {
      // A table on wide screens, cards on phones: the text is in the main content either way.
      await expect(page.getByRole('main')).toContainText(
        `${SCRIPT_TEXT} Hostile summary of goal 1.1`,
      );
      await expectInert(page, dialogs);
      await expectLayoutHolds(page, width);
    });
  });

  test('the goal page keeps hostile data inert', async ({ page }) => {
    const dialogs = watchDialogs(page);
    await serveHostileData(page);
    await openAndSettle(page, '/goals/2.9?year=2022');
    await atEveryWidth(page, async (width) => {
      await expect(page.getByRole('heading', { level: 1 })).toContainText('2.9');
      await page.waitForLoadState('networkidle');
      await expectInert(page, dialogs);
      await expectLayoutHolds(page, width);
    });
  });
});
