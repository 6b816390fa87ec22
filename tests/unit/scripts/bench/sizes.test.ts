import { gunzipSync, gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import type { RouteMeasure } from '../../../../scripts/bench/budgets';
import { allPass, BUDGETS, evaluateBudgets, ratioToFloor } from '../../../../scripts/bench/budgets';
import type { Resource } from '../../../../scripts/bench/sizes';
import {
  formatKb,
  isRechartsChunk,
  kindOf,
  sizeOf,
  sumKind,
  sumSizes,
} from '../../../../scripts/bench/sizes';
import { budgetLines, dataTable, markdownTable, routeTable } from '../../../../scripts/bench/table';

const size = (gzip: number, raw = gzip * 3) => ({ raw, gzip });
const resource = (path: string, gzip: number, recharts = false): Resource => ({
  path,
  kind: kindOf(path),
  ...size(gzip),
  recharts,
});
const route = (
  name: string,
  url: string,
  jsGzip: number,
  extra: Partial<RouteMeasure> = {},
): RouteMeasure => ({
  name,
  url,
  embed: url.startsWith('/embed/'),
  critical: { js: size(jsGzip), css: size(5_000) },
  later: { js: size(0), css: size(0) },
  criticalRecharts: [],
  contentSeen: true,
  ...extra,
});

describe('bench sizes', () => {
  it('measures raw and gzip level 9 sizes', () => {
    const text = 'hello '.repeat(1000);
    const s = sizeOf(text);
    expect(s.raw).toBe(6000);
    expect(s.gzip).toBe(gzipSync(text, { level: 9 }).byteLength);
    expect(gunzipSync(gzipSync(text, { level: 9 })).toString()).toBe(text);
  });

  it('sums sizes, and counts a path once per kind', () => {
    expect(sumSizes([])).toEqual({ raw: 0, gzip: 0 });
    expect(sumSizes([size(1, 2), size(3, 4)])).toEqual({ raw: 6, gzip: 4 });
    const rs = [
      resource('/a.js', 10),
      resource('/a.js', 10),
      resource('/b.js?v=1', 5),
      resource('/c.css', 7),
    ];
    expect(sumKind(rs, 'js').gzip).toBe(15);
    expect(sumKind(rs, 'css').gzip).toBe(7);
    expect(sumKind(rs, 'json').gzip).toBe(0);
  });

  it('classifies resources and recharts chunks', () => {
    expect(kindOf('/assets/x.js?import')).toBe('js');
    expect(kindOf('/data/manifest.json')).toBe('json');
    expect(kindOf('/favicon.svg')).toBe('other');
    expect(isRechartsChunk('/a.js', '', ['../node_modules/recharts/es6/index.js'])).toBe(true);
    expect(isRechartsChunk('/recharts.js', 'x', ['../src/a.ts'])).toBe(false);
    expect(isRechartsChunk('/assets/recharts-abc.js', '')).toBe(true);
    expect(isRechartsChunk('/a.js', 'class="recharts-wrapper"')).toBe(true);
    expect(isRechartsChunk('/a.js', 'plain')).toBe(false);
    expect(formatKb(12_345)).toBe('12.3 KB');
  });
});

describe('bench budgets', () => {
  it('computes ratios to the floor', () => {
    expect(ratioToFloor(135_000, 67_500)).toBe(2);
    expect(ratioToFloor(100, 300)).toBe(0.33);
    expect(() => ratioToFloor(1, 0)).toThrow();
  });

  it('passes at exactly the budget’s multiple of the floor and fails above it', () => {
    const floor = 60_000;
    const limit = Math.round(floor * BUDGETS.criticalJsFloorRatio);
    const results = evaluateBudgets(
      [route('overview', '/', limit), route('heatmap', '/heatmap', limit + 1)],
      [],
      floor,
    );
    expect(results.find((r) => r.name.startsWith('overview: critical'))?.pass).toBe(true);
    expect(results.find((r) => r.name.startsWith('heatmap: critical'))?.pass).toBe(false);
  });

  it('checks embeds in all, first-view data and recharts on the critical path', () => {
    const routes = [
      route('overview', '/', 100_000, { criticalRecharts: ['/assets/chart.js'] }),
      route('heatmap', '/heatmap', 100_000),
      route('goal', '/goals/2.9', 100_000),
      route('state', '/states/CT', 100_000),
      route('about', '/about', 100_000),
      route('embed-heatmap', '/embed/heatmap', 140_000),
      route('embed-scores', '/embed/scores', 140_000, { later: { js: size(6_000), css: size(0) } }),
    ];
    const data = [
      {
        view: 'overview',
        dataset: 'real' as const,
        url: '/',
        data: size(24_999),
        files: ['/data/a.json'],
      },
      { view: 'heatmap', dataset: 'real' as const, url: '/heatmap', data: size(25_000), files: [] },
    ];
    const results = evaluateBudgets(routes, data, 60_000);
    const pass = (prefix: string) => results.find((r) => r.name.startsWith(prefix))?.pass;
    expect(pass('embed-heatmap')).toBe(true); // 145 KB
    expect(pass('embed-scores')).toBe(false); // 151 KB
    expect(pass('overview: first-view')).toBe(true);
    expect(pass('heatmap: first-view')).toBe(false);
    expect(pass('overview: no recharts')).toBe(false);
    expect(pass('heatmap: no recharts')).toBe(true);
    expect(allPass(results)).toBe(false);
  });

  it('fails a budget whose view was not measured', () => {
    const results = evaluateBudgets([], [], 60_000);
    expect(results.length).toBeGreaterThan(0);
    expect(results.every((r) => !r.pass && r.detail === 'not measured')).toBe(true);
  });
});

describe('bench tables', () => {
  it('pads a Markdown table', () => {
    expect(markdownTable(['a', 'bbb'], [['xx', 'y']])).toBe(
      '| a  | bbb |\n| -- | --- |\n| xx | y   |',
    );
  });

  it('formats routes, data and budget lines', () => {
    const table = routeTable(
      [route('overview', '/', 120_000), route('x', '/x', 1, { contentSeen: false })],
      60_000,
    );
    expect(table).toContain('| /   ');
    expect(table).toContain('120.0 KB (360.0 KB)');
    expect(table).toContain('2×');
    expect(table).toContain('/x *');
    expect(
      dataTable([
        { view: 'heatmap', dataset: 'demo', url: '/', data: size(4_200), files: ['a', 'b'] },
      ]),
    ).toContain('| heatmap | demo    | 4.2 KB (12.6 KB) | 2     |');
    expect(
      budgetLines([
        { name: 'n', pass: false, detail: 'd' },
        { name: 'm', pass: true, detail: 'e' },
      ]),
    ).toBe('FAIL  n — d\nPASS  m — e');
  });
});
