import AxeBuilder from '@axe-core/playwright';
import type { Browser, BrowserContext, Page } from '@playwright/test';
import { expect, openAndSettle, test } from './fixtures';

/** What a reader sees of a heatmap: heading, edition, data, and the first rows after filters. */
async function heatmapView(page: Page) {
  const grid = page.getByRole('grid');
  const rows = grid.getByRole('rowheader');
  await expect(rows.first()).toBeVisible();
  // Rows are drawn a few at a time after the first paint: wait for all the grid says it has.
  const total = Number(await grid.getAttribute('aria-rowcount')) - 2;
  await expect(rows).toHaveCount(total);
  return {
    heading: await page.getByRole('heading', { level: 1 }).textContent(),
    chart: await page.locator('.chart-frame__subtitle').first().textContent(),
    edition: await page.getByRole('combobox', { name: 'Edition' }).inputValue(),
    data: await page.getByRole('combobox', { name: 'Data' }).inputValue(),
    count: await page.getByText(/^Showing \d+ of \d+ states/).textContent(),
    firstRows: (await rows.allTextContents()).slice(0, 8),
  };
}

/** A fresh browser context: no history, storage or clipboard shared with the sharer. */
async function freshPage(
  browser: Browser,
  baseURL: string | undefined,
): Promise<{
  context: BrowserContext;
  page: Page;
  errors: string[];
}> {
  const context = await browser.newContext(baseURL ? { baseURL } : {});
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(e.message));
  return { context, page, errors };
}

/**
 * The data as it may be one day: the report data's 2023 edition with an evaluated state, which
 * makes 2023 the default edition. Old links must not follow it.
 */
async function withNewerDefaultEdition(page: Page) {
  await page.route('**/data/manifest.json', async (route) => {
    const response = await route.fetch();
    const manifest = (await response.json()) as {
      datasets: { id: string; editions: { year: number; evaluatedStates: number }[] }[];
    };
    const edition = manifest.datasets
      .find((d) => d.id === 'real')!
      .editions.find((e) => e.year === 2023)!;
    edition.evaluatedStates = 1;
    await route.fulfill({ response, json: manifest });
  });
}

test('a shared link opened in a fresh browser shows the same view', async ({
  page,
  context,
  browser,
  baseURL,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  // Defaults left to the app: the edition (2023 for demo data) and the order (by score).
  await openAndSettle(page, '/heatmap?dataset=demo&issues=2~4&status=meets~partial');
  await page.getByRole('button', { name: 'Northeast' }).click();
  await expect(page).toHaveURL(/states=/);
  const shown = await heatmapView(page);

  await page.getByRole('button', { name: 'Share a link to this view' }).click();
  await expect(page.getByText('Link copied')).toBeVisible();
  const field = page.getByRole('textbox', { name: /Link to this view/ });
  const link = await field.inputValue();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(link);
  const url = new URL(link);
  expect(url.pathname).toBe('/heatmap');
  expect(url.searchParams.get('v')).toBe('1');
  expect(url.searchParams.get('dataset')).toBe('demo');
  expect(url.searchParams.get('year')).toBe(shown.edition);
  expect(url.searchParams.get('sort')).toBe('score');
  expect(url.searchParams.get('issues')).toBe('2~4');
  expect(url.searchParams.get('status')).toBe('meets~partial');
  // Everything the address bar held, as it held it.
  const address = new URL(page.url()).searchParams;
  for (const [key, value] of address) expect(url.searchParams.get(key), key).toBe(value);
  expect(url.searchParams.get('states')?.split('~')).toHaveLength(9);
  expect(link).not.toMatch(/[%{}"]/);

  const fresh = await freshPage(browser, baseURL);
  await fresh.page.goto(link);
  await expect(fresh.page.getByRole('combobox', { name: 'Edition' })).toBeVisible();
  await expect(fresh.page).toHaveURL(link);
  expect(await heatmapView(fresh.page)).toEqual(shown);
  // Reloading does not change it.
  await fresh.page.reload();
  await expect(fresh.page).toHaveURL(link);
  expect(await heatmapView(fresh.page)).toEqual(shown);
  expect(fresh.errors).toEqual([]);
  await fresh.context.close();
});

test('a shared link keeps its edition when the default edition changes', async ({
  browser,
  baseURL,
}) => {
  const link = '/heatmap?v=1&dataset=real&year=2022&states=CT~MA~NY&sort=score';
  const fresh = await freshPage(browser, baseURL);
  await withNewerDefaultEdition(fresh.page);
  await openAndSettle(fresh.page, link);
  await expect(fresh.page.getByRole('combobox', { name: 'Edition' })).toHaveValue('2022');
  await expect(fresh.page).toHaveURL(link);
  await expect(fresh.page.getByRole('grid').getByRole('rowheader').first()).toHaveText(
    /Connecticut/,
  );
  expect(fresh.errors).toEqual([]);
  await fresh.context.close();
});

test('a link in the old format (no v) opens the right view with its edition pinned', async ({
  page,
}) => {
  const old = '/heatmap?states=CT~MA~NY&status=meets~partial';
  // Today the old defaults are the current ones: the link opens as it always did.
  await openAndSettle(page, old);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Heatmap');
  await expect(page.getByRole('combobox', { name: 'Edition' })).toHaveValue('2022');
  const today = await heatmapView(page);
  expect(today.firstRows[0]).toMatch(/^Connecticut/);

  // Once a newer edition becomes the default, the old link still opens 2022: it is migrated to
  // v1 with the defaults of its day pinned.
  await withNewerDefaultEdition(page);
  await openAndSettle(page, old);
  await expect(page).toHaveURL(
    '/heatmap?v=1&dataset=real&year=2022&states=CT~MA~NY&status=meets~partial&sort=score',
  );
  await expect(page.getByRole('combobox', { name: 'Edition' })).toHaveValue('2022');
  expect(await heatmapView(page)).toEqual(today);

  // A page address without parameters is the way in: it opens the new default.
  await openAndSettle(page, '/heatmap');
  await expect(page.getByRole('combobox', { name: 'Edition' })).toHaveValue('2023');
  await expect(page).toHaveURL(/\/heatmap$/);
});

test('an old overview link keeps the map it showed: its edition and measure are pinned', async ({
  page,
}) => {
  await withNewerDefaultEdition(page);
  await openAndSettle(page, '/?states=CT');
  await expect(page).toHaveURL('/?v=1&dataset=real&year=2022&measure=min-age&states=CT');
  await expect(
    page.getByRole('heading', { level: 2, name: /juvenile court age/i }).first(),
  ).toBeVisible();
});

test('Embed gives a snippet for this view; the state report has no Embed', async ({ page }) => {
  await openAndSettle(page, '/goals/2.9?dataset=demo&states=CT');
  await page.getByRole('button', { name: 'Embed this chart' }).click();
  const panel = page.getByRole('group', { name: 'Embed this chart' });
  await panel.getByRole('radio', { name: 'Dark' }).check();
  await panel.getByRole('spinbutton', { name: /Height/ }).fill('600');
  const html = await panel.getByRole('textbox', { name: /HTML/ }).inputValue();
  // Read here, not with DOMParser in the page: a parsed style="" counts against the page's
  // Content-Security-Policy (style-src 'self') and would be reported as the page's violation.
  const attrs = iframeAttributes(html);
  const src = new URL(attrs.src!);
  expect(src.pathname).toBe('/embed/goals/2.9');
  expect(src.search).toBe('?v=1&dataset=demo&year=2023&states=CT&sort=min-age&theme=dark');
  expect(attrs).toMatchObject({
    loading: 'lazy',
    width: '100%',
    height: '600',
    style: 'border:0;width:100%',
    'data-statewise-embed': '',
  });
  expect(attrs.title).toMatch(/policy goal 2\.9.*synthetic demo data.* — Statewise$/);
  expect(html).toContain(`<script src="${src.origin}/embed-resize.js" async></script>`);
  await page.keyboard.press('Escape');
  await expect(panel).toBeHidden();

  await openAndSettle(page, '/states/CT');
  await expect(page.getByRole('button', { name: 'Share a link to this view' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Embed this chart' })).toHaveCount(0);
});

test('on a phone, Share sits beside the brand and its link fits the screen', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 800 });
  await openAndSettle(page, '/compare?states=CT~MA');
  // Share, Cite and Embed beside the brand, none of them over it (and so down to 320 px).
  for (const width of [390, 320]) {
    await page.setViewportSize({ width, height: 800 });
    const brand = (await page.getByRole('link', { name: 'Statewise', exact: true }).boundingBox())!;
    const tools = (await page.getByRole('group', { name: 'Share this view' }).boundingBox())!;
    expect(brand.x + brand.width, `at ${width} px`).toBeLessThan(tools.x);
    expect(tools.x + tools.width, `at ${width} px`).toBeLessThanOrEqual(width);
  }
  await page.setViewportSize({ width: 390, height: 800 });
  await page.getByRole('button', { name: 'Share a link to this view' }).click();
  const field = page.getByRole('textbox', { name: /Link to this view/ });
  await expect(field).toBeVisible();
  const box = (await field.boundingBox())!;
  expect(box.x).toBeGreaterThanOrEqual(0);
  expect(box.x + box.width).toBeLessThanOrEqual(390);
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBe(0);
});

// Both colour schemes on one load: the scheme is CSS (prefers-color-scheme), which follows a change
// of the emulated preference at once. Each popover is checked in each scheme while it is open.
test('Share and Embed popovers have no accessibility violations (light and dark)', async ({
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.emulateMedia({ colorScheme: 'light' });
  await openAndSettle(page, '/?dataset=demo&states=CT');
  const check = async (what: string) => {
    // axe.run in the page (legacy mode): the same results as its default, without a blank page.
    const results = await new AxeBuilder({ page })
      .include('.site-header')
      .setLegacyMode()
      .analyze();
    expect(
      results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`),
      what,
    ).toEqual([]);
  };
  await page.getByRole('button', { name: 'Share a link to this view' }).click();
  await expect(page.getByText('Link copied')).toBeVisible();
  for (const colorScheme of ['light', 'dark'] as const) {
    await test.step(`share (${colorScheme})`, async () => {
      await page.emulateMedia({ colorScheme });
      await check(`share (${colorScheme})`);
    });
  }
  await page.getByRole('button', { name: 'Embed this chart' }).click();
  await expect(page.getByRole('group', { name: 'Embed this chart' })).toBeVisible();
  for (const colorScheme of ['dark', 'light'] as const) {
    await test.step(`embed (${colorScheme})`, async () => {
      await page.emulateMedia({ colorScheme });
      await check(`embed (${colorScheme})`);
    });
  }
});

/** The attributes of the snippet's <iframe>, with the entities escapeAttribute writes decoded. */
function iframeAttributes(html: string): Record<string, string> {
  const tag = /<iframe\s([^>]*)>/.exec(html)?.[1] ?? '';
  const entities: Record<string, string> = {
    '&amp;': '&',
    '&quot;': '"',
    '&lt;': '<',
    '&gt;': '>',
    '&#39;': "'",
  };
  return Object.fromEntries(
    [...tag.matchAll(/([\w-]+)(?:="([^"]*)")?/g)].map(([, name, value = '']) => [
      name!,
      value.replace(/&(?:amp|quot|lt|gt|#39);/g, (e) => entities[e] ?? e),
    ]),
  );
}
