import { expect, openAndSettle, test } from './fixtures';

/**
 * Compare on the report data, as people quote it: the advocate's link (six states, three goals,
 * differences only) opened by someone else shows exactly that, and the analyst's question (how
 * Connecticut's juvenile court ages compare with its neighbours') is answered for every state,
 * evaluated or not, with the reference facts labelled as such.
 */

const ADVOCATE = '/compare?states=CT~MA~NY~RI~VT~NH&goals=2.5~2.9~4.6&diff=1';

test('the advocate’s link opens exactly its six states, three goals, differences only', async ({
  browser,
}) => {
  // A fresh context: nothing cached, no state from another test or visit.
  const context = await browser.newContext();
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  try {
    await openAndSettle(page, ADVOCATE);
    const table = page.getByRole('table', { name: /^Status of each policy goal/ });
    await expect(table.getByRole('columnheader')).toHaveText([
      'Policy goal',
      /Connecticut/,
      /Massachusetts/,
      /New York/,
      /Rhode Island/,
      /Vermont/,
      /New Hampshire/,
    ]);
    const goals = table.getByRole('rowheader').filter({ hasText: /^\d+\.\d+ / });
    await expect(goals).toHaveCount(3);
    await expect(goals.nth(0)).toHaveText(/^2\.5 /);
    await expect(goals.nth(1)).toHaveText(/^2\.9 /);
    await expect(goals.nth(2)).toHaveText(/^4\.6 /);
    await expect(page.getByRole('checkbox', { name: 'Differences only' })).toBeChecked();
    await expect(page.getByText(/^Showing 3 of 40 goals: /)).toBeVisible();
    await expect(page.getByText(/^3 goals could not be compared for lack of data: /)).toBeVisible();
    await expect(page.getByRole('group', { name: 'Goals' })).toContainText('(3 of 40 chosen)');
    // The link the page keeps, and shares, still names them.
    const url = new URL(page.url());
    expect(url.searchParams.get('goals')).toBe('2.5~2.9~4.6');
    expect(url.searchParams.get('diff')).toBe('1');
    expect(url.searchParams.get('states')).toBe('CT~MA~NY~RI~VT~NH');
    expect(errors).toEqual([]);
  } finally {
    await context.close();
  }
});

test('CT~MA~NY~RI shows each state’s minimum and maximum juvenile court age', async ({ page }) => {
  await openAndSettle(page, '/compare?states=CT~MA~NY~RI');
  const table = page.getByRole('table', { name: /^Status of each policy goal/ });
  const row = table.getByRole('row').filter({
    has: page.getByRole('rowheader', { name: /^2\.9 / }),
  });
  await expect(row).toHaveCount(1);
  const cells = row.getByRole('cell');
  const expected: [string, string, string][] = [
    // Connecticut: evaluated; the report's reading first (reference data beside it).
    ['The report’s reading', '10', '17'],
    ['Reference facts (not an evaluation)', '12', '17'],
    ['Reference facts (not an evaluation)', '12', '17'],
    ['Reference facts (not an evaluation)', 'No statutory minimum', '17'],
  ];
  for (const [i, [basis, min, max]] of expected.entries()) {
    const cell = cells.nth(i);
    const reading = cell.locator('.fact-reading').first();
    await expect(reading).toContainText(basis);
    await expect(reading.locator('dt', { hasText: 'Minimum age' }).locator('+ dd')).toHaveText(
      new RegExp(`^${min}\\b`),
    );
    await expect(reading.locator('dt', { hasText: 'Maximum age' }).locator('+ dd')).toHaveText(
      new RegExp(`^${max}\\b`),
    );
    // With its sources, from the state's file.
    await expect(reading.locator('summary', { hasText: /^Sources?( \(\d+\))?$/ })).toBeVisible();
  }
  // The states not evaluated still say so: the facts are not an evaluation.
  for (const i of [1, 2, 3]) await expect(cells.nth(i)).toContainText('Not evaluated');
  await expect(cells.nth(0)).toContainText('Partly meets');
});
