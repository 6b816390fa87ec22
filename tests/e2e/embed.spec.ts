import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { gzipSync } from 'node:zlib';
import type { Frame, Page, Response } from '@playwright/test';
import { parseRfc4180 } from '../fixtures/rfc4180';
import { expect, resizeTo, test } from './fixtures';

// The host page is served by its own small server, on another port than the app, so the embeds
// are cross-origin iframes, as on a newspaper's site. `?theme=` picks the embeds' theme,
// `?script=0` leaves the resize script out and `?sandbox=1` sandboxes the iframes.
const HOST_HTML = readFileSync(new URL('./host/host.html', import.meta.url), 'utf8');
const DEFAULT_HEIGHT = 400;
let host: Server;
let hostOrigin = '';

test.beforeAll(async ({ baseURL }) => {
  host = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://host');
    if (url.pathname !== '/article.html') {
      res.writeHead(404).end();
      return;
    }
    let html = HOST_HTML.replaceAll('%APP%', baseURL!).replaceAll(
      '%THEME%',
      url.searchParams.get('theme') === 'dark' ? 'dark' : 'light',
    );
    if (url.searchParams.get('script') === '0') {
      html = html.replace(/<script[^>]*embed-resize[^>]*><\/script>/, '');
    }
    // A host that sandboxes its iframes, as many sites do: scripts, its own origin and popups
    // (new tabs) allowed, downloads not.
    if (url.searchParams.get('sandbox') === '1') {
      html = html.replaceAll(
        'data-statewise-embed',
        'data-statewise-embed sandbox="allow-scripts allow-same-origin allow-popups"',
      );
    }
    res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' }).end(html);
  });
  await new Promise<void>((resolve) => host.listen(0, '127.0.0.1', resolve));
  hostOrigin = `http://127.0.0.1:${(host.address() as AddressInfo).port}`;
});

test.afterAll(async () => {
  await new Promise((resolve) => host.close(resolve));
});

async function openHost(page: Page, theme: 'light' | 'dark', script = true): Promise<void> {
  await page.goto(`${hostOrigin}/article.html?theme=${theme}${script ? '' : '&script=0'}`);
}

async function embedFrame(page: Page, id: string): Promise<Frame> {
  const handle = await page.locator(`iframe#${id}`).elementHandle();
  const frame = await handle?.contentFrame();
  if (!frame) throw new Error(`iframe #${id} has no frame`);
  return frame;
}

/** The iframe's height on the host page, and the height of the embed's document inside it. */
async function heights(page: Page, id: string): Promise<{ iframe: number; content: number }> {
  const frame = await embedFrame(page, id);
  const iframe = await page.locator(`iframe#${id}`).evaluate((el) => el.clientHeight);
  const content = await frame.evaluate(() => document.documentElement.scrollHeight);
  return { iframe, content };
}

for (const theme of ['light', 'dark'] as const) {
  test(`a host page's two embeds fit their content (${theme})`, async ({ page }) => {
    await openHost(page, theme);

    for (const [id, heading] of [
      ['map', 'Coverage score by state'],
      ['ages', 'Ages of juvenile court jurisdiction'],
    ] as const) {
      await expect(page.locator(`iframe#${id}`)).toHaveAttribute('title', /Statewise/);
      const frame = await embedFrame(page, id);
      await expect(frame.getByRole('heading', { level: 1, name: heading })).toBeVisible();
      await expect(frame.locator('html')).toHaveAttribute('data-theme', theme);
      await expect(frame.locator('html')).toHaveAttribute('lang', 'en');
      await expect(frame.getByRole('main')).toBeVisible();

      // The resize script set the height the embed posted: its content's, not the default.
      await expect
        .poll(async () => {
          const h = await heights(page, id);
          return h.iframe !== DEFAULT_HEIGHT && Math.abs(h.iframe - h.content) <= 2
            ? true
            : `${id}: iframe ${h.iframe}, content ${h.content}`;
        })
        .toBe(true);
      const { iframe } = await heights(page, id);
      expect(iframe).toBeGreaterThan(DEFAULT_HEIGHT);
    }

    // The theme reaches the colours, not only the attribute.
    const frame = await embedFrame(page, 'ages');
    const background = await frame.evaluate(() => getComputedStyle(document.body).backgroundColor);
    expect(background).toBe(theme === 'dark' ? 'rgb(18, 20, 23)' : 'rgb(255, 255, 255)');
  });
}

test('an embed follows its content when it changes height', async ({ page }) => {
  await openHost(page, 'light');
  const frame = await embedFrame(page, 'ages');
  await expect.poll(async () => (await heights(page, 'ages')).iframe).not.toBe(DEFAULT_HEIGHT);
  const before = (await heights(page, 'ages')).iframe;
  // The table alternative is longer than the chart (two rows where report and reference differ).
  await frame.getByRole('button', { name: 'Table' }).click();
  await expect
    .poll(async () => {
      const h = await heights(page, 'ages');
      return h.iframe !== before && Math.abs(h.iframe - h.content) <= 2;
    })
    .toBe(true);
});

test('the embed names itself in its resize messages', async ({ page }) => {
  const messages: unknown[] = [];
  await page.exposeFunction('recordMessage', (data: unknown) => messages.push(data));
  await page.addInitScript(() => {
    // The host page only (init scripts run in the iframes too).
    if (window.top !== window) return;
    window.addEventListener('message', (e) => {
      (window as unknown as { recordMessage: (d: unknown) => void }).recordMessage(e.data);
    });
  });
  await openHost(page, 'light');
  await expect
    .poll(() =>
      ['map', 'ages'].every((id) =>
        messages.some(
          (m) => (m as { id?: unknown }).id === id && (m as { height?: number }).height,
        ),
      ),
    )
    .toBe(true);
  for (const m of messages) {
    expect(m).toEqual({
      type: 'statewise:resize',
      version: 1,
      id: expect.stringMatching(/^(map|ages)$/),
      height: expect.any(Number),
    });
  }
});

test('without the script, an iframe keeps its default height and still shows the chart', async ({
  page,
}) => {
  await openHost(page, 'light', false);
  const frame = await embedFrame(page, 'map');
  await expect(frame.getByRole('heading', { level: 1 })).toBeVisible();
  expect(await page.locator('iframe#map').evaluate((el) => el.clientHeight)).toBe(DEFAULT_HEIGHT);
});

test('demo data keeps its synthetic mark whatever else the link says', async ({ page }) => {
  for (const url of [
    '/embed/overview?dataset=demo&synthetic=0&mark=off&hideMark=1&theme=dark&height=300',
    '/embed/heatmap?dataset=demo&states=CT~MA&chart=none&synthetic=false',
    '/embed/scores?dataset=demo&weights=1.1:3&badge=0',
    '/embed/compare?dataset=demo&states=CT~MA~NY&diff=1&synthetic=0',
    '/embed/goals/2.9?dataset=demo&chart=status&synthetic=0',
  ]) {
    await page.goto(url);
    await expect(page.getByRole('heading', { level: 1 }).first()).toBeVisible();
    await expect(page.getByText('Synthetic demo data', { exact: true })).toBeVisible();
  }
});

test('the link back opens the full view with the same parameters, in a new tab', async ({
  page,
}) => {
  const cases: [string, string][] = [
    ['/embed/overview?dataset=demo&measure=score&states=CT&theme=dark&embedId=x', '/?dataset=demo&measure=score&states=CT'],
    ['/embed?year=2022&measure=min-age', '/?year=2022&measure=min-age'],
    ['/embed/heatmap?dataset=demo&year=2022&states=CT~MA&issues=2&sort=name&height=600', '/heatmap?dataset=demo&year=2022&states=CT~MA&issues=2&sort=name'],
    ['/embed/scores?dataset=demo&weights=2.9:2&theme=light', '/scores?dataset=demo&weights=2.9:2'],
    ['/embed/compare?states=CT~MA~NY&diff=1', '/compare?states=CT~MA~NY&diff=1'],
    ['/embed/goals/2.9?year=2022&sort=name&chart=status', '/goals/2.9?year=2022&sort=name'],
  ]; // prettier-ignore
  for (const [embed, full] of cases) {
    await page.goto(embed);
    const link = page.getByRole('link', { name: /interactive view on Statewise/ });
    await expect(link).toHaveAttribute('href', full);
    await expect(link).toHaveAttribute('target', '_blank');
    await expect(link).toHaveAttribute('rel', /noopener/);
  }
});

test('a state in an embed opens its report in a new tab, not inside the iframe', async ({
  page,
}) => {
  await page.goto('/embed/overview?dataset=demo&year=2022');
  const popup = page.waitForEvent('popup');
  // The tile is named by what it shows first (code and value), then the state.
  await page.getByRole('link', { name: /^CT(, [^:]+)?: Connecticut:/ }).click();
  const report = await popup;
  await expect(report).toHaveURL(/\/states\/CT\?dataset=demo&year=2022$/);
  expect(new URL(page.url()).pathname).toBe('/embed/overview');
  await report.close();
});

test('an embed loads only its own code: no shell, no routes, no other view', async ({
  browser,
  baseURL,
}) => {
  for (const url of [
    '/embed/overview',
    '/embed/heatmap?dataset=demo',
    '/embed/scores?dataset=demo',
    '/embed/compare?dataset=demo&states=CT~MA~NY',
    '/embed/goals/2.9',
  ]) {
    // A fresh context each time: a cold load, as a reader of the host page has.
    const context = await browser.newContext({ baseURL: baseURL! });
    const page = await context.newPage();
    const responses: Response[] = [];
    page.on('response', (response) => {
      if (/\.(js|css)$/.test(response.url()) && response.status() === 200) responses.push(response);
    });
    await page.goto(url);
    await expect(page.getByRole('heading', { level: 1 }).first()).toBeVisible();
    await page.waitForLoadState('networkidle');
    const names = responses.map((r) => new URL(r.url()).pathname.split('/').pop()!);
    // Chunks are named after their first module: the app, its shell and the pages are not here.
    expect(
      names.filter((n) => /^(app|app-shell|routes|[a-z]+-page)-/.test(n)),
      url,
    ).toEqual([]);
    expect(
      names.some((n) => n.startsWith('embed-app-')),
      url,
    ).toBe(true);
    let total = 0;
    for (const r of responses) total += gzipSync(await r.body()).length;
    console.log(`${url}: ${names.length} files, ${(total / 1024).toFixed(1)} KB gzipped`);
    expect(total, url).toBeLessThan(150 * 1024);
    await context.close();
  }
});

test('a heatmap cell opens the state’s analysis of that goal in a new tab', async ({ page }) => {
  await page.goto('/embed/heatmap?dataset=demo&year=2022&states=CT~MA');
  const popup = page.waitForEvent('popup');
  await page.getByRole('gridcell', { name: /^Connecticut, goal 1\.1/i }).click();
  const report = await popup;
  await expect(report).toHaveURL(/\/states\/CT\?dataset=demo&year=2022&states=CT~MA#goal-1\.1$/);
  expect(new URL(page.url()).pathname).toBe('/embed/heatmap');
  await report.close();
});

test('the app never loads the embed’s code', async ({ page }) => {
  const names: string[] = [];
  page.on('response', (r) => names.push(new URL(r.url()).pathname.split('/').pop()!));
  await page.goto('/heatmap?dataset=demo');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await page.waitForLoadState('networkidle');
  expect(names.filter((n) => /^embed-/.test(n))).toEqual([]);
});

test('an embed runs under a strict Content-Security-Policy: no inline script, no eval', async ({
  page,
}) => {
  // The browser reports each blocked script, style or eval (even a caught one) as an event.
  await page.addInitScript(() => {
    const list: string[] = [];
    (window as unknown as { cspViolations: string[] }).cspViolations = list;
    document.addEventListener('securitypolicyviolation', (e) => {
      list.push(`${e.violatedDirective} ${e.blockedURI}`);
    });
  });
  const violations: string[] = [];
  await page.route(/\/embed(\/|\?|$)/, async (route) => {
    const response = await route.fetch();
    await route.fulfill({
      response,
      headers: {
        ...response.headers(),
        'content-security-policy':
          "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'",
      },
    });
  });
  for (const url of [
    '/embed/overview?dataset=demo',
    '/embed/heatmap?dataset=demo&states=CT~MA',
    '/embed/scores?dataset=demo',
    '/embed/compare?dataset=demo&states=CT~MA',
    '/embed/goals/2.9',
  ]) {
    await page.goto(url);
    await expect(page.getByRole('heading', { level: 1 }).first()).toBeVisible();
    await page.getByRole('button', { name: 'Table' }).first().click();
    violations.push(
      ...(await page.evaluate(
        () => (window as unknown as { cspViolations: string[] }).cspViolations,
      )),
    );
  }
  expect(violations).toEqual([]);
});

test('an unknown embed path says so, with a way to the app', async ({ page }) => {
  await page.goto('/embed/about');
  await expect(page.getByRole('heading', { name: 'Nothing to embed here' })).toBeVisible();
  await expect(page.getByRole('main')).toBeVisible();
});

// Each embed loaded once, at the narrower width, then widened: the layout is CSS and media
// queries, which follow the viewport live.
test('embeds work 300 and 400 px wide without sideways scrolling', async ({ page }) => {
  for (const url of [
    '/embed/overview?dataset=demo',
    '/embed/heatmap?dataset=demo',
    '/embed/scores?dataset=demo',
    '/embed/compare?dataset=demo&states=CT~MA~NY',
    '/embed/goals/2.9',
    '/embed/goals/4.6?dataset=demo',
  ]) {
    await test.step(url, async () => {
      for (const [i, width] of [300, 400].entries()) {
        if (i === 0) {
          await page.setViewportSize({ width, height: 700 });
          await page.goto(url);
        } else await resizeTo(page, { width, height: 700 });
        await expect(page.getByRole('heading', { level: 1 }).first()).toBeVisible();
        const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
        expect(scrollWidth, `${url} at ${width} px`).toBeLessThanOrEqual(width);
      }
    });
  }
});

// axe checks every embed, in both themes and both widths, in a11y.spec.ts.

test('keyboard focus is visible in an embed', async ({ page }) => {
  await page.goto('/embed/goals/2.9');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await page.keyboard.press('Tab');
  const outline = await page.evaluate(() => {
    const el = document.activeElement;
    return el ? getComputedStyle(el).outlineStyle : 'none';
  });
  expect(outline).not.toBe('none');
});

test('“Get the data” in an embed on a host page: the CSV of the chart shown, and its citation', async ({
  page,
}) => {
  await openHost(page, 'light');
  const frame = await embedFrame(page, 'map');
  await expect(frame.getByRole('heading', { level: 1 })).toBeVisible();
  const before = (await heights(page, 'map')).iframe;
  await frame.getByText('Get the data', { exact: true }).click();
  // The iframe grows to show the panel (the resize script follows the content).
  await expect.poll(async () => (await heights(page, 'map')).iframe).toBeGreaterThan(before);

  const [file] = await Promise.all([
    page.waitForEvent('download'),
    frame.getByRole('button', { name: 'Download CSV' }).click(),
  ]);
  expect(file.suggestedFilename()).toMatch(/^overview-\d{4}-score.*-demo\.csv$/);
  const text = (await readFile(await file.path())).toString('utf8');
  const [header, ...rows] = parseRfc4180(text);
  expect(header?.slice(0, 2)).toEqual(['State', 'Code']);
  expect(header?.at(-1)).toBe('Dataset');
  expect(rows).toHaveLength(51);
  for (const row of rows) expect(row).toHaveLength(header!.length);
  expect(text.split('\r\n').some((line) => line.startsWith('#'))).toBe(false);
  // The download stayed a download: the embed opened no tab for it.
  expect(page.context().pages()).toHaveLength(1);

  const reference = frame.getByText(
    /^Statewise \(\d{4}\)\. Coverage score by state, \d{4} \(synthetic demo data\) \[data view\]\./,
  );
  await expect(reference).toBeVisible();
  await expect(reference).toContainText('/?v=1&dataset=demo&year=');
});

test('in a sandboxed iframe, “Get the data” leads to the full view with its Cite open', async ({
  page,
}) => {
  await page.goto(`${hostOrigin}/article.html?theme=dark&sandbox=1`);
  const frame = await embedFrame(page, 'ages');
  await expect(
    frame.getByRole('heading', { level: 1, name: 'Ages of juvenile court jurisdiction' }),
  ).toBeVisible();
  await frame.getByText('Get the data', { exact: true }).click();
  // The citation is text: it needs nothing the sandbox withholds.
  await expect(
    frame.getByText(
      /^Statewise \(\d{4}\)\. Ages of juvenile court jurisdiction, 2022 \[data view\]\./,
    ),
  ).toBeVisible();
  const popup = page.waitForEvent('popup');
  await frame.getByRole('link', { name: /JSON, ZIP and BibTeX on Statewise/ }).click();
  const app = await popup;
  await expect(app).toHaveURL(/\/goals\/2\.9\?v=1&dataset=real&year=2022&sort=[a-z-]+(#cite)?$/);
  const cite = app.getByRole('group', { name: 'Cite this view' });
  await expect(cite).toBeVisible();
  await expect(cite.getByRole('textbox', { name: 'Reference' })).toHaveValue(
    /^Statewise \(\d{4}\)\. Policy goal 2\.9: .+, by state, 2022 \[data view\]\. Data: .+; report data as of 2022-08-01\. http:\/\/127\.0\.0\.1:\d+\/goals\/2\.9\?v=1&dataset=real&year=2022&sort=[a-z-]+\. Accessed \d{4}-\d{2}-\d{2}\.$/,
  );
  await expect(cite.getByRole('textbox', { name: 'BibTeX' })).toHaveValue(
    /^@misc\{statewise\d{4}-policy-goal-2-9/,
  );
  // And the view's own Download menus, with every format.
  await expect(app.getByRole('button', { name: /^Download / }).first()).toBeVisible();
  await app.close();
});
