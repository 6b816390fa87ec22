import { expect, openAndSettle, test } from './fixtures';

const URLS = [
  '/',
  '/?dataset=demo',
  '/heatmap?dataset=demo',
  '/scores?dataset=demo',
  '/compare?states=CT~MA~NY&dataset=demo',
  '/goals',
  '/goals?dataset=demo',
  '/goals/2.9',
  '/goals/2.9?states=CT~MA~NY~RI&chosen=1',
  '/goals/4.6?dataset=demo',
  '/states/CT',
  '/states/AL',
  '/about',
];

test.use({ viewport: { width: 390, height: 844 } });

for (const url of URLS) {
  test(`at 390 px wide, ${url} does not scroll sideways`, async ({ page }) => {
    await openAndSettle(page, url);
    await page.waitForLoadState('networkidle');
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(width).toBeLessThanOrEqual(390);
  });
}

test('at 390 px wide, every view’s tab is in sight and opens its view', async ({ page }) => {
  await openAndSettle(page, '/');
  const nav = page.getByRole('navigation', { name: 'Views' });
  const links = nav.getByRole('link');
  const count = await links.count();
  expect(count).toBeGreaterThanOrEqual(6);
  for (let i = 0; i < count; i++) {
    const link = links.nth(i);
    const box = await link.boundingBox();
    // Wholly inside the screen's width: nothing to discover by scrolling sideways.
    expect(box, await link.innerText()).not.toBeNull();
    expect(box!.x).toBeGreaterThanOrEqual(0);
    expect(box!.x + box!.width).toBeLessThanOrEqual(390);
  }
  for (let i = 0; i < count; i++) {
    const link = nav.getByRole('link').nth(i);
    const href = await link.getAttribute('href');
    await link.click();
    await expect(page).toHaveURL((url) => url.pathname === new URL(href!, url).pathname);
    await expect(nav.getByRole('link').nth(i)).toHaveAttribute('aria-current', 'page');
  }
});

test('at 390 px wide, the Connecticut report keeps its section navigator in sight and jumps', async ({
  page,
}) => {
  await openAndSettle(page, '/states/CT');
  const nav = page.getByRole('navigation', { name: 'Sections of this report' });
  await expect(nav).toBeVisible();
  await page.mouse.wheel(0, 20_000);
  await expect
    .poll(async () => (await nav.boundingBox())?.y ?? -1, { message: 'stuck to the top' })
    .toBeLessThanOrEqual(1);
  await nav.getByRole('combobox', { name: 'Go to' }).selectOption('goal-4.6');
  const heading = page.getByRole('heading', { level: 3, name: /^4\.6 / });
  await expect(heading).toBeInViewport();
  // Below the navigator, not under it.
  const navBox = (await nav.boundingBox())!;
  const headingBox = (await heading.boundingBox())!;
  expect(headingBox.y).toBeGreaterThanOrEqual(navBox.y + navBox.height - 1);
  await nav.getByRole('button', { name: 'Fold all' }).click();
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  // Folded to its headings, the 76,000 px report is a few screens.
  expect(height).toBeLessThan(844 * 15);
});

for (const width of [390, 1280]) {
  test(`at ${width} px wide, no table on /goals/2.9 is clipped without a cue`, async ({ page }) => {
    await page.setViewportSize({ width, height: 900 });
    await openAndSettle(page, '/goals/2.9');
    // Every chart as its table too.
    for (const button of await page.getByRole('button', { name: 'Table', exact: true }).all()) {
      await button.click();
    }
    const tables = page.locator('table');
    expect(await tables.count()).toBeGreaterThan(0);
    for (const table of await tables.all()) {
      const clipped = await table.evaluate((t) => {
        let box = t.parentElement;
        while (box && getComputedStyle(box).overflowX === 'visible') box = box.parentElement;
        return box ? box.scrollWidth > box.clientWidth + 1 : false;
      });
      if (!clipped) continue;
      const frame = table.locator('xpath=ancestor::div[contains(@class,"scroll-frame ")][1]');
      await expect(frame.locator('.scroll-frame__cue')).toBeVisible();
      await expect(frame.getByRole('region')).toHaveAttribute('tabindex', '0');
    }
    if (width === 1280) {
      // On a wide screen the table of ages and transfer laws fits: nothing to scroll.
      const box = page.getByRole('region', { name: /Table of juvenile court ages/ });
      const fits = await box.evaluate((b) => b.scrollWidth <= b.clientWidth + 1);
      expect(fits).toBe(true);
    }
  });
}

for (const url of ['/heatmap', '/heatmap?dataset=demo']) {
  test(`at 390 px wide, ${url} has its first cell within the first two screens`, async ({
    page,
  }) => {
    await openAndSettle(page, url);
    const cell = page
      .getByRole('grid', { name: 'Policy goals met, by state' })
      .getByRole('gridcell')
      .first();
    await expect(cell).toBeAttached();
    const top = await cell.evaluate((c) => c.getBoundingClientRect().top + window.scrollY);
    expect(top).toBeLessThan(2 * 844);
    // The filters folded above it open from one line.
    const toggle = page.getByRole('button', { name: /^Filters: / });
    await toggle.click();
    await expect(page.getByRole('group', { name: 'Issue areas' })).toBeVisible();
  });
}
