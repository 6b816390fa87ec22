import type { Page, Route } from '@playwright/test';
import { expect, openAndSettle, test } from './fixtures';

/*
 * A representative part of the fault matrix (docs/fault-matrix.md; the whole matrix runs as
 * component tests) in Chromium on the built app, with the data requests intercepted: the affected
 * panel names what failed and recovers with Retry; the rest of the page keeps working; nothing
 * from a bad body is shown.
 */

const POISON = 'POISON-e2e';

/**
 * Chromium logs every failed resource load as a console error; the tests fail on console
 * errors, so exactly the ones a test causes on purpose are taken out (nothing broader).
 */
function allowFailedLoads(consoleErrors: string[], status: number, statusText: string) {
  const expected = `Failed to load resource: the server responded with a status of ${status} (${statusText})`;
  for (let i = consoleErrors.length - 1; i >= 0; i -= 1) {
    if (consoleErrors[i] === expected) consoleErrors.splice(i, 1);
  }
}

/**
 * Answers `pattern` with `fault` until `heal()` is called, then with the real file.
 */
async function breakFile(
  page: Page,
  pattern: string,
  fault: (route: Route) => Promise<void>,
): Promise<{ heal: () => void }> {
  let healthy = false;
  await page.route(pattern, async (route) => {
    if (healthy) await route.continue();
    else await fault(route);
  });
  return { heal: () => (healthy = true) };
}

async function expectNoPoison(page: Page) {
  expect(await page.content()).not.toContain(POISON);
  expect(await page.evaluate(() => (window as { __pwned?: unknown }).__pwned)).toBeUndefined();
}

test('a summary that answers 500 shows in the overview’s panel, and Retry recovers', async ({
  page,
  consoleErrors,
}) => {
  const file = await breakFile(page, '**/data/real/2022/summary.json', (route) =>
    route.fulfill({ status: 500, contentType: 'text/plain', body: `${POISON} server error` }),
  );
  await openAndSettle(page, '/?year=2022');
  const alert = page.getByRole('alert', { name: 'Could not load the edition summary for 2022' });
  await expect(alert).toContainText('the server answered 500');
  await expect(page.getByRole('heading', { level: 1, name: /state by state/ })).toBeVisible();
  await expect(page.getByRole('group', { name: 'Colour the map by' })).toBeVisible();
  await expectNoPoison(page);

  file.heal();
  await alert.getByRole('button', { name: 'Retry' }).click();
  await expect(page.getByRole('group', { name: /by state\. Map of the states/ })).toBeVisible();
  await expect(page.getByRole('alert')).toHaveCount(0);
  allowFailedLoads(consoleErrors, 500, 'Internal Server Error');
});

test('a state file that is an HTML page is reported on /states/CT, not shown', async ({ page }) => {
  const file = await breakFile(page, '**/data/real/2022/states/CT.json', (route) =>
    route.fulfill({
      status: 200,
      contentType: 'text/html',
      body: `<!doctype html><title>${POISON}</title><p>${POISON}</p><script>window.__pwned=1</script>`,
    }),
  );
  await openAndSettle(page, '/states/CT?year=2022');
  const alert = page.getByRole('alert', {
    name: 'Could not load the evaluation of Connecticut for 2022',
  });
  await expect(alert).toContainText('web page instead of JSON');
  await expect(
    page.getByRole('heading', { level: 1, name: 'Connecticut: 2022 evaluation' }),
  ).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Editions of this report' })).toBeVisible();
  await expectNoPoison(page);

  file.heal();
  await alert.getByRole('button', { name: 'Retry' }).click();
  await expect(page.getByRole('navigation', { name: 'Contents' })).toBeVisible();
});

test('a manifest that violates the schema leaves the shell usable and About readable', async ({
  page,
}) => {
  const file = await breakFile(page, '**/data/manifest.json', (route) =>
    route.fulfill({
      json: { schemaVersion: 1, frameworks: `${POISON}`, datasets: [{ label: POISON }] },
    }),
  );
  await page.goto('/');
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('The data manifest could not be loaded');
  await expect(alert).toContainText('does not match the expected format');
  // The shell: theme, navigation, and About with the fault in its data section.
  await page.getByRole('combobox', { name: 'Theme' }).selectOption('dark');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await page
    .getByRole('navigation', { name: 'Views' })
    .getByRole('link', { name: 'About' })
    .click();
  await expect(page).toHaveURL(/\/about$/);
  await expect(page.getByRole('heading', { level: 1, name: 'About Statewise' })).toBeVisible();
  const data = page.getByRole('region', { name: 'What data exists' });
  await expect(data.getByRole('alert')).toContainText('The data manifest could not be loaded');
  await expect(page.getByRole('region', { name: 'How statuses are set' })).toBeVisible();
  await expectNoPoison(page);

  file.heal();
  await data.getByRole('button', { name: 'Retry' }).click();
  await expect(page.getByRole('article', { name: 'Report data' })).toBeVisible();
  await expect(page.getByRole('combobox', { name: 'Edition' })).toBeVisible();
  // A fresh load of About works as well (the path, not only the in-app move).
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'About Statewise' })).toBeVisible();
});

test('one failing state in compare fails only its column', async ({ page, consoleErrors }) => {
  await breakFile(page, '**/data/demo/2022/states/NY.json', (route) =>
    route.fulfill({ status: 503, body: POISON }),
  );
  await openAndSettle(page, '/compare?dataset=demo&year=2022&states=CT~MA~NY');
  const table = page.getByRole('table', { name: /Status of each policy goal/ });
  const alert = table.getByRole('alert', { name: 'Could not load the evaluation of New York' });
  await expect(alert).toContainText('the server answered 503');
  await expect(page.getByRole('alert')).toHaveCount(1);
  const row = table.getByRole('row', { name: /^1\.2 / });
  await expect(row.getByRole('cell').nth(0)).toContainText(/Demo/);
  await expect(row.getByRole('cell').nth(1)).toContainText(/Demo/);
  await expectNoPoison(page);
  allowFailedLoads(consoleErrors, 503, 'Service Unavailable');
});

test('a framework file of an unknown data format version says so', async ({ page }) => {
  const file = await breakFile(page, '**/data/frameworks/*.json', async (route) => {
    const response = await route.fetch();
    const framework = (await response.json()) as Record<string, unknown>;
    await route.fulfill({ response, json: { ...framework, schemaVersion: 99, name: POISON } });
  });
  await openAndSettle(page, '/heatmap?year=2022');
  const alert = page.getByRole('alert', { name: 'Could not load the policy framework' });
  await expect(alert).toContainText('data format version 99');
  await expect(page.getByRole('heading', { level: 1, name: 'Heatmap' })).toBeVisible();
  await expectNoPoison(page);

  file.heal();
  await alert.getByRole('button', { name: 'Retry' }).click();
  await expect(page.getByRole('grid', { name: 'Policy goals met, by state' })).toBeVisible();
});
