import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

/**
 * A keyboard-only journey, no mouse: the skip link, every header control, the heatmap grid and its
 * cell panel, the compare picker, and Share. At every step the focused element shows a focus
 * indicator whose colour contrasts at least 3:1 with what is behind it, and focus is never lost
 * to <body>.
 */

interface Focused {
  tag: string;
  role: string | null;
  name: string;
  id: string;
  href: string | null;
  /** The indicator: outline or box-shadow, its colour, and the colour behind it */
  indicator: string | null;
  ring: string | null;
  behind: string | null;
  contrast: number;
}

/** What has focus, and its focus indicator's contrast, computed in the page. */
function focused(page: Page): Promise<Focused | null> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body || el === document.documentElement) return null;

    const parse = (c: string): [number, number, number, number] | null => {
      const m = /rgba?\(([\d.]+),\s*([\d.]+),\s*([\d.]+)(?:,\s*([\d.]+))?\)/.exec(c);
      return m
        ? [Number(m[1]), Number(m[2]), Number(m[3]), m[4] === undefined ? 1 : Number(m[4])]
        : null;
    };
    const luminance = ([r, g, b]: number[]) => {
      const lin = (v: number) => {
        const s = v / 255;
        return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
      };
      return 0.2126 * lin(r!) + 0.7152 * lin(g!) + 0.0722 * lin(b!);
    };
    /** The first opaque background from `from` upwards (the page's own at the top). */
    const backgroundOf = (from: Element | null): [number, number, number, number] => {
      for (let n = from; n; n = n.parentElement) {
        const bg = parse(getComputedStyle(n).backgroundColor);
        if (bg && bg[3] > 0.5) return bg;
      }
      return parse(getComputedStyle(document.body).backgroundColor) ?? [255, 255, 255, 1];
    };

    const ratio = (x: number[], y: number[]) => {
      const a = luminance(x);
      const b = luminance(y);
      return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
    };

    // The rings: an outline and/or a box-shadow (a two-tone indicator counts by its better tone).
    const cs = getComputedStyle(el);
    const rings: { what: string; color: number[]; inside: boolean }[] = [];
    if (cs.outlineStyle !== 'none' && parseFloat(cs.outlineWidth) >= 2) {
      const color = parse(cs.outlineColor);
      // A ring drawn inside the element sits on its own background.
      const inside = parseFloat(cs.outlineOffset) + parseFloat(cs.outlineWidth) <= 0;
      if (color) rings.push({ what: `outline ${cs.outlineWidth}`, color, inside });
    }
    if (cs.boxShadow !== 'none') {
      const m =
        /(rgba?\([^)]*\))\s+(-?[\d.]+)px\s+(-?[\d.]+)px\s+([\d.]+)px\s+([\d.]+)px(\s+inset)?/.exec(
          cs.boxShadow,
        );
      const color = m ? parse(m[1]!) : null;
      if (m && color && Number(m[5]) >= 2) {
        rings.push({
          what: `box-shadow ${m[5]}px${m[6] ?? ''}`,
          color,
          inside: m[6] !== undefined,
        });
      }
    }
    let best: { what: string; color: number[]; behind: number[]; contrast: number } | null = null;
    for (const r of rings) {
      const behind = backgroundOf(r.inside ? el : el.parentElement);
      const contrast = ratio(r.color, behind);
      if (!best || contrast > best.contrast) best = { ...r, behind, contrast };
    }
    const indicator = best?.what ?? null;
    const ring = best?.color ?? null;
    const behind = best?.behind ?? backgroundOf(el);
    const contrast = best?.contrast ?? 0;
    return {
      tag: el.tagName.toLowerCase(),
      role: el.getAttribute('role'),
      name: (el.getAttribute('aria-label') ?? el.textContent ?? '').trim().slice(0, 80),
      id: el.id,
      href: el.getAttribute('href'),
      indicator,
      ring: ring ? `rgb(${ring.slice(0, 3).join(', ')})` : null,
      behind: `rgb(${behind.slice(0, 3).join(', ')})`,
      contrast: Math.round(contrast * 100) / 100,
    };
  });
}

/** Focus is on something (not <body>) and shows a visible, contrasting indicator. */
async function expectVisibleFocus(page: Page, step: string): Promise<Focused> {
  const f = await focused(page);
  expect(f, `${step}: focus lost to <body>`).not.toBeNull();
  expect(f!.indicator, `${step}: no focus indicator on ${f!.tag} "${f!.name}"`).not.toBeNull();
  expect(
    f!.contrast,
    `${step}: focus ring ${f!.ring} on ${f!.behind} (${f!.tag} "${f!.name}")`,
  ).toBeGreaterThanOrEqual(3);
  return f!;
}

/** Presses Tab (or Shift+Tab) until the focused element matches, checking focus at every stop. */
async function tabTo(
  page: Page,
  matches: (f: Focused) => boolean,
  what: string,
  { back = false, max = 40 } = {},
): Promise<Focused> {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
    const f = await expectVisibleFocus(page, `Tab towards ${what}`);
    if (matches(f)) return f;
  }
  throw new Error(`${what} not reached in ${max} Tab presses`);
}

const named = (name: string | RegExp) => (f: Focused) =>
  typeof name === 'string' ? f.name === name : name.test(f.name);

test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

for (const theme of ['light', 'dark'] as const) {
  test(`keyboard only (${theme}): skip link, header, heatmap grid and panel, compare picker, share`, async ({
    page,
  }) => {
    test.setTimeout(90_000);
    await page.emulateMedia({ colorScheme: theme });
    await page.goto('/');
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(page.getByRole('combobox', { name: 'Edition' })).toBeVisible();

    // The first stop is the skip link, shown when focused; it moves focus to main.
    await page.keyboard.press('Tab');
    const skip = await expectVisibleFocus(page, 'first Tab');
    expect(skip.href).toBe('#main');
    const box = await page.getByRole('link', { name: 'Skip to content' }).boundingBox();
    expect(box && box.y >= 0 && box.height > 0, 'the skip link is on screen').toBe(true);
    await page.keyboard.press('Enter');
    expect((await expectVisibleFocus(page, 'the skip link followed')).id).toBe('main');

    // Every header control, in order, from the top.
    await page.keyboard.press('Shift+Tab');
    await tabTo(page, (f) => f.href === '#main', 'the skip link', { back: true });
    await tabTo(page, named('Statewise'), 'the brand link');
    const data = await tabTo(page, (f) => f.tag === 'select', 'the Data picker');
    expect(data.name).toMatch(/Report data/);
    await page.keyboard.press('ArrowDown');
    await expect(page).toHaveURL(/dataset=demo/);
    await expect(page.getByText('Everything on this page is generated')).toBeVisible();
    await expectVisibleFocus(page, 'after choosing the demo data');
    await page.keyboard.press('ArrowUp');
    await expect(page).not.toHaveURL(/dataset=demo/);

    await page.keyboard.press('Tab');
    const edition = page.getByRole('combobox', { name: 'Edition' });
    await expect(edition).toBeFocused();
    await expectVisibleFocus(page, 'the Edition picker');
    const years = await edition.locator('option').allTextContents();
    if (years.length > 1) {
      const before = await edition.inputValue();
      await page.keyboard.press(before === years[0] ? 'ArrowDown' : 'ArrowUp');
      await expect(edition).not.toHaveValue(before);
      await expect(page).toHaveURL(/year=/);
      await page.keyboard.press(before === years[0] ? 'ArrowUp' : 'ArrowDown');
      await expect(edition).toHaveValue(before);
    }

    await page.keyboard.press('Tab');
    const themePicker = page.getByRole('combobox', { name: 'Theme' });
    await expect(themePicker).toBeFocused();
    // System → Light → Dark: choose the theme under test explicitly.
    await page.keyboard.press('ArrowDown');
    if (theme === 'dark') await page.keyboard.press('ArrowDown');
    await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
    await expectVisibleFocus(page, `the Theme picker (${theme})`);

    for (const label of ['Overview', 'Heatmap', 'Scores', 'Compare', 'Goals', 'Grades', 'About']) {
      await page.keyboard.press('Tab');
      const f = await expectVisibleFocus(page, `nav link ${label}`);
      expect(f.name).toBe(label);
    }
    await tabTo(page, named('Share a link to this view'), 'Share');
    await tabTo(page, named('Embed this chart'), 'Embed');

    // To the heatmap by its nav link: focus goes to the content.
    await tabTo(page, named('Heatmap'), 'the Heatmap link', { back: true });
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/heatmap/);
    await expect(page.getByRole('heading', { level: 1, name: 'Heatmap' })).toBeVisible();
    expect((await expectVisibleFocus(page, 'after a nav link')).id).toBe('main');
    const grid = page.getByRole('grid');
    await expect(grid.getByRole('gridcell').first()).toBeVisible();

    // Into the grid: one tab stop, then arrows, Home, End.
    const first = await tabTo(page, (f) => f.role === 'gridcell', 'the grid', { max: 80 });
    await page.keyboard.press('ArrowRight');
    const right = await expectVisibleFocus(page, 'ArrowRight');
    expect(right.role).toBe('gridcell');
    expect(right.name).not.toBe(first.name);
    await page.keyboard.press('End');
    const end = await expectVisibleFocus(page, 'End');
    await page.keyboard.press('Home');
    const home = await expectVisibleFocus(page, 'Home');
    expect(end.name).not.toBe(home.name);
    expect(home.name.split(',')[0]).toBe(end.name.split(',')[0]);
    await page.keyboard.press('ArrowDown');
    const down = await expectVisibleFocus(page, 'ArrowDown');
    expect(down.name.split(',')[0]).not.toBe(home.name.split(',')[0]);
    await page.keyboard.press('ArrowRight');
    const cell = await expectVisibleFocus(page, 'the cell to open');

    // Enter opens the cell's panel with focus inside; Tab moves within it; Escape closes it and
    // returns focus to the same cell.
    await page.keyboard.press('Enter');
    const panel = page.getByRole('dialog');
    await expect(panel).toBeVisible();
    expect(await panel.evaluate((p) => p.contains(document.activeElement))).toBe(true);
    await expectVisibleFocus(page, 'the panel opened');
    await page.keyboard.press('Tab');
    await expectVisibleFocus(page, 'Tab in the panel');
    expect(await panel.evaluate((p) => p.contains(document.activeElement))).toBe(true);
    await page.keyboard.press('Escape');
    await expect(panel).toBeHidden();
    const back = await expectVisibleFocus(page, 'after Escape');
    expect(back.role).toBe('gridcell');
    expect(back.name).toBe(cell.name);

    // To Compare by its nav link, then pick states in the searchable picker.
    await tabTo(page, named('Compare'), 'the Compare link', { back: true, max: 80 });
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { level: 1, name: 'Compare states' })).toBeVisible();
    expect((await expectVisibleFocus(page, 'after a nav link')).id).toBe('main');
    await tabTo(page, (f) => f.role === 'combobox', 'the picker');
    const input = page.getByRole('combobox', { name: 'Add a state' });
    await expect(input).toBeFocused();
    await expectVisibleFocus(page, 'the state picker');

    await page.keyboard.type('conn');
    await expect(page.getByRole('option', { name: /Connecticut/ })).toBeVisible();
    await page.keyboard.press('Enter');
    await page.keyboard.type('mass');
    await page.keyboard.press('Enter');
    // Typing "new", then an arrow to the second match.
    await page.keyboard.type('new');
    await expect(page.getByRole('listbox', { name: 'States' })).toBeVisible();
    await page.keyboard.press('ArrowDown');
    const picked = await input.getAttribute('aria-activedescendant');
    expect(picked).toBeTruthy();
    const pickedName = (await page.locator(`[id="${picked}"]`).textContent())!.replace(
      /\s+[A-Z]{2}$/,
      '',
    );
    await page.keyboard.press('Enter');
    const chips = page.getByRole('list', { name: 'States compared' });
    await expect(chips.getByRole('button', { name: /^Remove / })).toHaveCount(3);
    await expect(chips.getByRole('button', { name: `Remove ${pickedName}` })).toBeVisible();
    await expect(page).toHaveURL(/states=CT~MA~/);

    // Remove Massachusetts with the keyboard: focus goes back to the picker, not to <body>.
    await tabTo(page, named('Remove Massachusetts'), 'Remove Massachusetts');
    await page.keyboard.press('Enter');
    await expect(chips.getByRole('button', { name: /^Remove / })).toHaveCount(2);
    await expect(chips.getByRole('button', { name: 'Remove Massachusetts' })).toHaveCount(0);
    await expectVisibleFocus(page, 'after removing a state');
    await page.keyboard.press('Escape');

    // Share by keyboard: the clipboard holds this view's link, on this app's origin.
    await tabTo(page, named('Share a link to this view'), 'Share', { back: true, max: 60 });
    await page.keyboard.press('Enter');
    await expect(page.getByText('Link copied')).toBeVisible();
    await expectVisibleFocus(page, 'after Share');
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    const link = new URL(copied);
    const here = new URL(page.url());
    expect(link.origin).toBe(here.origin);
    expect(link.pathname).toBe('/compare');
    expect(link.searchParams.get('states')).toBe(here.searchParams.get('states'));
    expect(link.searchParams.get('states')).toMatch(/^CT~/);
  });
}
