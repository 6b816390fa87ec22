import type { Page } from '@playwright/test';
import { expect, openAndSettle, test } from './fixtures';

/**
 * The heatmap's shareable detail and keyboard shortcut, and what the report data covers said in the
 * first screen of the views people open first.
 */

test('a heatmap link with an open cell reopens it in a fresh browser', async ({
  page,
  browser,
  baseURL,
}) => {
  await openAndSettle(page, '/heatmap?goals=2.5~2.9~4.6&sort=goal:2.9');
  const grid = page.getByRole('grid');
  await expect(grid.getByRole('gridcell')).toHaveCount(51 * 3);
  await grid.getByRole('gridcell', { name: /^Connecticut, goal 2\.9 / }).click();
  const panel = page.getByRole('dialog', { name: 'Connecticut · goal 2.9' });
  await expect(panel.getByRole('heading', { name: 'Statutes cited' })).toBeVisible();
  await expect(page).toHaveURL(/[?&]cell=CT:2\.9(&|$)/);
  const link = page.url();

  const context = await browser.newContext(baseURL ? { baseURL } : {});
  const fresh = await context.newPage();
  const errors: string[] = [];
  fresh.on('pageerror', (e) => errors.push(e.message));
  await fresh.goto(link);
  const again = fresh.getByRole('dialog', { name: 'Connecticut · goal 2.9' });
  await expect(again.getByRole('heading', { name: 'Statutes cited' })).toBeVisible();
  // The same view around it: the three goals, sorted by 2.9's status, the cell outlined.
  const freshGrid = fresh.getByRole('grid');
  await expect(freshGrid.getByRole('gridcell')).toHaveCount(51 * 3);
  await expect(
    freshGrid.getByRole('gridcell', { name: /^Connecticut, goal 2\.9 / }),
  ).toHaveAttribute('data-open', '');
  await expect(fresh.getByText('Showing 51 of 51 states · 3 of 40 goals')).toBeVisible();

  // Closing it takes the cell out of the address, and focus goes back to the cell.
  await again.getByRole('button', { name: 'Close' }).click();
  await expect(again).toBeHidden();
  await expect(fresh).not.toHaveURL(/cell=/);
  await expect(freshGrid.getByRole('gridcell', { name: /^Connecticut, goal 2\.9 / })).toBeFocused();
  await context.close();
  expect(errors).toEqual([]);
});

test('the skip link before the filters moves focus into the grid', async ({ page }) => {
  await openAndSettle(page, '/heatmap');
  await expect(page.getByRole('grid').getByRole('gridcell').first()).toBeVisible();
  // From the top of the page: the skip link comes right after the header, before any filter.
  let presses = 0;
  for (; presses < 30; presses += 1) {
    await page.keyboard.press('Tab');
    const name = await page.evaluate(() => document.activeElement?.textContent ?? '');
    if (name === 'Skip the filters, to the grid') break;
  }
  expect(presses, 'Tab presses to the skip link').toBeLessThan(20);
  const skip = page.getByRole('link', { name: 'Skip the filters, to the grid' });
  await expect(skip).toBeFocused();
  const box = await skip.boundingBox();
  expect(box && box.width > 1 && box.height > 1, 'the focused skip link is visible').toBe(true);
  await page.keyboard.press('Enter');
  const cell = page.getByRole('gridcell').first();
  await expect(cell).toBeFocused();
  expect(await cell.evaluate((el) => el.getBoundingClientRect().top < window.innerHeight)).toBe(
    true,
  );
  // The grid's keys work from there at once.
  await page.keyboard.press('ArrowRight');
  await expect(page.getByRole('gridcell').nth(1)).toBeFocused();
});

const VIEWPORTS = [
  { width: 1280, height: 900 },
  { width: 390, height: 844 },
];

const VIEWS = [
  { url: '/', demoLink: 'See what a full map looks like, with synthetic demo data' },
  { url: '/heatmap', demoLink: 'See what a full heatmap looks like, with synthetic demo data' },
  { url: '/compare', demoLink: 'See what a full comparison looks like, with synthetic demo data' },
  {
    url: '/compare?states=CT~MA~NY',
    demoLink: 'See what a full comparison looks like, with synthetic demo data',
  },
];

/** Whether a box lies wholly inside the viewport (the first screen, before any scrolling). */
async function inFirstScreen(
  page: Page,
  box: { x: number; y: number; width: number; height: number },
) {
  const size = page.viewportSize()!;
  return (
    box.y >= 0 && box.x >= 0 && box.y + box.height <= size.height && box.x + box.width <= size.width
  );
}

for (const viewport of VIEWPORTS) {
  test.describe(`at ${viewport.width}×${viewport.height}`, () => {
    test.use({ viewport });
    for (const { url, demoLink } of VIEWS) {
      test(`${url} says what the report data covers in its first screen`, async ({ page }) => {
        await openAndSettle(page, url);
        const lead = page.getByText(
          /^Only Connecticut \(all 40 goals\) is evaluated goal by goal in the 2022 report data\.$/,
        );
        await expect(lead).toBeVisible();
        const note = page.locator('.coverage-note', { has: lead });
        await expect(note).toContainText(
          /For the other 50 states this dataset holds reference facts \(juvenile court ages/,
        );
        await expect(note).toContainText(/published grades \(for \d+\), not evaluations/);
        const link = note.getByRole('link', { name: demoLink });
        await expect(link).toHaveAttribute('href', /dataset=demo/);
        // Wait for the view below to have drawn, then measure: nothing may push the note down.
        await page.waitForLoadState('networkidle');
        expect(await page.evaluate(() => window.scrollY)).toBe(0);
        for (const part of [note, link]) {
          const box = await part.boundingBox();
          expect(box, `${url}: box`).not.toBeNull();
          expect(
            await inFirstScreen(page, box!),
            `${url}: ${JSON.stringify(box)} in the first screen`,
          ).toBe(true);
        }
      });
    }

    test('the demo data adds no coverage note: it is marked synthetic', async ({ page }) => {
      await openAndSettle(page, '/heatmap?dataset=demo');
      await expect(page.getByRole('grid').getByRole('gridcell').first()).toBeVisible();
      await expect(page.getByRole('main').getByText('Synthetic demo data').first()).toBeVisible();
      await expect(page.locator('.coverage-note')).toHaveCount(0);
    });
  });
}
