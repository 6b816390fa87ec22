import { expect, openAndSettle, test } from './fixtures';

const URLS = [
  '/',
  '/?dataset=demo',
  '/heatmap?dataset=demo',
  '/scores?dataset=demo',
  '/compare?states=CT~MA~NY&dataset=demo',
  '/goals',
  '/goals?dataset=demo',
  '/goals/2.9',
  '/goals/2.9?states=CT~MA~NY~RI&chosen=1',
  '/goals/4.6?dataset=demo',
  '/states/CT',
  '/states/AL',
  '/about',
];

test.use({ viewport: { width: 390, height: 844 } });

for (const url of URLS) {
  test(`at 390 px wide, ${url} does not scroll sideways`, async ({ page }) => {
    await openAndSettle(page, url);
    await page.waitForLoadState('networkidle');
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(width).toBeLessThanOrEqual(390);
  });
}
