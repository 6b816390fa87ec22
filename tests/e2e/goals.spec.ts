import { expect, openAndSettle, test } from './fixtures';

// The list of goals and a goal page with chosen states, on the report data in the built app.

test('/goals lists the 40 goals by issue area, and the search finds goal 2.5', async ({ page }) => {
  await openAndSettle(page, '/goals');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Policy goals');
  const goalLinks = page.getByRole('table').getByRole('link');
  await expect(goalLinks).toHaveCount(40);
  await expect(page.getByRole('heading', { level: 2 })).toHaveCount(6);
  // Report data, 2022: Connecticut alone is evaluated; the other 50 are unknown.
  const row = page.getByRole('row', { name: /^2\.9 Juvenile court jurisdiction/ });
  await expect(row.getByRole('cell')).toHaveText(['0', '1', '0', '50']);

  await page.getByRole('searchbox', { name: 'Find a goal' }).fill('2.5');
  await expect(goalLinks).toHaveCount(1);
  await expect(goalLinks.first()).toHaveText(/^2\.5 State law prohibits the criminalization/);
  await expect(page.getByRole('status').filter({ hasText: 'Showing' })).toHaveText(
    'Showing 1 of 40 goals matching “2.5”.',
  );
  await goalLinks.first().click();
  await expect(page).toHaveURL(/\/goals\/2\.5$/);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Policy goal 2.5');
});

test('/goals/2.9?states=CT~MA~NY~RI marks those four on the map, in the chart and in the table', async ({
  page,
}) => {
  await openAndSettle(page, '/goals/2.9?states=CT~MA~NY~RI');
  const names = ['Connecticut', 'Massachusetts', 'New York', 'Rhode Island'];

  const map = page.getByRole('figure', { name: /Goal 2\.9: status by state/ });
  const chosenTiles = map.getByRole('link', { name: /\(chosen\)$/ });
  await expect(chosenTiles).toHaveCount(4);
  for (const name of names) {
    await expect(
      // A tile's name begins with what it shows (code, glyph), then the state: label in name.
      map.getByRole('link', { name: new RegExp(`^[A-Z]{2}, .: ${name}: .*\\(chosen\\)$`) }),
    ).toHaveClass(/tile--highlighted/);
  }

  const ages = page.getByRole('figure', { name: 'Ages of juvenile court jurisdiction' });
  await expect(ages.getByRole('link', { name: /\(chosen\)$/ })).toHaveCount(4);
  await expect(
    ages.getByRole('link', { name: 'Massachusetts: ages 12 to 17 (reference) (chosen)' }),
  ).toBeVisible();
  await expect(
    ages.getByRole('link', {
      name: 'Rhode Island: ages no statutory minimum to 17 (reference) (chosen)',
    }),
  ).toBeVisible();

  await map.getByRole('button', { name: 'Table' }).click();
  const table = map.getByRole('table');
  await expect(table.getByRole('row')).toHaveCount(52);
  const chosenRows = table.getByRole('row').filter({ hasText: 'chosen' });
  await expect(chosenRows).toHaveCount(4);
  for (const [i, name] of names.entries()) await expect(chosenRows.nth(i)).toContainText(name);

  // Only the chosen: the switch goes into the URL, and a reload keeps it.
  await page.getByRole('switch', { name: 'Chosen states only' }).check();
  await expect(page).toHaveURL(/\/goals\/2\.9\?states=CT~MA~NY~RI&chosen=1$/);
  await page.reload();
  await expect(page.getByRole('switch', { name: 'Chosen states only' })).toBeChecked();
  const list = page
    .getByRole('figure', { name: 'Ages of juvenile court jurisdiction' })
    .getByRole('list', { name: /^Ages of juvenile court jurisdiction/ });
  await expect(list.getByRole('link')).toHaveCount(4);
});

test('keyboard: search the list, open a goal, choose a state and show it alone', async ({
  page,
}) => {
  await openAndSettle(page, '/goals');
  const search = page.getByRole('searchbox', { name: 'Find a goal' });
  await search.focus();
  await page.keyboard.type('juvenile court');
  // From the search: the Download menu, then the one goal left.
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: /^Download / })).toBeFocused();
  await page.keyboard.press('Tab');
  const goal = page.getByRole('link', { name: /^2\.9 Juvenile court jurisdiction/ });
  await expect(goal).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/goals\/2\.9$/);

  // The picker opens from its summary; a state is ticked with Space.
  const picker = page.getByText('Choose states', { exact: true });
  await picker.focus();
  await page.keyboard.press('Enter');
  const find = page.getByRole('searchbox', { name: 'Find a state' });
  await find.focus();
  await page.keyboard.type('rhode');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('checkbox', { name: /Rhode Island/ })).toBeFocused();
  await page.keyboard.press('Space');
  await expect(page).toHaveURL(/\/goals\/2\.9\?states=RI$/);

  const only = page.getByRole('switch', { name: 'Chosen states only' });
  await only.focus();
  await page.keyboard.press('Space');
  await expect(page).toHaveURL(/\/goals\/2\.9\?states=RI&chosen=1$/);
  await expect(
    page
      .getByRole('figure', { name: 'Ages of juvenile court jurisdiction' })
      .getByRole('list', { name: /^Ages of juvenile court jurisdiction/ })
      .getByRole('link'),
  ).toHaveCount(1);
});
