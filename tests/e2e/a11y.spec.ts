import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, resizeTo, test } from './fixtures';

/**
 * WCAG 2.2 AA, checked by axe-core on every route and embed, at desktop and phone widths, in the
 * light and dark themes, and with the popovers, panels and table views open. Every route's case
 * also checks the page's structure: landmarks, one h1, headings in order, a skip link, a title.
 * Each route is loaded once and checked in all four (width, theme) steps: a load costs more than
 * a check on most pages, and the themes and widths are CSS that follows a change live.
 */
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

type Kind = 'page' | 'embed';
interface Route {
  url: string;
  kind: Kind;
  /** What the document's title must say (the view, and the state or goal) */
  title: RegExp;
}

const ROUTES: Route[] = [
  { url: '/', kind: 'page', title: /^Overview — Statewise$/ },
  { url: '/?dataset=demo', kind: 'page', title: /^Overview — Statewise$/ },
  { url: '/heatmap', kind: 'page', title: /^Heatmap — Statewise$/ },
  { url: '/heatmap?dataset=demo', kind: 'page', title: /^Heatmap — Statewise$/ },
  { url: '/scores', kind: 'page', title: /^Scores — Statewise$/ },
  { url: '/scores?dataset=demo', kind: 'page', title: /^Scores — Statewise$/ },
  { url: '/compare', kind: 'page', title: /^Compare states — Statewise$/ },
  { url: '/compare?states=CT~MA~NY', kind: 'page', title: /^Compare states — Statewise$/ },
  {
    url: '/compare?states=CT~MA~NY&dataset=demo',
    kind: 'page',
    title: /^Compare states — Statewise$/,
  },
  { url: '/goals', kind: 'page', title: /^Policy goals — Statewise$/ },
  { url: '/goals?dataset=demo', kind: 'page', title: /^Policy goals — Statewise$/ },
  { url: '/goals/2.9', kind: 'page', title: /^Policy goal 2\.9 — Statewise$/ },
  {
    url: '/goals/2.9?states=CT~MA~NY~RI&chosen=1',
    kind: 'page',
    title: /^Policy goal 2\.9 — Statewise$/,
  },
  { url: '/goals/2.9?dataset=demo', kind: 'page', title: /^Policy goal 2\.9 — Statewise$/ },
  { url: '/goals/4.6', kind: 'page', title: /^Policy goal 4\.6 — Statewise$/ },
  { url: '/goals/5.3', kind: 'page', title: /^Policy goal 5\.3 — Statewise$/ },
  { url: '/grades', kind: 'page', title: /^Grades over time — Statewise$/ },
  { url: '/grades?states=AL~FL~TN&sort=grade', kind: 'page', title: /^Grades over time/ },
  { url: '/states/CT', kind: 'page', title: /^State report CT — Statewise$/ },
  { url: '/states/CT?dataset=demo', kind: 'page', title: /^State report CT — Statewise$/ },
  { url: '/about', kind: 'page', title: /^About — Statewise$/ },
  { url: '/no/such/page', kind: 'page', title: /^Page not found — Statewise$/ },
  { url: '/embed/overview', kind: 'embed', title: /^Map — Statewise$/ },
  { url: '/embed/overview?dataset=demo', kind: 'embed', title: /^Map — Statewise$/ },
  { url: '/embed/heatmap', kind: 'embed', title: /^Heatmap — Statewise$/ },
  { url: '/embed/heatmap?dataset=demo&states=CT~MA~NY', kind: 'embed', title: /^Heatmap/ },
  { url: '/embed/scores', kind: 'embed', title: /^Coverage scores — Statewise$/ },
  { url: '/embed/scores?dataset=demo', kind: 'embed', title: /^Coverage scores/ },
  { url: '/embed/compare?states=CT~MA~NY', kind: 'embed', title: /^Compare states/ },
  { url: '/embed/compare?dataset=demo&states=CT~MA~NY', kind: 'embed', title: /^Compare/ },
  { url: '/embed/goals/2.9', kind: 'embed', title: /^Policy goal 2\.9 — Statewise$/ },
  { url: '/embed/goals/4.6', kind: 'embed', title: /^Policy goal 4\.6 — Statewise$/ },
  { url: '/embed/goals/5.3?dataset=demo', kind: 'embed', title: /^Policy goal 5\.3/ },
  { url: '/embed/grades', kind: 'embed', title: /^Grades over time — Statewise$/ },
  { url: '/embed/grades?states=AL~FL', kind: 'embed', title: /^Grades over time — Statewise$/ },
  { url: '/embed/nothing-here', kind: 'embed', title: /^Embed not found — Statewise$/ },
];

/** Things a user opens, each checked again once open. */
interface OpenState {
  name: string;
  url: string;
  kind: Kind;
  open: (page: Page) => Promise<void>;
  /** Closes it again, so that it can be opened afresh at the other width */
  close?: (page: Page) => Promise<void>;
  /** Checked at 390 px too */
  phone?: boolean;
}

/** Every chart of a view switched to its table (checked on the load of that route's test). */
const TABLE_URLS: ReadonlySet<string> = new Set([
  '/',
  '/heatmap?dataset=demo',
  '/scores?dataset=demo',
  '/compare?states=CT~MA~NY&dataset=demo',
  '/goals/2.9',
  '/goals/2.9?states=CT~MA~NY~RI&chosen=1',
  '/goals/4.6',
  '/goals/5.3',
  '/grades?states=AL~FL~TN&sort=grade',
  '/embed/overview',
  '/embed/heatmap?dataset=demo&states=CT~MA~NY',
  '/embed/scores',
  '/embed/compare?states=CT~MA~NY',
  '/embed/goals/2.9',
  '/embed/grades?states=AL~FL',
]);

async function everyChartAsTable(page: Page): Promise<void> {
  const buttons = page.getByRole('button', { name: 'Table', exact: true });
  const n = await buttons.count();
  expect(n, 'a Table toggle').toBeGreaterThan(0);
  for (let i = 0; i < n; i++) {
    await buttons.nth(i).click();
    await expect(buttons.nth(i)).toHaveAttribute('aria-pressed', 'true');
  }
}

const OPEN_STATES: OpenState[] = [
  {
    name: 'heatmap cell panel',
    url: '/heatmap?dataset=demo',
    kind: 'page',
    open: async (page) => {
      const cell = page.getByRole('grid').getByRole('gridcell').first();
      await cell.focus();
      await page.keyboard.press('Enter');
      await expect(page.getByRole('dialog')).toBeVisible();
    },
  },
  {
    name: 'share popover',
    phone: true,
    url: '/?dataset=demo',
    kind: 'page',
    open: async (page) => {
      await page.getByRole('button', { name: 'Share' }).click();
      await expect(page.getByRole('textbox', { name: /link/i })).toBeVisible();
    },
    close: async (page) => {
      await page.keyboard.press('Escape');
      await expect(page.getByRole('textbox', { name: /link/i })).toHaveCount(0);
    },
  },
  {
    name: 'embed panel',
    phone: true,
    url: '/goals/2.9',
    kind: 'page',
    open: async (page) => {
      await page.getByRole('button', { name: 'Embed this chart' }).click();
      await expect(page.getByRole('group', { name: /embed/i }).first()).toBeVisible();
    },
    close: async (page) => {
      await page.keyboard.press('Escape');
      await expect(page.getByRole('group', { name: /embed/i })).toHaveCount(0);
    },
  },
  {
    name: 'cite popover',
    phone: true,
    url: '/heatmap?dataset=demo&states=CT~MA',
    kind: 'page',
    open: async (page) => {
      await page.getByRole('button', { name: 'Cite this view' }).click();
      await expect(page.getByRole('textbox', { name: 'Reference' })).toHaveValue(/^Statewise/);
    },
    close: async (page) => {
      await page.keyboard.press('Escape');
      await expect(page.getByRole('textbox', { name: 'Reference' })).toHaveCount(0);
    },
  },
  {
    name: 'embed’s “Get the data”',
    phone: true,
    url: '/embed/goals/2.9',
    kind: 'embed',
    open: async (page) => {
      await page.getByText('Get the data', { exact: true }).click();
      await expect(page.getByRole('button', { name: 'Copy citation' })).toBeEnabled();
    },
    close: async (page) => {
      await page.getByText('Get the data', { exact: true }).click();
      await expect(page.getByRole('button', { name: 'Copy citation' })).toBeHidden();
    },
  },
  {
    name: 'download menu',
    phone: true,
    url: '/',
    kind: 'page',
    open: async (page) => {
      await page
        .getByRole('button', { name: /^Download / })
        .first()
        .click();
      await expect(page.getByRole('group', { name: /^Download .* as$/ }).first()).toBeVisible();
    },
    close: async (page) => {
      await page.keyboard.press('Escape');
      await expect(page.getByRole('group', { name: /^Download .* as$/ })).toHaveCount(0);
    },
  },
  {
    name: 'goal page state picker',
    phone: true,
    url: '/goals/2.9?states=CT~MA',
    kind: 'page',
    open: async (page) => {
      await page.getByText('Choose states', { exact: true }).click();
      await page.getByRole('searchbox', { name: 'Find a state' }).fill('new');
      await expect(page.getByRole('checkbox', { name: /New York/ })).toBeVisible();
    },
    close: async (page) => {
      await page.getByRole('searchbox', { name: 'Find a state' }).fill('');
      await page.getByText('Choose states', { exact: true }).click();
      await expect(page.getByRole('searchbox', { name: 'Find a state' })).toBeHidden();
    },
  },
  {
    name: 'compare picker',
    phone: true,
    url: '/compare?states=CT~MA&dataset=demo',
    kind: 'page',
    open: async (page) => {
      const input = page.getByRole('combobox', { name: 'Add a state' });
      await input.fill('new');
      await expect(page.getByRole('listbox', { name: 'States' })).toBeVisible();
      await input.press('ArrowDown');
    },
    // Escape closes the list, a second Escape empties the field: as before it was first opened.
    close: async (page) => {
      const input = page.getByRole('combobox', { name: 'Add a state' });
      await input.press('Escape');
      await input.press('Escape');
      await expect(page.getByRole('listbox', { name: 'States' })).toHaveCount(0);
      await expect(input).toHaveValue('');
    },
  },
];

const SIZES = [
  { name: 'desktop', width: 1280, height: 900 },
  { name: '390px', width: 390, height: 844 },
] as const;
type Size = (typeof SIZES)[number];
const THEMES = ['light', 'dark'] as const;
type Theme = (typeof THEMES)[number];

/** The OS preference is emulated and the theme chosen explicitly (the app's picker, the embed's ?theme=). */
async function open(page: Page, url: string, kind: Kind, theme: Theme): Promise<void> {
  await page.emulateMedia({ colorScheme: theme });
  if (kind === 'embed') {
    await page.goto(`${url}${url.includes('?') ? '&' : '?'}theme=${theme}`);
  } else {
    await page.addInitScript((t) => localStorage.setItem('statewise:theme', t), theme);
    await page.goto(url);
  }
  await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
  await settled(page);
}

/**
 * The other theme on the page already open, chosen as on a fresh load: the OS preference is
 * emulated, and a page takes the theme from the app's Theme picker (which stores it, as the init
 * script of `open` does), an embed from its `?theme=` (the embed reads its address through the
 * router, which follows history changes). The theme is CSS only: no script draws by it.
 */
async function switchTheme(page: Page, kind: Kind, theme: Theme): Promise<void> {
  await page.emulateMedia({ colorScheme: theme });
  if (kind === 'embed') {
    await page.evaluate((t) => {
      const search = location.search.replace(/([?&])theme=(light|dark)(?=&|$)/, `$1theme=${t}`);
      history.replaceState(history.state, '', `${location.pathname}${search}${location.hash}`);
      dispatchEvent(new PopStateEvent('popstate'));
    }, theme);
  } else {
    // Not a click: a pointer press or focus outside would close what a test has opened.
    await page.getByRole('combobox', { name: 'Theme' }).selectOption(theme);
  }
  await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
  await settled(page);
  await motionDone(page);
}

/** The page at another width: media queries and resize observers have answered, motion is over. */
async function resize(page: Page, size: Size): Promise<void> {
  await resizeTo(page, size);
  await settled(page);
  await motionDone(page);
}

/** Finite CSS animations and transitions (a bar that resizes) have ended; shimmer never does. */
async function motionDone(page: Page): Promise<void> {
  await page.evaluate(() =>
    Promise.all(
      document
        .getAnimations()
        .filter((a) => a.effect?.getComputedTiming().endTime !== Infinity)
        .map((a) => a.finished.catch(() => undefined)),
    ),
  );
}

/** Data drawn: the view's h1 is there and nothing is loading any more. */
async function settled(page: Page): Promise<void> {
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.locator('[aria-busy="true"]')).toHaveCount(0);
}

interface Step {
  size: Size;
  theme: Theme;
  /** The first step at this width (the page was just opened or resized) */
  firstAtWidth: boolean;
}

/**
 * Opens `url` once and runs `check` at every width in both themes, one step each: desktop light,
 * desktop dark, then 390 px dark and light (one change from a step to the next). `beforeResize`
 * undoes what a check opened, before the width changes. Returns the last step.
 */
async function everyWidthAndTheme(
  page: Page,
  url: string,
  kind: Kind,
  check: (step: Step) => Promise<void>,
  {
    sizes = SIZES,
    beforeResize,
  }: { sizes?: readonly Size[]; beforeResize?: () => Promise<void> } = {},
): Promise<Step> {
  let last: Step | null = null;
  for (const [i, size] of sizes.entries()) {
    const themes = i % 2 === 0 ? THEMES : [...THEMES].reverse();
    for (const theme of themes) {
      await test.step(`${size.name} ${theme}`, async () => {
        const firstAtWidth = last?.size !== size;
        if (!last) {
          await page.setViewportSize({ width: size.width, height: size.height });
          await open(page, url, kind, theme);
        } else {
          if (firstAtWidth) {
            await beforeResize?.();
            await resize(page, size);
          }
          if (last.theme !== theme) await switchTheme(page, kind, theme);
        }
        last = { size, theme, firstAtWidth };
        await check(last);
      });
    }
  }
  return last!;
}

async function expectNoViolations(page: Page): Promise<void> {
  // Only violations are collected: the passes of 2,040 heatmap cells cost a third of the time.
  // Legacy mode is axe.run in the page itself. The default runs axe in each frame and then again
  // in a new blank page, to which it sends every frame's partial results: the same results (every
  // rule's outcome compared on the heatmap, compare, goal and About pages), 2 to 9 times slower.
  // The app has no frames, so nothing is left out.
  // options() replaces AxeBuilder's whole option object, so it comes before withTags (which
  // would otherwise be dropped, leaving axe's default rules). label-content-name-mismatch (WCAG
  // 2.5.3, label in name) is still marked experimental in axe-core and off unless enabled.
  const results = await new AxeBuilder({ page })
    .options({
      resultTypes: ['violations'],
      rules: { 'label-content-name-mismatch': { enabled: true } },
    })
    .withTags(AXE_TAGS)
    .setLegacyMode()
    .analyze();
  expect(
    results.violations.map(
      (v) =>
        `${v.id} (${v.impact}): ${v.nodes
          .slice(0, 5)
          .map(
            (n) =>
              `${n.target.join(' ')}${n.failureSummary ? ` — ${n.failureSummary.split('\n').slice(1, 2).join('')}` : ''}`,
          )
          .join(' | ')}${v.nodes.length > 5 ? ` (+${v.nodes.length - 5} more)` : ''}`,
    ),
  ).toEqual([]);
}

/** Landmarks, one h1, headings without skipped levels, a skip link to main, a titled document. */
async function expectStructure(page: Page, kind: Kind, title: RegExp): Promise<void> {
  await expect(page).toHaveTitle(title);
  await expect(page.getByRole('main')).toHaveCount(1);
  if (kind === 'page') {
    await expect(page.getByRole('banner')).toHaveCount(1);
    await expect(page.getByRole('contentinfo')).toHaveCount(1);
    await expect(page.getByRole('navigation').first()).toBeAttached();
    // The first thing Tab reaches: a link to the main content.
    const skip = page.locator('a[href="#main"]').first();
    await expect(skip).toHaveText('Skip to content');
    const first = await page.evaluate(() => {
      const all = document.querySelectorAll<HTMLElement>(
        'a[href], button, input, select, textarea, [tabindex]:not([tabindex="-1"])',
      );
      return all[0]?.getAttribute('href') ?? null;
    });
    expect(first, 'the first focusable element').toBe('#main');
    await expect(page.locator('#main')).toHaveRole('main');
  }
  const levels = await page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('h1, h2, h3, h4, h5, h6, [role="heading"]')]
      .filter((h) => h.closest('[aria-hidden="true"], [hidden]') === null)
      .filter((h) => h.getClientRects().length > 0 || h.closest('.visually-hidden') !== null)
      .map((h) => ({
        level: Number(h.getAttribute('aria-level') ?? h.tagName.slice(1)),
        text: (h.textContent ?? '').trim().slice(0, 40),
      })),
  );
  expect(levels.filter((h) => h.level === 1).length, 'one h1').toBe(1);
  expect(levels[0]?.level, 'the first heading is the h1').toBe(1);
  const skipped = levels.filter((h, i) => i > 0 && h.level > levels[i - 1]!.level + 1);
  expect(skipped, 'headings that skip a level').toEqual([]);
}

/** The heatmaps of every state: axe reads each of their 2,040 cells (the slow checks, run first). */
const heavy = (url: string) => /heatmap(\?|$)(?!.*states=)/.test(url);
const byWeight = <T extends { url: string }>(list: T[]): T[] =>
  [...list].sort((a, b) => Number(heavy(b.url)) - Number(heavy(a.url)));

// axe reads every one of the heatmap's 2,040 cells: slower than the default allows. Each test
// below runs several checks on one load, so its time allowed is the old one per check.
const PER_CHECK = 120_000;

test.describe('every route and embed, at both widths, in both themes', () => {
  test.use({ viewport: { width: SIZES[0].width, height: SIZES[0].height } });

  for (const route of byWeight(ROUTES)) {
    const tables = TABLE_URLS.has(route.url);
    test(`${route.url}${tables ? ', and with every chart as a table' : ''}`, async ({ page }) => {
      test.setTimeout(PER_CHECK * (SIZES.length * THEMES.length + (tables ? THEMES.length : 0)));
      const last = await everyWidthAndTheme(page, route.url, route.kind, async () => {
        await expectStructure(page, route.kind, route.title);
        await expectNoViolations(page);
      });
      if (!tables) return;
      // The table views at desktop width, after the chart views (which they replace).
      await resize(page, SIZES[0]);
      await test.step('every chart as a table', () => everyChartAsTable(page));
      for (const theme of last.theme === THEMES[0] ? THEMES : [...THEMES].reverse()) {
        await test.step(`desktop ${theme} with every chart as a table`, async () => {
          if (theme !== last.theme) await switchTheme(page, route.kind, theme);
          await settled(page);
          await expectNoViolations(page);
        });
      }
    });
  }

  // Open states at 390 px as well: the popovers and the picker (their layout changes on a phone).
  for (const state of byWeight(OPEN_STATES)) {
    const sizes = state.phone === true ? SIZES : SIZES.slice(0, 1);
    test(`${state.url} with the ${state.name} open`, async ({ page }) => {
      test.setTimeout(PER_CHECK * sizes.length * THEMES.length);
      await everyWidthAndTheme(
        page,
        state.url,
        state.kind,
        async ({ firstAtWidth }) => {
          // Opened afresh at each width: a popover places itself by the room it has on opening.
          if (firstAtWidth) await state.open(page);
          await settled(page);
          await expectNoViolations(page);
        },
        {
          sizes,
          beforeResize: async () => {
            if (!state.close) throw new Error(`${state.name}: no way to close it`);
            await state.close(page);
          },
        },
      );
    });
  }
});

/** Every element that animates or transitions by CSS, and the animations running now. */
function motion(page: Page): Promise<{ styled: string[]; running: number }> {
  return page.evaluate(() => {
    const styled: string[] = [];
    for (const el of document.querySelectorAll('*')) {
      const cs = getComputedStyle(el);
      const moves =
        cs.animationName !== 'none' ||
        cs.transitionDuration.split(',').some((d) => parseFloat(d) > 0);
      if (moves) styled.push(`${el.tagName.toLowerCase()}.${[...el.classList].join('.')}`);
    }
    return { styled, running: document.getAnimations().length };
  });
}

/**
 * Counts changes to the bars' sizes in the compare chart after they were first drawn (a chart
 * that animates by script changes them frame by frame; the profile's bars are sized once by CSS).
 */
async function watchBars(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const w = window as unknown as { barChanges: number };
    w.barChanges = 0;
    new MutationObserver((records) => {
      for (const r of records) {
        if (r.type === 'attributes' && (r.target as Element).closest('.profile-bars__bar')) {
          w.barChanges++;
        }
      }
    }).observe(document, {
      attributes: true,
      subtree: true,
      attributeFilter: ['style', 'd', 'width'],
    });
  });
}

test.describe('prefers-reduced-motion', () => {
  test('reduce: no skeleton shimmer, popover, bar or chart animation, no smooth scrolling', async ({
    page,
  }) => {
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await watchBars(page);
    // Hold the overview's data, to see the loading skeleton.
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route('**/data/real/**', async (route) => {
      await held;
      await route.continue();
    });
    await page.goto('/');
    await expect(page.locator('.skeleton__line').first()).toBeVisible();
    expect(await motion(page)).toEqual({ styled: [], running: 0 });
    release();
    await expect(page.locator('[aria-busy="true"]')).toHaveCount(0);
    await expect(page.locator('.ranked__bar, .grouped__bar').first()).toBeVisible();
    await page.getByRole('button', { name: 'Share a link to this view' }).click();
    await page
      .getByRole('button', { name: /^Download / })
      .first()
      .click();
    expect(await motion(page)).toEqual({ styled: [], running: 0 });
    expect(
      await page.evaluate(() => getComputedStyle(document.documentElement).scrollBehavior),
    ).toBe('auto');

    await page.goto('/compare?states=CT~MA~NY&dataset=demo');
    await expect(page.locator('.profile-bars__bar').first()).toBeVisible();
    await expect(page.locator('[aria-busy="true"]')).toHaveCount(0);
    // Drawn at their final size at once: a frame later nothing has moved.
    await page.evaluate(
      () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))),
    );
    expect(
      await page.evaluate(() => (window as unknown as { barChanges: number }).barChanges),
    ).toBe(0);
    expect(await motion(page)).toEqual({ styled: [], running: 0 });
  });

  test('no preference: the charts may animate (the checks above can see motion)', async ({
    page,
  }) => {
    await page.emulateMedia({ reducedMotion: 'no-preference' });
    await watchBars(page);
    await page.goto('/compare?states=CT~MA~NY&dataset=demo');
    await expect(page.locator('.profile-bars__bar').first()).toBeVisible();
    // The bars are drawn at their size; with no preference a change of size is a transition.
    expect((await motion(page)).styled).toContain('span.profile-bars__bar');
    await page.goto('/');
    await expect(page.locator('.ranked__bar, .grouped__bar').first()).toBeVisible();
    expect((await motion(page)).styled.length).toBeGreaterThan(0);
  });
});

test.describe('charts do not depend on colour', () => {
  for (const url of ['/heatmap?dataset=demo', '/embed/heatmap?dataset=demo']) {
    test(`${url}: the status legend gives each colour a mark and a word, as the cells do`, async ({
      page,
    }) => {
      await page.goto(url);
      const legend = page.getByRole('group', { name: 'Legend: Status' });
      const items = legend.getByRole('listitem');
      await expect(items).toHaveCount(4);
      for (const item of await items.all()) {
        expect((await item.locator('.status-glyph__mark').textContent())?.trim()).not.toBe('');
        expect((await item.textContent())?.replace(/[^A-Za-z]/g, '').length).toBeGreaterThan(3);
      }
      // Every cell shows its status's mark, not only its colour.
      const marks = await page
        .getByRole('grid')
        .getByRole('gridcell')
        .evaluateAll((cells) => cells.filter((c) => (c.textContent ?? '').trim() === '').length);
      expect(marks, 'cells with no mark').toBe(0);
    });
  }

  for (const url of ['/?dataset=demo', '/embed/overview', '/?measure=status:1.1&dataset=demo']) {
    test(`${url}: the tile map's legend entries are words, and each tile shows its value`, async ({
      page,
    }) => {
      await page.goto(url);
      const legend = page.locator('.overview-legend');
      await expect(legend.locator('.overview-legend__label').first()).toBeVisible();
      const labels = await legend.locator('.overview-legend__label').allTextContents();
      expect(labels.length).toBeGreaterThan(1);
      for (const label of labels) expect(label.trim()).not.toBe('');
      const tiles = page.locator('.tile');
      await expect(tiles.first()).toBeVisible();
      const blank = await tiles.evaluateAll(
        (all) =>
          all.filter(
            (t) =>
              !t.classList.contains('tile--no-data') &&
              (t.querySelector('.tile__value')?.textContent ?? '').trim() === '',
          ).length,
      );
      expect(blank, 'tiles with data but no value shown').toBe(0);
    });
  }
});

test.describe('a view whose data fails', () => {
  // A 200 answer that is not JSON: a fault the app must report, without the browser's own
  // "Failed to load resource" console error that a 4xx/5xx would add.
  const breakSummary = (page: Page) =>
    page.route(/\/data\/real\/\d+\/summary\.json/, (route) =>
      route.fulfill({ status: 200, contentType: 'application/json', body: '{"broken":' }),
    );

  /** Runs `check` in both themes on one load of `url` (at the default viewport, as before). */
  async function inBothThemes(page: Page, url: string, kind: Kind, check: () => Promise<void>) {
    for (const [i, theme] of THEMES.entries()) {
      await test.step(theme, async () => {
        if (i === 0) await open(page, url, kind, theme);
        else await switchTheme(page, kind, theme);
        await check();
      });
    }
  }

  test("light and dark: the overview's error panel is accessible and the page keeps its outline", async ({
    page,
  }) => {
    await breakSummary(page);
    await inBothThemes(page, '/', 'page', async () => {
      await expect(page.getByRole('alert')).toContainText('not valid JSON');
      await expectStructure(page, 'page', /^Overview — Statewise$/);
      await expectNoViolations(page);
    });
  });

  test('light and dark: an embed whose data fails has its message as the h1', async ({ page }) => {
    await breakSummary(page);
    await inBothThemes(page, '/embed/heatmap', 'embed', async () => {
      const alert = page.getByRole('alert');
      await expect(alert).toContainText('not valid JSON');
      await expect(alert.getByRole('heading', { level: 1 })).toBeVisible();
      await expectStructure(page, 'embed', /^Heatmap — Statewise$/);
      await expectNoViolations(page);
    });
  });
});
