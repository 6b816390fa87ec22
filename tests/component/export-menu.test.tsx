import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { parseRfc4180 } from '../fixtures/rfc4180';
import { renderApp } from './render-app';

/**
 * The Download menu of a chart and the state report's Markdown download, through the whole app.
 * The browser's download machinery (object URLs, a link's click) is mocked: what is tested is the
 * file the app hands it.
 */
interface Saved {
  name: string;
  blob: Blob;
}

let saved: Saved[] = [];
const blobs = new Map<string, Blob>();

beforeEach(() => {
  saved = [];
  blobs.clear();
  let n = 0;
  URL.createObjectURL = vi.fn((blob: Blob) => {
    const url = `blob:test/${(n += 1)}`;
    blobs.set(url, blob);
    return url;
  });
  URL.revokeObjectURL = vi.fn();
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
    this: HTMLAnchorElement,
  ) {
    const blob = blobs.get(this.href);
    if (this.download && blob) saved.push({ name: this.download, blob });
  });
});

afterEach(() => {
  vi.restoreAllMocks();
});

async function openMenu(title: string) {
  const frame = await screen.findByRole('figure', { name: title });
  const button = within(frame).getByRole('button', { name: `Download ${title}` });
  return { frame, button };
}

describe('Export menu', () => {
  it('downloads the CSV of the rows shown, named after the view and selection', async () => {
    const user = userEvent.setup();
    renderApp('/heatmap?dataset=demo&year=2022&states=CT~MA~NY');
    const { frame, button } = await openMenu('Policy goals met, by state');
    expect(button).toHaveAttribute('aria-expanded', 'false');
    await user.click(button);
    expect(button).toHaveAttribute('aria-expanded', 'true');
    const group = within(frame).getByRole('group', {
      name: 'Download Policy goals met, by state as',
    });
    expect(
      within(group)
        .getAllByRole('button')
        .map((b) => b.textContent?.split(' ')[0]),
    ).toEqual(['PNG', 'SVG', 'CSV', 'JSON', 'ZIP']);
    expect(group).toHaveTextContent('Files carry the synthetic demo data mark.');
    await user.click(within(group).getByRole('button', { name: /^CSV/ }));

    await waitFor(() => expect(saved).toHaveLength(1));
    expect(saved[0]!.name).toBe('heatmap-2022-CT-MA-NY-demo.csv');
    const text = await saved[0]!.blob.text();
    expect(saved[0]!.blob.type).toBe('text/csv;charset=utf-8');
    // Header and rows only, as a spreadsheet reads them: what the rows are is in the JSON and the
    // README (the next test), no longer in `#` lines before the header.
    const [header, ...records] = parseRfc4180(text);
    expect(header?.slice(0, 3)).toEqual(['State', 'Code', 'Goal 1.1']);
    expect(header?.at(-1)).toBe('Dataset');
    expect(records.map((r) => r[0])).toEqual(['Connecticut', 'Massachusetts', 'New York']);
    for (const r of records) expect(r.at(-1)).toBe('synthetic demo data');
    expect(text.split('\r\n').some((l) => l.startsWith('#'))).toBe(false);
    // Closed, focus back on its button, and the download said in the live region.
    expect(button).toHaveAttribute('aria-expanded', 'false');
    expect(button).toHaveFocus();
    expect(within(frame).getByText('Downloaded heatmap-2022-CT-MA-NY-demo.csv')).toHaveAttribute(
      'aria-live',
      'polite',
    );
  });

  it('downloads JSON with a meta object and a ZIP of three files', async () => {
    const user = userEvent.setup();
    renderApp('/heatmap?dataset=demo&year=2022&states=CT~MA~NY');
    const { frame, button } = await openMenu('Policy goals met, by state');
    await user.click(button);
    await user.click(within(frame).getByRole('button', { name: /^JSON/ }));
    await waitFor(() => expect(saved).toHaveLength(1));
    const json = JSON.parse(await saved[0]!.blob.text()) as {
      meta: {
        view: string;
        synthetic: boolean;
        edition: number;
        syntheticNote: string;
        link: string;
        citation: { text: string; bibtex: string };
      };
      rows: unknown[];
    };
    expect(json.meta).toMatchObject({ view: 'Heatmap', synthetic: true, edition: 2022 });
    expect(json.meta.syntheticNote).toMatch(/^Synthetic demo data: /);
    expect(json.meta.link).toBe(
      'http://localhost:3000/heatmap?dataset=demo&year=2022&states=CT~MA~NY',
    );
    // The citation carries the view's pinned share link, as the Cite control gives it.
    expect(json.meta.citation.text).toMatch(
      /^Statewise \(\d{4}\)\. Policy goals met, by state, 2022 \(synthetic demo data\) \[data view\]\./,
    );
    expect(json.meta.citation.text).toContain(
      'http://localhost:3000/heatmap?v=1&dataset=demo&year=2022&states=CT~MA~NY&sort=score.',
    );
    expect(json.meta.citation.bibtex).toMatch(
      /^@misc\{statewise\d{4}-policy-goals-met-by-state-2022-demo,/,
    );
    expect(json.rows).toHaveLength(3);

    await user.click(button);
    await user.click(within(frame).getByRole('button', { name: /^ZIP/ }));
    await waitFor(() => expect(saved).toHaveLength(2));
    expect(saved[1]!.name).toBe('heatmap-2022-CT-MA-NY-demo.zip');
    const { strFromU8, unzipSync } = await import('fflate');
    const files = unzipSync(new Uint8Array(await saved[1]!.blob.arrayBuffer()));
    expect(Object.keys(files).sort()).toEqual([
      'README.txt',
      'heatmap-2022-CT-MA-NY-demo.csv',
      'heatmap-2022-CT-MA-NY-demo.json',
    ]);
    const readme = strFromU8(files['README.txt']!).replace(/\s+/g, ' ');
    expect(readme).toContain('Dataset: demo — SYNTHETIC DEMO DATA');
    expect(readme).toContain(
      'Link: http://localhost:3000/heatmap?dataset=demo&year=2022&states=CT~MA~NY',
    );
    expect(readme).toContain('Suggested citation');
    expect(readme).toContain(json.meta.citation.text);
    // The CSV in the archive is the same: the byte order mark, then the header row.
    const zippedCsv = files['heatmap-2022-CT-MA-NY-demo.csv']!;
    expect([...zippedCsv.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(strFromU8(zippedCsv.subarray(3)).startsWith('State,Code,Goal 1.1,')).toBe(true);
  });

  it('writes a link that pins the edition shown when the URL leaves it to the default', async () => {
    const user = userEvent.setup();
    renderApp('/heatmap?dataset=demo&states=CT');
    const { frame, button } = await openMenu('Policy goals met, by state');
    await user.click(button);
    await user.click(within(frame).getByRole('button', { name: /^JSON/ }));
    await waitFor(() => expect(saved).toHaveLength(1));
    const { meta } = JSON.parse(await saved[0]!.blob.text()) as {
      meta: { edition: number; link: string };
    };
    const edition = String(meta.edition);
    expect(edition).toMatch(/^\d{4}$/);
    expect(meta.link).toMatch(new RegExp(`^http://localhost:3000/heatmap\\?.*year=${edition}`));
  });

  it('downloads the SVG of the chart', async () => {
    const user = userEvent.setup();
    renderApp('/heatmap?year=2022&states=CT');
    const { frame, button } = await openMenu('Policy goals met, by state');
    await user.click(button);
    expect(within(frame).queryByText('Files carry the synthetic demo data mark.')).toBeNull();
    await user.click(within(frame).getByRole('button', { name: /^SVG/ }));
    await waitFor(() => expect(saved).toHaveLength(1));
    expect(saved[0]!.name).toBe('heatmap-2022-CT.svg');
    const svg = await saved[0]!.blob.text();
    expect(svg).toMatch(
      /^<\?xml version="1\.0" encoding="UTF-8"\?>\n<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"/,
    );
    expect(svg).toContain('Policy goals met, by state');
    expect(svg).toContain('Connecticut');
    expect(svg).not.toContain('Synthetic demo data');
  });

  it('is used from the keyboard: arrows move, Escape closes and returns focus', async () => {
    const user = userEvent.setup();
    renderApp('/heatmap?dataset=demo&year=2022&states=CT~MA~NY');
    const { frame, button } = await openMenu('Policy goals met, by state');
    button.focus();
    await user.keyboard('{Enter}');
    expect(button).toHaveAttribute('aria-expanded', 'true');
    await user.tab();
    expect(within(frame).getByRole('button', { name: /^PNG/ })).toHaveFocus();
    await user.keyboard('{ArrowDown}{ArrowDown}');
    expect(within(frame).getByRole('button', { name: /^CSV/ })).toHaveFocus();
    await user.keyboard('{End}');
    expect(within(frame).getByRole('button', { name: /^ZIP/ })).toHaveFocus();
    await user.keyboard('{ArrowDown}');
    expect(within(frame).getByRole('button', { name: /^PNG/ })).toHaveFocus();
    await user.keyboard('{Escape}');
    expect(button).toHaveAttribute('aria-expanded', 'false');
    expect(button).toHaveFocus();
    expect(saved).toHaveLength(0);
  });

  it('closes on a click elsewhere', async () => {
    const user = userEvent.setup();
    renderApp('/heatmap?dataset=demo&year=2022&states=CT~MA~NY');
    const { button } = await openMenu('Policy goals met, by state');
    await user.click(button);
    expect(button).toHaveAttribute('aria-expanded', 'true');
    await user.click(screen.getByRole('heading', { level: 1 }));
    expect(button).toHaveAttribute('aria-expanded', 'false');
  });

  it('says so when a file cannot be made, and keeps the menu open', async () => {
    const user = userEvent.setup();
    renderApp('/heatmap?dataset=demo&year=2022&states=CT~MA~NY');
    const { frame, button } = await openMenu('Policy goals met, by state');
    await user.click(button);
    // The browser fails to draw the chart's image: the PNG cannot be made, and the menu says why.
    vi.stubGlobal(
      'Image',
      class {
        onerror: (() => void) | null = null;
        set src(_url: string) {
          setTimeout(() => this.onerror?.(), 0);
        }
      },
    );
    await user.click(within(frame).getByRole('button', { name: /^PNG/ }));
    expect(await within(frame).findByRole('alert')).toHaveTextContent(
      'The PNG file could not be made: the chart image could not be drawn.',
    );
    vi.unstubAllGlobals();
    expect(button).toHaveAttribute('aria-expanded', 'true');
  });

  it('is on every chart of the views', async () => {
    renderApp('/compare?dataset=demo&year=2022&states=CT~MA~NY');
    await screen.findByRole('figure', { name: 'Issue-area profile' });
    expect(screen.getByRole('button', { name: 'Download Issue-area profile' })).toBeVisible();
    expect(screen.getByRole('button', { name: 'Download the goal-by-goal table' })).toBeVisible();
  });
});

describe('State report as Markdown', () => {
  it('downloads the full report as state-CT-2022.md', async () => {
    const user = userEvent.setup();
    renderApp('/states/CT?year=2022');
    const button = await screen.findByRole('button', { name: 'Download as Markdown' });
    await waitFor(() => expect(button).toBeEnabled());
    await user.click(button);
    await waitFor(() => expect(saved).toHaveLength(1));
    expect(saved[0]!.name).toBe('state-CT-2022.md');
    expect(saved[0]!.blob.type).toBe('text/markdown;charset=utf-8');
    const md = await saved[0]!.blob.text();
    expect(md.startsWith('# Connecticut: 2022 evaluation\n')).toBe(true);
    expect(md).toContain('## Issue area 1: Criminal Provisions');
    expect(md).toContain('## Suggested citation');
  });

  it('names the demo report -demo and marks it synthetic', async () => {
    const user = userEvent.setup();
    renderApp('/states/CT?dataset=demo&year=2022');
    const button = await screen.findByRole('button', { name: 'Download as Markdown' });
    await waitFor(() => expect(button).toBeEnabled());
    await user.click(button);
    await waitFor(() => expect(saved).toHaveLength(1));
    expect(saved[0]!.name).toBe('state-CT-2022-demo.md');
    expect(await saved[0]!.blob.text()).toContain('> **Synthetic demo data.**');
  });
});
