import { expect, openAndSettle, test } from './fixtures';

test('heatmap: a filter goes into the URL, and a reload shows the same view', async ({ page }) => {
  await openAndSettle(page, '/heatmap?dataset=demo&year=2022');
  const rows = page.getByRole('grid').getByRole('rowheader');
  await expect(rows).toHaveCount(51);
  await page.getByRole('button', { name: 'Northeast' }).click();
  await expect(page).toHaveURL(/states=/);
  const url = page.url();
  const count = await rows.count();
  expect(count).toBeLessThan(51);
  expect(count).toBeGreaterThan(0);
  await page.reload();
  await expect(page.getByRole('combobox', { name: 'Edition' })).toBeVisible();
  await expect(page).toHaveURL(url);
  await expect(page.getByRole('grid').getByRole('rowheader')).toHaveCount(count);
  await expect(page.getByText(`Showing ${count} of 51 states`)).toBeVisible();
});

test('heatmap: the keyboard moves through the grid and opens a cell’s analysis', async ({
  page,
}) => {
  await openAndSettle(page, '/heatmap?states=CT');
  const grid = page.getByRole('grid');
  await expect(grid.getByRole('rowheader')).toHaveCount(1);
  // One tab stop: focus the grid's active cell, then move with the arrow keys.
  await grid.getByRole('gridcell').first().click();
  await page.keyboard.press('Escape');
  await page.keyboard.press('Home');
  await expect(page.locator(':focus')).toHaveAccessibleName(
    /^Connecticut, goal 1\.1 .*: does not meet$/,
  );
  await page.keyboard.press('ArrowRight');
  await expect(page.locator(':focus')).toHaveAccessibleName(/^Connecticut, goal 1\.2 .*: meets$/);
  await page.keyboard.press('End');
  await expect(page.locator(':focus')).toHaveAccessibleName(/^Connecticut, goal 6\.6 /);
  await page.keyboard.press('Home');
  for (let i = 0; i < 15; i += 1) await page.keyboard.press('ArrowRight');
  await expect(page.locator(':focus')).toHaveAccessibleName(
    /^Connecticut, goal 2\.9 .*: partly meets$/,
  );
  await page.keyboard.press('Enter');
  const panel = page.getByRole('dialog');
  await expect(panel).toContainText(
    'Juvenile court jurisdiction aligns with international human rights standards',
  );
  await expect(panel).toContainText('Statutorily require age-appropriate juvenile court responses');
  await expect(panel.getByRole('link', { name: /goal/i }).first()).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(panel).toHaveCount(0);
  await expect(page.locator(':focus')).toHaveAccessibleName(/^Connecticut, goal 2\.9 /);
});

test('compare: Connecticut with two other states, then differences only', async ({ page }) => {
  await openAndSettle(page, '/compare?dataset=demo&year=2022');
  const input = page.getByRole('combobox', { name: 'Add a state' });
  for (const name of ['Connecticut', 'Massachusetts', 'New York']) {
    await input.fill(name);
    await page
      .getByRole('option', { name: new RegExp(`^${name}`) })
      .first()
      .click();
  }
  await expect(page).toHaveURL(/states=CT~MA~NY/);
  await expect(page.getByRole('button', { name: /^Remove / })).toHaveCount(3);
  await expect(page.getByRole('heading', { name: 'Issue-area profile' })).toBeVisible();
  await page.getByRole('checkbox', { name: /differences only/i }).check();
  await expect(page).toHaveURL(/diff=1/);
  await page.reload();
  await expect(page.getByRole('checkbox', { name: /differences only/i })).toBeChecked();
});

test('state report: Connecticut’s analysis with quoted law, footnotes and recommendations', async ({
  page,
}) => {
  await openAndSettle(page, '/states/CT');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/Connecticut: 2022 evaluation/);
  const goal = page.locator('#goal-1\\.1');
  await expect(goal.locator('blockquote').first()).toContainText(
    'A person is guilty of trafficking in persons',
  );
  await expect(goal).toContainText('1.1.1');
  await page
    .locator('#goal-1\\.7')
    .getByRole('link', { name: /footnote 4/i })
    .first()
    .click();
  await expect(page).toHaveURL(/#fn/);
});

test('goal 2.9: the juvenile court age chart labels states without a statutory minimum', async ({
  page,
}) => {
  await openAndSettle(page, '/goals/2.9');
  await expect(
    page.getByRole('heading', { name: 'Ages of juvenile court jurisdiction' }),
  ).toBeVisible();
  await expect(page.getByText(/27 set no statutory minimum age/).first()).toBeVisible();
});
