import AxeBuilder from '@axe-core/playwright';
import { expect, openAndSettle, test } from './fixtures';

test('/grades opens on the grid of every state and year, the break named', async ({ page }) => {
  await openAndSettle(page, '/grades');
  await expect(page.getByRole('heading', { level: 1, name: 'Grades over time' })).toBeVisible();
  const grid = page.getByRole('table', { name: /Published grades and scores by state and year/ });
  await expect(grid.getByRole('rowheader')).toHaveCount(51);
  await expect(
    grid.getByRole('columnheader', { name: 'Protected Innocence Challenge, 2011–2019' }),
  ).toBeVisible();
  await expect(grid.getByRole('columnheader', { name: 'Report Cards, 2021–' })).toBeVisible();
  await expect(grid.getByRole('columnheader', { name: '2020', exact: true })).toBeVisible();
  // Every value links to its source, off the site.
  const first = grid.getByRole('link', { name: /^Alabama, 2019/ });
  await expect(first).toHaveAttribute('href', /^https?:\/\//);
  await expect(first).toHaveAttribute('target', '_blank');
});

test('states= survives a reload, and the chart draws them', async ({ page }) => {
  await openAndSettle(page, '/grades');
  await page.getByRole('combobox', { name: 'Add a state to the chart' }).selectOption('TN');
  await page.getByRole('combobox', { name: 'Add a state to the chart' }).selectOption('FL');
  await expect(page).toHaveURL(/\/grades\?states=TN~FL$/);
  const title = page.getByRole('heading', {
    name: 'Published scores over time: Tennessee and Florida',
  });
  await expect(title).toBeVisible();
  await page.reload();
  await expect(title).toBeVisible();
  await expect(page).toHaveURL(/\/grades\?states=TN~FL$/);
  await expect(
    page.getByRole('img', { name: /Published scores over time: Tennessee and Florida/ }),
  ).toBeVisible();
  // Back returns to the grid without the chart.
  await page.goBack();
  await expect(page).toHaveURL(/\/grades\?states=TN$/);
});

test('sort=grade survives a reload; the Share link pins states and order', async ({
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await openAndSettle(page, '/grades?states=AL&sort=grade');
  const rows = page
    .getByRole('table', { name: /Published grades and scores by state and year/ })
    .getByRole('rowheader');
  await expect(rows.first()).toHaveText('Tennessee');
  await page.reload();
  await expect(rows.first()).toHaveText('Tennessee');
  await page.getByRole('button', { name: 'Share' }).click();
  await expect(page.getByRole('textbox', { name: /link/i })).toHaveValue(
    /\/grades\?v=1&dataset=real&states=AL&sort=grade$/,
  );
});

test('/grades is axe-clean at 390 px in the dark theme, the grid scrolling inside its frame', async ({
  page,
}) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.emulateMedia({ colorScheme: 'dark' });
  await openAndSettle(page, '/grades?states=AL~FL');
  await expect(page.getByRole('img', { name: /Published scores over time/ })).toBeVisible();
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(width).toBeLessThanOrEqual(390);
  const frame = page.getByRole('region', { name: 'Grades by state and year (scrolls sideways)' });
  await expect(frame).toBeVisible();
  expect(await frame.evaluate((el) => el.scrollWidth > el.clientWidth)).toBe(true);
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .analyze();
  expect(results.violations).toEqual([]);
});
