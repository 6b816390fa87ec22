import { chromium } from 'playwright-core';
const [,, url, out, w, h, scheme, full, clickTable, scrollY] = process.argv;
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox','--disable-gpu'] });
const ctx = await browser.newContext({ viewport: { width: +w, height: +h }, colorScheme: scheme });
const page = await ctx.newPage();
await page.goto(`http://127.0.0.1:4322${url}`);
await page.getByRole('combobox', { name: 'Edition' }).waitFor();
await page.waitForTimeout(800);
if (clickTable) { await page.getByRole('button', { name: 'Table', exact: true }).first().click(); await page.waitForTimeout(300); }
if (scrollY) { await page.evaluate((y) => window.scrollTo(0, +y), scrollY); await page.waitForTimeout(200); }
await page.screenshot({ path: out, fullPage: full === '1' });
await browser.close();
