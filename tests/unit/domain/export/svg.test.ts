// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import type { SvgDocument } from '@/domain/export/spec';
import { agesSvg, AGE_LEGEND } from '@/domain/export/svg-ages';
import { barsSvg } from '@/domain/export/svg-bars';
import { escapeXml, textWidth, wrapText } from '@/domain/export/svg-common';
import { heatmapSvg } from '@/domain/export/svg-heatmap';
import { tableSvg } from '@/domain/export/svg-table';
import { tileMapSvg } from '@/domain/export/svg-tile-map';

/** Hostile text from data: it must stay text, never markup. */
const HOSTILE = 'Rhode <script>alert("x")</script> & Island';
/** Short enough for a row label that is cut to fit its column. */
const HOSTILE_SHORT = '<script>x</script>&';
const TITLE = 'A chart <b>title</b>';
const SOURCE = 'Source: Shared Hope International, 2022 report cards & more.';

function parse(doc: SvgDocument): Document {
  const xml = new DOMParser().parseFromString(doc.markup, 'image/svg+xml');
  const error = xml.getElementsByTagName('parsererror')[0];
  if (error) throw new Error(`not well-formed: ${error.textContent}`);
  return xml;
}

function expectWellFormed(doc: SvgDocument, synthetic: boolean) {
  const xml = parse(doc);
  const root = xml.documentElement;
  expect(root.nodeName).toBe('svg');
  expect(root.getAttribute('xmlns')).toBe('http://www.w3.org/2000/svg');
  expect(Number(root.getAttribute('width'))).toBe(doc.width);
  expect(Number(root.getAttribute('height'))).toBe(doc.height);
  expect(doc.height).toBeGreaterThan(100);
  const text = root.textContent ?? '';
  // Title (as the <title> and drawn), and the source line, as text.
  expect(xml.querySelector('title')?.textContent).toBe(TITLE);
  expect(text).toContain(TITLE);
  expect(text).toContain(SOURCE);
  // No element came from the data: no <script>, no <b>.
  expect(xml.getElementsByTagName('script')).toHaveLength(0);
  expect(xml.getElementsByTagName('b')).toHaveLength(0);
  expect(doc.markup).not.toMatch(/<script/i);
  // Explicit colours only: the file leaves the page's stylesheet behind.
  expect(doc.markup).not.toContain('var(--');
  // The synthetic mark is there exactly when the data is synthetic.
  expect(text.includes('Synthetic demo data')).toBe(synthetic);
  return { xml, text };
}

const frame = { title: TITLE, subtitle: 'Subtitle, 2022 edition', source: SOURCE };

describe('escapeXml and text layout', () => {
  it('escapes the five XML characters and drops characters XML forbids', () => {
    expect(escapeXml(`<a href="x">'&'</a>`)).toBe(
      '&lt;a href=&quot;x&quot;&gt;&apos;&amp;&apos;&lt;/a&gt;',
    );
    expect(escapeXml('bell\u0007 and nul\u0000')).toBe('bell and nul');
    expect(escapeXml(12.5)).toBe('12.5');
  });

  it('wraps text to a width, never losing words', () => {
    const text = 'The coverage score is this project’s measure, over the goals evaluated.';
    const lines = wrapText(text, 120, 12);
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.join(' ')).toBe(text);
    for (const line of lines) expect(textWidth(line, 12)).toBeLessThanOrEqual(120);
  });
});

describe('tileMapSvg', () => {
  const layout = [
    ['CT', 0, 0],
    ['MA', 0, 1],
    ['NY', 1, 0],
  ] as const;
  it('draws a tile per state with its code and value; no data hatched', () => {
    const doc = tileMapSvg({
      ...frame,
      synthetic: true,
      layout,
      tiles: [
        { code: 'CT', fill: '#08519c', textColor: '#ffffff', value: '39', highlighted: true },
        { code: 'MA', fill: null, textColor: '#111111' },
      ],
      legend: {
        title: 'Score',
        entries: [
          { fill: '#08519c', label: HOSTILE },
          { fill: null, label: 'No data' },
        ],
      },
    });
    const { xml, text } = expectWellFormed(doc, true);
    expect(text).toContain('CT');
    expect(text).toContain('39');
    expect(text).toContain('NY');
    expect(text).toContain(HOSTILE);
    const fills = [...xml.querySelectorAll('g.chart rect')].map((r) => r.getAttribute('fill'));
    expect(fills).toContain('#08519c');
    expect(fills.filter((f) => f === 'url(#sw-no-data)')).toHaveLength(2);
  });
});

describe('heatmapSvg', () => {
  it('draws states × goals with glyphs, grouped by issue area, and the score', () => {
    const doc = heatmapSvg({
      ...frame,
      synthetic: false,
      groups: [
        { issueId: '1', title: 'Criminal Provisions', span: 2 },
        { issueId: '2', title: 'Identification', span: 1 },
      ],
      columns: [
        { goalId: '1.1', groupStart: true },
        { goalId: '1.2', groupStart: false },
        { goalId: '2.1', groupStart: true },
      ],
      rows: [
        {
          name: HOSTILE_SHORT,
          statuses: ['meets', 'partial', 'not-evaluated'],
          matches: null,
          score: '75.0 (2)',
        },
        {
          name: 'Connecticut',
          statuses: ['does-not-meet', 'meets', 'meets'],
          matches: [false, true, true],
          score: '66.7 (3)',
        },
      ],
      scoreHeading: 'Score',
      colors: { meets: '#009e73', partial: '#e69f00', 'does-not-meet': '#d55e00' },
      glyphs: { meets: '✓', partial: '◐', 'does-not-meet': '✕', 'not-evaluated': '?' },
      onColor: '#111111',
      legend: { entries: [{ fill: '#009e73', mark: '✓', label: 'Meets' }] },
    });
    const { xml, text } = expectWellFormed(doc, false);
    expect(text).toContain(HOSTILE_SHORT);
    expect(text).toContain('1.1');
    expect(text).toContain('2.1');
    expect(text).toContain('66.7 (3)');
    expect(text).toContain('✓');
    expect(text).toContain('?');
    // The cell outside the status filter is faded.
    expect(xml.querySelectorAll('g[opacity="0.25"]')).toHaveLength(1);
  });
});

describe('barsSvg', () => {
  it('draws ranked bars, stacked segments, and lists the states without data in words', () => {
    const doc = barsSvg({
      ...frame,
      synthetic: true,
      max: 100,
      ticks: [0, 50, 100],
      groups: [
        {
          heading: 'Issue area 1',
          rows: [
            {
              prefix: '1',
              label: HOSTILE_SHORT,
              segments: [
                { value: 30, fill: '#3a75c4', label: '1' },
                { value: 40, fill: '#a0641a', label: '2' },
              ],
              value: '70.0',
              note: '40/40 goals',
              baseline: 60,
            },
            { label: 'Connecticut', segments: [], value: 'no score' },
          ],
        },
      ],
      unknown: { label: 'No data: 2 states', items: 'Alaska, Alabama' },
    });
    const { text } = expectWellFormed(doc, true);
    expect(text).toContain(HOSTILE_SHORT);
    expect(text).toContain('70.0');
    expect(text).toContain('no score');
    expect(text).toContain('No data: 2 states');
    expect(text).toContain('Alaska, Alabama');
  });
});

describe('agesSvg', () => {
  it('draws ranges, "no statutory minimum" apart from zero, and unknown as no data', () => {
    const doc = agesSvg({
      ...frame,
      synthetic: false,
      axis: { from: 4, to: 19, ticks: [4, 6, 8, 10, 12, 14, 16, 18] },
      legend: AGE_LEGEND,
      rows: [
        { name: 'Connecticut', range: { minAge: 10, maxAge: 17 } },
        { name: 'Alabama', range: { minAge: null, maxAge: 17 } },
        { name: HOSTILE, range: null },
        {
          name: 'Nevada',
          range: { minAge: 8, maxAge: 17 },
          reference: { minAge: 10, maxAge: 17 },
          low: true,
        },
      ],
    });
    const { text } = expectWellFormed(doc, false);
    expect(text).toContain('10–17');
    expect(text).toContain('no min.–17');
    expect(text).toContain('no data');
    expect(text).toContain('ref. 10–17');
    expect(text).toContain('Nevada *');
    expect(text).toContain('No statutory minimum age (not zero)');
  });
});

describe('tableSvg', () => {
  it('draws a table with headings, filled cells and wrapped text', () => {
    const doc = tableSvg({
      ...frame,
      synthetic: true,
      columns: [
        { label: 'State', weight: 2 },
        { label: '2022', align: 'middle' },
      ],
      sections: [
        {
          heading: 'Issue area 1',
          rows: [
            [HOSTILE, { text: 'C', fill: '#9ecae1', bold: true }],
            ['Connecticut', { text: '—', fill: null }],
          ],
        },
      ],
    });
    const { text } = expectWellFormed(doc, true);
    expect(text).toContain(HOSTILE);
    expect(text).toContain('Issue area 1');
    expect(text).toContain('2022');
  });
});
