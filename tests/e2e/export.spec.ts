import { readFile } from 'node:fs/promises';
import type { Download, Locator, Page } from '@playwright/test';
import { strFromU8, unzipSync } from 'fflate';
import { parseRfc4180 } from '../fixtures/rfc4180';
import { expect, openAndSettle, test } from './fixtures';

/**
 * Exports in real Chromium: the Download menu of a chart makes files a user can open — a CSV with
 * the rows the view shows, a well-formed SVG with title and source line, a PNG at twice the SVG's
 * size, a ZIP with the CSV, the JSON and a README — and a state report as Markdown.
 */
const HEATMAP = '/heatmap?dataset=demo&states=CT~MA~NY';

async function download(page: Page, frame: Locator, format: string): Promise<Download> {
  await frame.getByRole('button', { name: /^Download/ }).click();
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    frame.getByRole('button', { name: new RegExp(`^${format}\\b`) }).click(),
  ]);
  return file;
}

async function bytes(file: Download): Promise<Buffer> {
  const path = await file.path();
  return readFile(path);
}

function heatmapFrame(page: Page): Locator {
  return page.getByRole('figure', { name: 'Policy goals met, by state' });
}

/**
 * Heatmap CSV: the three chosen states, a column per goal; the header first and nothing before it
 * (what names the data — dataset, states, link — is in the ZIP's README and the JSON, below).
 */
async function heatmapCsv(page: Page): Promise<void> {
  const file = await download(page, heatmapFrame(page), 'CSV');
  expect(file.suggestedFilename()).toMatch(/^heatmap-\d{4}-CT-MA-NY-demo\.csv$/);
  const text = (await bytes(file)).toString('utf8');
  expect(text.startsWith('\uFEFFState,Code,Goal 1.1,')).toBe(true);
  expect(text.split('\r\n').some((line) => line.startsWith('#'))).toBe(false);

  const [header, ...rows] = parseRfc4180(text);
  // Demo data: every row says so, in the last column.
  expect(header?.at(-1)).toBe('Dataset');
  for (const row of rows) expect(row.at(-1)).toBe('synthetic demo data');
  expect(header?.slice(0, 3)).toEqual(['State', 'Code', 'Goal 1.1']);
  expect(header).toContain('Goal 6.6');
  expect(header).toContain('Coverage score');
  expect(rows).toHaveLength(3);
  expect(rows.map((r) => r[1]).sort()).toEqual(['CT', 'MA', 'NY']);
  for (const row of rows) {
    expect(row).toHaveLength(header!.length);
    expect(row[2]).toMatch(/^(meets|partly meets|does not meet|not evaluated)$/);
  }
}

/** Heatmap SVG and PNG: a well-formed SVG with title and source, a PNG at twice its size. */
async function heatmapSvgAndPng(page: Page): Promise<void> {
  const frame = heatmapFrame(page);
  const svgFile = await download(page, frame, 'SVG');
  expect(svgFile.suggestedFilename()).toMatch(/^heatmap-\d{4}-CT-MA-NY-demo\.svg$/);
  const svg = (await bytes(svgFile)).toString('utf8');
  // Parsed by the browser's own XML parser: any error in the markup fails here.
  const parsed = await page.evaluate((markup) => {
    const doc = new DOMParser().parseFromString(markup, 'image/svg+xml');
    const root = doc.documentElement;
    return {
      error: doc.getElementsByTagName('parsererror').length > 0,
      name: root.nodeName,
      width: Number(root.getAttribute('width')),
      height: Number(root.getAttribute('height')),
      text: root.textContent ?? '',
    };
  }, svg);
  expect(parsed.error).toBe(false);
  expect(parsed.name).toBe('svg');
  expect(parsed.text).toContain('Policy goals met, by state');
  expect(parsed.text).toContain('Source: synthetic demo data');
  expect(parsed.text).toContain('Synthetic demo data');
  expect(parsed.width).toBeGreaterThan(300);

  const pngFile = await download(page, frame, 'PNG');
  expect(pngFile.suggestedFilename()).toMatch(/^heatmap-\d{4}-CT-MA-NY-demo\.png$/);
  const png = await bytes(pngFile);
  // PNG signature, then the IHDR chunk: width and height, big-endian, at bytes 16 and 20.
  expect(png.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
  expect(png.readUInt32BE(16)).toBe(parsed.width * 2);
  expect(png.readUInt32BE(20)).toBe(parsed.height * 2);
  // And it decodes: the browser draws it at that size.
  const decoded = await page.evaluate(async (base64) => {
    const img = new Image();
    img.src = `data:image/png;base64,${base64}`;
    await img.decode();
    return { width: img.naturalWidth, height: img.naturalHeight };
  }, png.toString('base64'));
  expect(decoded).toEqual({ width: parsed.width * 2, height: parsed.height * 2 });
}

/** Heatmap ZIP: the CSV, the JSON and a README with the source and a citation. */
async function heatmapZip(page: Page): Promise<void> {
  const file = await download(page, heatmapFrame(page), 'ZIP');
  const name = file.suggestedFilename();
  expect(name).toMatch(/^heatmap-\d{4}-CT-MA-NY-demo\.zip$/);
  const stem = name.replace(/\.zip$/, '');
  const files = unzipSync(new Uint8Array(await bytes(file)));
  expect(Object.keys(files).sort()).toEqual([`${stem}.csv`, `${stem}.json`, 'README.txt'].sort());

  const json = JSON.parse(strFromU8(files[`${stem}.json`]!)) as {
    meta: {
      synthetic: boolean;
      dataset: string;
      selection: Record<string, string>;
      link: string;
      citation: { text: string; bibtex: string };
    };
    rows: { code: string }[];
  };
  expect(json.meta.synthetic).toBe(true);
  expect(json.meta.dataset).toBe('demo');
  expect(json.meta.selection.States).toBe('Connecticut, Massachusetts, New York');
  expect(json.meta.link).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/heatmap\?.*year=\d{4}/);
  // The citation carries the view's pinned share link.
  expect(json.meta.citation.text).toMatch(/\/heatmap\?v=1&dataset=demo&year=\d{4}&states=CT~MA~NY/);
  expect(json.meta.citation.bibtex).toMatch(/^@misc\{statewise\d{4}-policy-goals-met-by-state-/);
  expect(json.rows.map((r) => r.code).sort()).toEqual(['CT', 'MA', 'NY']);

  const readme = strFromU8(files['README.txt']!);
  expect(readme).toContain('SYNTHETIC DEMO DATA');
  // What the CSV's comment lines said before: in the README now.
  const flat = readme.replace(/\s+/g, ' ');
  expect(flat).toContain('Dataset: demo — SYNTHETIC DEMO DATA');
  expect(flat).toContain('States: Connecticut, Massachusetts, New York');
  expect(flat).toMatch(/Link: http:\/\/127\.0\.0\.1:\d+\/heatmap\?.*year=\d{4}/);
  expect(readme).toContain('BibTeX');
  expect(readme).toContain('The coverage score');
  expect(readme).toContain('Suggested citation');
  expect(readme).toMatch(/Statewise \(\d{4}\)\. Policy goals met, by state, \d{4}/);
  expect(strFromU8(files[`${stem}.csv`]!)).toContain('Goal 1.1');
}

/** The menu works from the keyboard and says when the file is made. */
async function heatmapKeyboard(page: Page): Promise<void> {
  const frame = heatmapFrame(page);
  const button = frame.getByRole('button', { name: /^Download/ });
  await button.focus();
  await page.keyboard.press('Enter');
  await expect(button).toHaveAttribute('aria-expanded', 'true');
  await page.keyboard.press('Tab');
  await expect(frame.getByRole('button', { name: /^PNG/ })).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await expect(frame.getByRole('button', { name: /^CSV/ })).toBeFocused();
  const [file] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
  expect(file.suggestedFilename()).toMatch(/\.csv$/);
  await expect(button).toHaveAttribute('aria-expanded', 'false');
  await expect(button).toBeFocused();
  await expect(frame.locator('[aria-live="polite"]')).toHaveText(/Downloaded heatmap-/);
  await page.keyboard.press('Enter');
  await page.keyboard.press('Escape');
  await expect(button).toHaveAttribute('aria-expanded', 'false');
  await expect(button).toBeFocused();
}

// One load of the heatmap for its four checks, a step each. The keyboard comes first: it reads
// the announcement its download makes, which an earlier download would already have made.
test('heatmap downloads, on one load: keyboard, CSV, SVG and PNG, ZIP', async ({ page }) => {
  await openAndSettle(page, HEATMAP);
  await test.step('the menu works from the keyboard and says when the file is made', () =>
    heatmapKeyboard(page));
  await test.step('CSV: the three chosen states, a column per goal, and a header naming the data', () =>
    heatmapCsv(page));
  await test.step('SVG and PNG: a well-formed SVG with title and source, a PNG at twice its size', () =>
    heatmapSvgAndPng(page));
  await test.step('ZIP: the CSV, the JSON and a README with the source and a citation', () =>
    heatmapZip(page));
});

test('every chart of the goal 2.9 view exports a well-formed SVG', async ({ page }) => {
  await openAndSettle(page, '/goals/2.9');
  const frame = page.getByRole('figure', { name: 'Ages of juvenile court jurisdiction' });
  const file = await download(page, frame, 'SVG');
  expect(file.suggestedFilename()).toMatch(/^goal-2\.9-\d{4}-ages\.svg$/);
  const svg = (await bytes(file)).toString('utf8');
  const ok = await page.evaluate(
    (markup) =>
      new DOMParser().parseFromString(markup, 'image/svg+xml').getElementsByTagName('parsererror')
        .length === 0,
    svg,
  );
  expect(ok).toBe(true);
  expect(svg).toContain('Ages of juvenile court jurisdiction');
  expect(svg).not.toContain('Synthetic demo data');
});

test('the state report downloads as Markdown', async ({ page }) => {
  await openAndSettle(page, '/states/CT');
  const button = page.getByRole('button', { name: 'Download as Markdown' });
  await expect(button).toBeEnabled();
  const [file] = await Promise.all([page.waitForEvent('download'), button.click()]);
  expect(file.suggestedFilename()).toMatch(/^state-CT-\d{4}\.md$/);
  const md = (await bytes(file)).toString('utf8');
  expect(md).toMatch(/^# Connecticut: \d{4} evaluation/);
  expect(md).toContain('## Sources');
});

// Each view's CSV, as a spreadsheet or pandas reads it without options: the first record is the
// header, every other record one of the rows the chart's table alternative shows, as wide as it.
for (const [url, figure] of [
  ['/heatmap?dataset=demo&states=CT~MA~NY', 'Policy goals met, by state'],
  ['/compare?dataset=demo&states=CT~MA~NY', 'Issue-area profile'],
  ['/goals/2.9', 'Ages of juvenile court jurisdiction'],
  ['/goals/2.9', /^Goal 2\.9: status by state/],
  ['/scores?dataset=demo', /^Coverage score by state/],
  ['/?dataset=demo', 'Coverage score by state'],
] as const) {
  test(`the CSV of ${url} (${String(figure)}) reads as its header and the rows shown`, async ({
    page,
  }) => {
    await openAndSettle(page, url);
    const frame = page.getByRole('figure', { name: figure }).first();
    const file = await download(page, frame, 'CSV');
    const text = (await bytes(file)).toString('utf8');
    const [header, ...records] = parseRfc4180(text);
    expect(header!.length).toBeGreaterThan(1);
    expect(header!.every((h) => h.trim() !== '')).toBe(true);
    for (const r of records) expect(r).toHaveLength(header!.length);
    expect(text.split('\r\n').some((line) => line.startsWith('#'))).toBe(false);

    await frame.getByRole('button', { name: 'Table', exact: true }).click();
    const table = frame.getByRole('table').first();
    await expect(table).toBeVisible();
    // What each row of the table is about: its row header (a state, a goal, an issue area).
    const heads = (await table.getByRole('rowheader').allInnerTexts()).map((t) => t.trim());
    // A state shown on two lines (report and reference data differ) is one row of the CSV.
    const shown = [...new Set(heads)];
    expect(records).toHaveLength(shown.length);
    const state = header!.indexOf('State');
    if (state >= 0) {
      // The same states, in the same order as the table.
      expect(records.map((r) => r[state])).toEqual(
        shown.map((h) => records.find((r) => h.startsWith(r[state]!))?.[state]),
      );
    }
  });
}
