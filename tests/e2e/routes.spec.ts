import { expect, openAndSettle, test } from './fixtures';

// Every route opens from a deep link (a fresh page load on that URL), in the built app.
const ROUTES: [string, RegExp][] = [
  ['/', /state by state/i],
  ['/heatmap', /heatmap|goals/i],
  ['/scores', /score/i],
  ['/compare?states=CT~MA~NY', /compar/i],
  ['/goals', /^Policy goals$/],
  ['/goals/2.9', /2\.9/],
  ['/grades', /Grades over time/],
  ['/states/CT', /Connecticut/],
  ['/about', /about/i],
];

for (const [url, heading] of ROUTES) {
  test(`deep link ${url} opens its view`, async ({ page }) => {
    await openAndSettle(page, url);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading);
  });
}

test('an unknown path shows the not-found view inside the app', async ({ page }) => {
  await openAndSettle(page, '/nowhere/at/all');
  await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
});

test('a hostile query string is cleaned, not executed', async ({ page }) => {
  let dialogs = 0;
  page.on('dialog', (d) => {
    dialogs += 1;
    void d.dismiss();
  });
  await openAndSettle(
    page,
    '/heatmap?states=CT~%3Cscript%3Ealert(1)%3C/script%3E&measure=javascript:alert(1)&zzz=1',
  );
  await expect(page).toHaveURL(/\/heatmap\?states=CT$/);
  expect(dialogs).toBe(0);
});

test('switching to the demo dataset shows the synthetic banner; back returns', async ({ page }) => {
  await openAndSettle(page, '/');
  await expect(page.getByRole('note')).toHaveCount(0);
  await page.getByRole('combobox', { name: 'Data' }).selectOption('demo');
  await expect(page.getByRole('note')).toContainText('Synthetic demo data');
  await expect(page).toHaveURL(/dataset=demo/);
  await page.goBack();
  await expect(page.getByRole('note')).toHaveCount(0);
});
