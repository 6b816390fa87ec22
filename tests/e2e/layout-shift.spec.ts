import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

// Layout shift on load (budget: CLS < 0.01), where content replaces skeletons. The data is
// held back so that every loading state is on screen for a while, in a fixed order: the state
// evaluations last (they used to arrive after the framework, whose placeholder then vanished).
const SHIFTS_INIT = `{
  window.__shifts = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) if (!e.hadRecentInput) window.__shifts.push(e.value);
  }).observe({ type: 'layout-shift', buffered: true });
}`;

async function holdBackData(page: Page) {
  await page.route('**/data/**', async (route) => {
    const url = route.request().url();
    const ms = url.includes('/states/') ? 900 : url.endsWith('manifest.json') ? 100 : 400;
    await new Promise((r) => setTimeout(r, ms));
    await route.continue();
  });
}

/** Total of all layout shifts (at least the largest session window the CLS metric counts). */
async function totalShift(page: Page): Promise<number> {
  await page.waitForLoadState('networkidle');
  await page.waitForTimeout(500);
  const shifts = await page.evaluate(() => (window as unknown as { __shifts: number[] }).__shifts);
  return shifts.reduce((a, b) => a + b, 0);
}

const VIEWPORTS = [
  { width: 1280, height: 900 },
  { width: 390, height: 844 },
];

const PAGES: { url: string; drawn: (page: Page) => Promise<void> }[] = [
  {
    url: '/embed/compare',
    drawn: (page) =>
      expect(page.getByRole('heading', { level: 1, name: 'Compare states' })).toBeVisible(),
  },
  {
    url: '/embed/compare?states=CT~MA~NY',
    drawn: (page) =>
      expect(page.getByRole('link', { name: /Explore the interactive/ })).toBeVisible(),
  },
  {
    url: '/embed/goals/2.9',
    drawn: (page) =>
      expect(
        page.getByRole('heading', { name: 'Ages of juvenile court jurisdiction' }),
      ).toBeVisible(),
  },
  {
    url: '/embed/goals/2.9?chart=status',
    drawn: (page) =>
      expect(page.getByRole('link', { name: /Explore the interactive/ })).toBeVisible(),
  },
  {
    url: '/states/CT',
    drawn: (page) => expect(page.getByRole('region', { name: 'Sources' })).toBeAttached(),
  },
];

for (const viewport of VIEWPORTS) {
  test.describe(`at ${viewport.width}×${viewport.height}`, () => {
    test.use({ viewport });
    for (const { url, drawn } of PAGES) {
      test(`${url} does not shift its layout while it loads`, async ({ page }) => {
        await page.addInitScript(SHIFTS_INIT);
        await holdBackData(page);
        await page.goto(url);
        await drawn(page);
        await expect(page.locator('.skeleton')).toHaveCount(0);
        expect(await totalShift(page)).toBeLessThan(0.01);
      });
    }
  });
}
