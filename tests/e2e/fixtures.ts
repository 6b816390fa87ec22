import { test as base, expect, type Page } from '@playwright/test';

/** Every e2e page fails its test on a console error or an uncaught exception. */
export const test = base.extend<{ consoleErrors: string[] }>({
  consoleErrors: [
    async ({ page }, use) => {
      const errors: string[] = [];
      page.on('console', (msg) => {
        if (msg.type() === 'error') errors.push(msg.text());
      });
      page.on('pageerror', (err) => errors.push(err.message));
      await use(errors);
      expect(errors, 'console errors').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

export async function openAndSettle(page: Page, url: string): Promise<void> {
  await page.goto(url);
  // The manifest has loaded: the edition picker is shown. Grades over time spans every edition
  // and has no picker: there its tab, marked current, says the same.
  const gradesTab = page.locator('nav[aria-label="Views"] a[aria-current="page"]', {
    hasText: /^Grades$/,
  });
  await expect(page.getByRole('combobox', { name: 'Edition' }).or(gradesTab)).toBeVisible();
}

/**
 * Sets the viewport of a page already open and waits two frames: media-query listeners and resize
 * observers have run, and what they re-rendered is laid out, as on a load at that size.
 */
export async function resizeTo(page: Page, size: { width: number; height: number }): Promise<void> {
  await page.setViewportSize({ width: size.width, height: size.height });
  await page.evaluate(
    () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))),
  );
}
