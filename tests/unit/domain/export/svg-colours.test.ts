// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { SvgDocument } from '@/domain/export/spec';
import { agesSvg, AGE_LEGEND } from '@/domain/export/svg-ages';
import { barsSvg } from '@/domain/export/svg-bars';
import { MARGIN, SVG_COLORS, textWidth } from '@/domain/export/svg-common';
import { heatmapLayout, heatmapSvg, type HeatmapSvgInput } from '@/domain/export/svg-heatmap';
import { tileMapSvg } from '@/domain/export/svg-tile-map';
import {
  EXPORT_ON_DATA_TEXT,
  EXPORT_STATUS_FILLS,
  EXPORT_STATUS_GLYPHS,
  STATUS_SVG_LEGEND,
  statusFill,
} from '@/domain/export/palette';
import { STATUS_COLORS, THEME_COLORS } from '@/domain/format/palette';
import { bucketColor } from '@/domain/overview/colors';

/**
 * Exported images have the screen's colours: every fill and stroke an SVG builder writes is an
 * explicit colour of the palette the page's CSS is held to (the light theme's), never a CSS
 * variable or currentColor a rasteriser cannot resolve; and the heatmap's issue-area headings
 * fit, whole, inside the image.
 */
const PAGE = THEME_COLORS.light;
const frame = { title: 'Title', subtitle: 'Subtitle', source: 'Source: test', synthetic: true };

function parse(doc: SvgDocument): Document {
  const xml = new DOMParser().parseFromString(doc.markup, 'image/svg+xml');
  expect(xml.getElementsByTagName('parsererror')).toHaveLength(0);
  return xml;
}

/** Every fill and stroke colour used, outside the no-data pattern reference. */
function paints(doc: SvgDocument): Set<string> {
  const out = new Set<string>();
  for (const el of Array.from(parse(doc).querySelectorAll('*'))) {
    for (const attr of ['fill', 'stroke']) {
      const value = el.getAttribute(attr);
      if (value && value !== 'none' && value !== 'url(#sw-no-data)') out.add(value);
    }
  }
  return out;
}

function expectOnlyPaletteColours(doc: SvgDocument, allowed: readonly string[]) {
  expect(doc.markup).not.toMatch(/var\(--|currentColor/);
  const frameColours = [
    PAGE.background,
    PAGE.surface,
    PAGE.text,
    PAGE.muted,
    PAGE.border,
    PAGE.rangeGrid,
    PAGE.rangeTrack,
    PAGE.syntheticBg,
    PAGE.syntheticBorder,
    PAGE.syntheticText,
    PAGE.noData,
    PAGE.noDataHatch,
  ];
  const known = new Set([...frameColours, ...allowed]);
  expect([...paints(doc)].filter((c) => !known.has(c))).toEqual([]);
}

describe('the frame of every exported chart', () => {
  it('uses the light theme’s page colours: background, text, no-data hatch, synthetic mark', () => {
    expect(SVG_COLORS.background).toBe(PAGE.background);
    expect(SVG_COLORS.text).toBe(PAGE.text);
    expect(SVG_COLORS.muted).toBe(PAGE.muted);
    expect(SVG_COLORS.noDataFill).toBe(PAGE.noData);
    expect(SVG_COLORS.noDataHatch).toBe(PAGE.noDataHatch);
    expect(SVG_COLORS.syntheticFill).toBe(PAGE.syntheticBg);
    const doc = tileMapSvg({
      ...frame,
      tiles: [],
      layout: [['CT', 0, 0]],
      legend: { entries: [] },
    });
    const xml = parse(doc);
    const pattern = xml.querySelector('pattern#sw-no-data');
    expect(pattern?.querySelector('rect')?.getAttribute('fill')).toBe(PAGE.noData);
    expect(pattern?.querySelector('line')?.getAttribute('stroke')).toBe(PAGE.noDataHatch);
    // The first drawn rectangle is the page.
    expect(xml.querySelector('svg > rect')?.getAttribute('fill')).toBe(PAGE.background);
  });
});

describe('status colours in exports', () => {
  it('are the screen’s status colours; not evaluated is the hatch, never a CSS variable', () => {
    for (const s of ['meets', 'partial', 'does-not-meet'] as const) {
      expect(EXPORT_STATUS_FILLS[s]).toBe(STATUS_COLORS[s]);
      expect(statusFill(s)).toBe(STATUS_COLORS[s]);
    }
    expect(statusFill('not-evaluated')).toBeNull();
    const doc = tileMapSvg({
      ...frame,
      layout: [
        ['CT', 0, 0],
        ['MA', 0, 1],
        ['NY', 0, 2],
        ['RI', 0, 3],
      ],
      legend: STATUS_SVG_LEGEND,
      tiles: (['meets', 'partial', 'does-not-meet', 'not-evaluated'] as const).map((s, i) => ({
        code: ['CT', 'MA', 'NY', 'RI'][i]!,
        fill: statusFill(s),
        textColor: EXPORT_ON_DATA_TEXT,
        value: EXPORT_STATUS_GLYPHS[s],
      })),
    });
    const tiles = Array.from(parse(doc).querySelectorAll('g.chart rect')).map((r) =>
      r.getAttribute('fill'),
    );
    expect(tiles).toEqual([
      STATUS_COLORS.meets,
      STATUS_COLORS.partial,
      STATUS_COLORS['does-not-meet'],
      'url(#sw-no-data)',
    ]);
    expectOnlyPaletteColours(doc, [...Object.values(EXPORT_STATUS_FILLS), EXPORT_ON_DATA_TEXT]);
  });

  it('of the overview map come from the same buckets as the screen', () => {
    const buckets = ['score-0', 'score-4', 'grade-A', 'min-age-3', 'min-age-none', 'max-age-5'];
    const doc = tileMapSvg({
      ...frame,
      layout: buckets.map((_, i) => [`S${i}`, 0, i] as const),
      legend: { entries: [] },
      tiles: buckets.map((b, i) => ({
        code: `S${i}`,
        fill: bucketColor(b)!.fill,
        textColor: bucketColor(b)!.text,
      })),
    });
    const fills = Array.from(parse(doc).querySelectorAll('g.chart rect')).map((r) =>
      r.getAttribute('fill'),
    );
    expect(fills).toEqual(buckets.map((b) => bucketColor(b)!.fill));
  });
});

describe('agesSvg', () => {
  const doc = agesSvg({
    ...frame,
    axis: { from: 4, to: 19, ticks: [4, 6, 8, 10, 12, 14, 16, 18] },
    legend: AGE_LEGEND,
    rows: [
      { name: 'Connecticut', range: { minAge: 10, maxAge: 17 }, highlighted: true },
      { name: 'Alabama', range: { minAge: null, maxAge: 17 } },
      {
        name: 'Nevada',
        range: { minAge: 8, maxAge: 17 },
        reference: { minAge: 10, maxAge: 17 },
      },
    ],
  });

  it('draws the ranges in the screen’s purple and the reference data in its orange, not black', () => {
    const xml = parse(doc);
    const chart = xml.querySelector('g.chart')!;
    const circles = Array.from(chart.querySelectorAll('circle'));
    const dots = circles.filter((c) => c.getAttribute('r') === '4');
    // Connecticut 2, Alabama 1 (its minimum is an arrow), Nevada 2.
    expect(dots).toHaveLength(5);
    for (const dot of dots) expect(dot.getAttribute('fill')).toBe(PAGE.rangeBar);
    const hollow = circles.filter((c) => c.getAttribute('r') === '2.5');
    expect(hollow).toHaveLength(2);
    for (const ring of hollow) expect(ring.getAttribute('stroke')).toBe(PAGE.rangeRef);
    const strokes = Array.from(chart.querySelectorAll('line')).map((l) => l.getAttribute('stroke'));
    expect(strokes.filter((s) => s === PAGE.rangeBar)).toHaveLength(3);
    expect(strokes.filter((s) => s === PAGE.rangeRef)).toHaveLength(1);
    expect(chart.querySelector('path')?.getAttribute('fill')).toBe(PAGE.rangeBar);
    // The chosen state is outlined, as on the page, not filled.
    const outline = Array.from(chart.querySelectorAll('rect')).find(
      (r) => r.getAttribute('stroke') === PAGE.text,
    );
    expect(outline?.getAttribute('fill')).toBe('none');
  });

  it('draws its legend with the same colours', () => {
    const legend = parse(doc).querySelector('g.legend')!;
    const colours = new Set(
      Array.from(legend.querySelectorAll('line, circle, path')).map(
        (e) => e.getAttribute('stroke') ?? e.getAttribute('fill'),
      ),
    );
    expect(colours).toEqual(new Set([PAGE.rangeBar, PAGE.rangeRef]));
    expectOnlyPaletteColours(doc, [PAGE.rangeBar, PAGE.rangeRef]);
  });
});

describe('barsSvg', () => {
  it('marks a chosen state with the page’s surface band and a bold name, in palette colours', () => {
    const doc = barsSvg({
      ...frame,
      max: 100,
      ticks: [0, 50, 100],
      groups: [
        {
          rows: [
            {
              label: 'Connecticut',
              segments: [{ value: 40, fill: '#0075bd' }],
              value: '40.0',
              highlighted: true,
            },
            { label: 'Maine', segments: [{ value: 20, fill: '#99c7e7' }], value: '20.0' },
          ],
        },
      ],
    });
    const xml = parse(doc);
    const band = Array.from(xml.querySelectorAll('g.chart rect')).find(
      (r) => r.getAttribute('fill') === PAGE.surface,
    );
    expect(band).toBeDefined();
    const name = Array.from(xml.querySelectorAll('text')).find(
      (t) => t.textContent === 'Connecticut',
    );
    expect(name?.getAttribute('font-weight')).toBe('bold');
    expectOnlyPaletteColours(doc, ['#0075bd', '#99c7e7']);
  });
});

interface FrameworkFile {
  issueAreas: { id: string; title: string; goals: { id: string }[] }[];
}

const framework = JSON.parse(
  readFileSync(join(__dirname, '../../../../data/frameworks/shared-hope-2022.json'), 'utf8'),
) as FrameworkFile;

function heatmapInput(
  areas: readonly { id: string; title: string; goals: readonly { id: string }[] }[],
): HeatmapSvgInput {
  const columns = areas.flatMap((a) =>
    a.goals.map((g, i) => ({ goalId: g.id, groupStart: i === 0 })),
  );
  return {
    ...frame,
    groups: areas.map((a) => ({ issueId: a.id, title: a.title, span: a.goals.length })),
    columns,
    rows: [
      {
        name: 'Connecticut',
        statuses: columns.map(
          (_, i) => (['meets', 'partial', 'does-not-meet', 'not-evaluated'] as const)[i % 4]!,
        ),
        matches: null,
        score: '80.0 (40)',
      },
    ],
    scoreHeading: 'Score',
    colors: EXPORT_STATUS_FILLS,
    glyphs: EXPORT_STATUS_GLYPHS,
    onColor: EXPORT_ON_DATA_TEXT,
    legend: STATUS_SVG_LEGEND,
  };
}

describe('heatmapSvg issue-area headings', () => {
  const cases = {
    'every goal': framework.issueAreas,
    // A status or goal filter can leave one goal per issue area: the narrowest groups.
    'one goal per issue area': framework.issueAreas.map((a) => ({
      ...a,
      goals: a.goals.slice(0, 1),
    })),
  };

  for (const [name, areas] of Object.entries(cases)) {
    it(`are whole and fit their group and the image (${name})`, () => {
      const input = heatmapInput(areas);
      const doc = heatmapSvg(input);
      const layout = heatmapLayout(input, MARGIN);
      const drawn = Array.from(parse(doc).querySelectorAll('g.chart text[font-weight="bold"]')).map(
        (t) => ({ text: t.textContent ?? '', x: Number(t.getAttribute('x')) }),
      );
      areas.forEach((area, i) => {
        const group = layout.groups[i]!;
        const heading = `${area.id}. ${area.title}`;
        // Never shortened: the lines are the heading, word for word, with no ellipsis.
        expect(group.lines.join(' ')).toBe(heading);
        expect(group.lines.join('')).not.toContain('…');
        for (const line of group.lines) {
          // By the width estimate (which errs wide), each line fits its group, and the group
          // fits inside the image's margins.
          expect(textWidth(line, 10.5, true), line).toBeLessThanOrEqual(group.width);
          expect(group.x + 1 + textWidth(line, 10.5, true)).toBeLessThanOrEqual(doc.width - MARGIN);
          expect(drawn).toContainEqual({ text: line, x: group.x + 1 });
        }
        // Groups never overlap.
        const next = layout.groups[i + 1];
        if (next) expect(group.x + group.width).toBeLessThan(next.x);
      });
      // Every heading line sits inside the image, below its top.
      const xml = parse(doc);
      for (const t of Array.from(xml.querySelectorAll('g.chart text[font-weight="bold"]'))) {
        expect(Number(t.getAttribute('y'))).toBeGreaterThan(0);
        expect(Number(t.getAttribute('y'))).toBeLessThan(doc.height);
      }
      expectOnlyPaletteColours(doc, [...Object.values(EXPORT_STATUS_FILLS), EXPORT_ON_DATA_TEXT]);
    });
  }

  it('keeps the cells of a group in their columns, 16 px apart', () => {
    const layout = heatmapLayout(heatmapInput(framework.issueAreas), 0);
    expect(layout.colX).toHaveLength(40);
    let column = 0;
    framework.issueAreas.forEach((area, g) => {
      const group = layout.groups[g]!;
      area.goals.forEach((_, i) => {
        expect(layout.colX[column]).toBe(group.x + i * 16);
        column += 1;
      });
      expect(area.goals.length * 16).toBeLessThanOrEqual(group.width);
    });
  });
});
