import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { expect, openAndSettle, test } from './fixtures';

/**
 * The built app runs under its own strict Content-Security-Policy (docs/csp.md): a <meta> in
 * dist/index.html, and the same policy as a header from `vite preview`. The browser reports every
 * blocked script, style, image, request or eval (even one the page catches) as a
 * `securitypolicyviolation` event, and logs it as a console error (which fails any test here).
 */
const DIST_HTML = new URL('../../dist/index.html', import.meta.url);

async function metaPolicy(): Promise<string> {
  const html = await readFile(DIST_HTML, 'utf8');
  const match = /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html);
  if (!match?.[1]) throw new Error('dist/index.html has no Content-Security-Policy meta');
  return match[1];
}

function directives(policy: string): Map<string, string[]> {
  return new Map(
    policy
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .filter((parts) => parts[0])
      .map(([name, ...values]) => [name!, values]),
  );
}

test.beforeEach(async ({ page }) => {
  await page.addInitScript(() => {
    const list: string[] = [];
    (window as unknown as { cspViolations: string[] }).cspViolations = list;
    document.addEventListener('securitypolicyviolation', (e) => {
      list.push(`${e.violatedDirective} ${e.blockedURI} (${e.sourceFile}:${e.lineNumber})`);
    });
  });
});

async function violations(page: Page): Promise<string[]> {
  return page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations);
}

test('the built page carries a strict policy: no inline script, no eval, framable anywhere', async ({
  page,
}) => {
  const policy = await metaPolicy();
  const d = directives(policy);
  expect(policy).not.toMatch(
    /unsafe-inline|unsafe-eval|unsafe-hashes|wasm-unsafe-eval|strict-dynamic/,
  );
  expect(d.get('script-src')).toEqual(["'self'"]);
  expect(d.get('style-src')).toEqual(["'self'"]);
  expect(d.get('default-src')).toEqual(["'self'"]);
  expect(d.get('object-src')).toEqual(["'none'"]);
  expect(d.get('base-uri')).toEqual(["'none'"]);
  // Embeds are framed by any site: nothing may restrict who frames the page.
  expect(d.has('frame-ancestors')).toBe(false);

  const response = await page.goto('/embed/overview?dataset=demo');
  const headers = response!.headers();
  expect(headers['x-frame-options']).toBeUndefined();
  expect(headers['content-security-policy']).toBe(policy);
  await expect(page.getByRole('heading', { level: 1 }).first()).toBeVisible();
  expect(await violations(page)).toEqual([]);
});

const ROUTES = [
  '/',
  '/heatmap',
  '/scores',
  '/compare?states=CT~MA~NY&dataset=demo',
  '/goals',
  '/goals/2.9',
  '/goals/4.6',
  '/grades?states=AL~FL',
  '/states/CT',
  '/about',
];

test('every route draws without a policy violation', async ({ page }) => {
  for (const url of ROUTES) {
    await openAndSettle(page, url);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    // Let late work (charts, lazy chunks, data) happen before reading the reports.
    await page.waitForLoadState('networkidle');
    expect(await violations(page), url).toEqual([]);
  }
});

test('interactions stay inside the policy: cell panel, table view, share, exports, pickers', async ({
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await openAndSettle(page, '/heatmap?dataset=demo&states=CT~MA~NY');

  // A heatmap cell's analysis panel.
  await page.getByRole('grid').getByRole('gridcell').first().click();
  await expect(page.getByRole('dialog')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog')).toHaveCount(0);

  // Share: the link popover.
  await page.getByRole('button', { name: 'Share a link to this view' }).click();
  await expect(page.getByRole('textbox', { name: /Link to this view/ })).toBeVisible();
  await page.keyboard.press('Escape');

  // Exports: the SVG is a blob download; the PNG draws that SVG into an <img> through a blob: URL.
  const frame = page.getByRole('figure', { name: 'Policy goals met, by state' });
  for (const format of ['SVG', 'PNG']) {
    await frame.getByRole('button', { name: /^Download/ }).click();
    const [file] = await Promise.all([
      page.waitForEvent('download'),
      frame.getByRole('button', { name: new RegExp(`^${format}\\b`) }).click(),
    ]);
    expect(file.suggestedFilename()).toMatch(new RegExp(`\\.${format.toLowerCase()}$`));
    expect(await file.failure()).toBeNull();
  }

  // Chart / Table on a view drawn with recharts.
  await openAndSettle(page, '/scores?dataset=demo');
  await page.getByRole('button', { name: 'Table', exact: true }).first().click();
  await expect(page.getByRole('table').first()).toBeVisible();
  await page.getByRole('button', { name: 'Chart', exact: true }).first().click();

  // Edition, dataset and theme pickers.
  const edition = page.getByRole('combobox', { name: 'Edition' });
  const years = await edition
    .locator('option')
    .evaluateAll((options) => options.map((o) => (o as HTMLOptionElement).value));
  const other = years.find((y) => y !== '' && y !== (years[0] ?? ''));
  expect(other, 'a second edition to switch to').toBeDefined();
  await edition.selectOption(other!);
  await expect(page).toHaveURL(new RegExp(`year=${other}`));
  await page.getByRole('combobox', { name: 'Data' }).selectOption('real');
  await expect(page).not.toHaveURL(/dataset=demo/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Scores');
  await page.getByRole('combobox', { name: 'Theme' }).selectOption('dark');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await page.waitForLoadState('networkidle');

  expect(await violations(page)).toEqual([]);
});

test('the policy is in force from the page itself: an injected inline script and eval are blocked', async ({
  page,
  consoleErrors,
}) => {
  // Serve the page without the header: what blocks below is the <meta> alone.
  await page.route(
    (url) => url.pathname === '/heatmap',
    async (route) => {
      const response = await route.fetch();
      const headers = { ...response.headers() };
      delete headers['content-security-policy'];
      await route.fulfill({ response, headers });
    },
  );
  const response = await page.goto('/heatmap?dataset=demo');
  expect(response!.headers()['content-security-policy']).toBeUndefined();
  await expect(page.getByRole('combobox', { name: 'Edition' })).toBeVisible();

  expect(consoleErrors).toEqual([]);
  const result = await page.evaluate(async () => {
    const w = window as unknown as { inlineRan?: boolean; cspViolations: string[] };
    const script = document.createElement('script');
    script.textContent = 'window.inlineRan = true;';
    document.body.append(script);
    // DevTools lets code it evaluates use eval whatever the policy, so eval and new Function are
    // tried from a task of the page's own, as the app's code would be.
    const outcome = (run: () => unknown) => {
      try {
        run();
        return 'ran';
      } catch (e) {
        return e instanceof Error ? e.name : 'threw';
      }
    };
    const tried = await new Promise<{ eval: string; function: string }>((resolve) =>
      setTimeout(() =>
        resolve({
          eval: outcome(() => (0, eval)('1 + 1')),
          function: outcome(() => new Function('return 1')()),
        }),
      ),
    );
    // Violation events are dispatched asynchronously.
    await new Promise((resolve) => setTimeout(resolve, 100));
    return { inlineRan: w.inlineRan === true, tried, reported: [...w.cspViolations] };
  });
  expect(result.inlineRan).toBe(false);
  expect(result.tried).toEqual({ eval: 'EvalError', function: 'EvalError' });
  expect(result.reported.some((r) => /^script-src(-elem)? inline /.test(r))).toBe(true);
  expect(result.reported.some((r) => /^script-src eval /.test(r))).toBe(true);
  // The browser logs each refusal as a console error, which the fixture would count against
  // the page: these are the ones this test caused on purpose, and nothing else.
  expect(consoleErrors.length).toBeGreaterThan(0);
  for (const error of consoleErrors) expect(error).toMatch(/Content Security Policy/);
  consoleErrors.length = 0;
});
