import { describe, expect, it } from 'vitest';
import { juvenileSortKey } from '@/domain/facts/juvenile';
import { embeddedChartTitle } from '@/domain/facts/fact-goals';
import { heatmapSort, sortKey } from '@/domain/heatmap/model';
import { defaultMeasure, measureKey } from '@/domain/overview/measure';
import { parseRoute, type Route } from '@/domain/url/routes';
import {
  buildEmbedSnippet,
  buildEmbedSrc,
  buildShareLink,
  currentDefaults,
  driftedPins,
  effectivePins,
  embeddableRoute,
  embedTitle,
  escapeAttribute,
  pinDrift,
  shareSearch,
  snippetHeight,
} from '@/domain/url/share-link';
import { editionSummarySchema, type EditionSummary } from '@/domain/contract/summary-schema';
import { readUrl } from '@/domain/url/url-pipeline';
import { DEFAULT_VIEW_STATE, type ViewState } from '@/domain/url/url-state';
import demoSummary from '../../../../mocks/fixtures/demo-2022-summary.json';
import realSummary from '../../../../mocks/fixtures/real-2022-summary.json';
import { loadFramework } from '../../fixtures/evaluation-fixture';

const framework = loadFramework();
const real2022: EditionSummary = editionSummarySchema.parse(realSummary);
const demo2022: EditionSummary = editionSummarySchema.parse(demoSummary);
const known = {
  years: [2021, 2022, 2023],
  goals: framework.issueAreas.flatMap((a) => a.goals.map((g) => g.id)),
  issues: framework.issueAreas.map((a) => a.id),
};
const ORIGIN = 'https://statewise.example';

function state(search: string): ViewState {
  return readUrl(search, { known }).state;
}

describe('the values a view shows (what a link pins)', () => {
  it('overview: the URL’s measure where the edition knows it, else the data’s default', () => {
    const route: Route = { view: 'overview' };
    expect(effectivePins(route, state(''), { year: 2022, summary: real2022 })).toEqual({
      year: 2022,
      measure: measureKey(defaultMeasure(real2022)),
    });
    expect(effectivePins(route, state('?dataset=demo'), { year: 2022, summary: demo2022 })).toEqual(
      { year: 2022, measure: 'score' },
    );
    expect(
      effectivePins(route, state('?measure=grade'), { year: 2022, summary: real2022 }).measure,
    ).toBe('grade');
    // Before the data loads, only what the URL says is known.
    expect(effectivePins(route, state(''), { year: 2022 })).toEqual({ year: 2022 });
    expect(effectivePins(route, state('?measure=score'), { year: 2022 })).toEqual({
      year: 2022,
      measure: 'score',
    });
  });

  it('heatmap: its order as heatmap-model reads it (unknown or unsupported keys: by score)', () => {
    const route: Route = { view: 'heatmap' };
    const ctx = { year: 2022, framework };
    expect(effectivePins(route, state(''), ctx)).toEqual({ year: 2022, sort: 'score' });
    expect(effectivePins(route, state('?sort=name'), ctx).sort).toBe('name');
    expect(effectivePins(route, state('?sort=issue:3'), ctx).sort).toBe('issue:3');
    expect(effectivePins(route, state('?sort=min-age'), ctx).sort).toBe('score');
    expect(effectivePins(route, state('?sort=goal:2.9'), ctx).sort).toBe('goal:2.9');
    expect(effectivePins(route, state('?sort=goal:2.9'), { year: 2022 }).sort).toBe('goal:2.9');
    // Without the framework the same answer, by the same rule.
    expect(effectivePins(route, state('?sort=grade'), { year: 2022 }).sort).toBe('score');
    expect(effectivePins(route, state(''), { year: 2022 }).sort).toBe(
      sortKey(heatmapSort(null, framework)),
    );
  });

  it('goal 2.9: the age chart’s order; other goals and views: the edition only', () => {
    expect(
      effectivePins({ view: 'goal', goalId: '2.9' }, state(''), { year: 2021, framework }),
    ).toEqual({
      year: 2021,
      sort: juvenileSortKey(null),
    });
    expect(
      effectivePins({ view: 'goal', goalId: '2.9' }, state('?sort=max-age'), {
        year: 2022,
        framework,
      }).sort,
    ).toBe('max-age');
    expect(
      effectivePins({ view: 'goal', goalId: '4.6' }, state(''), { year: 2022, framework }),
    ).toEqual({
      year: 2022,
    });
    // Before the framework loads nothing on a goal page can be ordered: the edition only.
    expect(effectivePins({ view: 'goal', goalId: '2.9' }, state(''), { year: 2022 })).toEqual({
      year: 2022,
    });
    expect(effectivePins({ view: 'scores' }, state(''), { year: 2022 })).toEqual({ year: 2022 });
    expect(effectivePins({ view: 'state', code: 'CT' }, state(''), { year: 2022 })).toEqual({
      year: 2022,
    });
  });
});

describe('shared links', () => {
  it('keep the heatmap’s open cell, so the link opens it', () => {
    const route: Route = { view: 'heatmap' };
    const s = state('?goals=2.5~2.9~4.6&sort=goal:2.9&cell=CT:2.9');
    const pins = effectivePins(route, s, { year: 2022, framework });
    expect(buildShareLink(route, s, pins, ORIGIN)).toBe(
      `${ORIGIN}/heatmap?v=1&dataset=real&year=2022&goals=2.5~2.9~4.6&sort=goal:2.9&cell=CT:2.9`,
    );
  });

  it('pin the edition (even when the URL had none), the dataset and the view’s defaults, with v=1', () => {
    const route: Route = { view: 'heatmap' };
    const s = state('?states=CT~MA~NY&status=meets~partial');
    const pins = effectivePins(route, s, { year: 2022, framework });
    expect(buildShareLink(route, s, pins, ORIGIN)).toBe(
      `${ORIGIN}/heatmap?v=1&dataset=real&year=2022&states=CT~MA~NY&status=meets~partial&sort=score`,
    );
    const overview = effectivePins({ view: 'overview' }, state('?dataset=demo'), {
      year: 2022,
      summary: demo2022,
    });
    expect(buildShareLink({ view: 'overview' }, state('?dataset=demo'), overview, ORIGIN)).toBe(
      `${ORIGIN}/?v=1&dataset=demo&year=2022&measure=score`,
    );
  });

  it('carry every parameter of the view: states, goals, issues, status, sort, weights, diff', () => {
    const s = state(
      '?dataset=demo&year=2021&states=NY~CT&goals=2.9~1.1&issues=2~1&status=partial&sort=name&diff=1&weights=2.9:3~1.1:0',
    );
    const route: Route = { view: 'compare' };
    expect(shareSearch(s, effectivePins(route, s, { year: 2021 }))).toBe(
      '?v=1&dataset=demo&year=2021&states=NY~CT&issues=1~2&goals=1.1~2.9&status=partial&sort=name&diff=1&weights=1.1:0~2.9:3',
    );
  });

  it('of a goal page carry its chosen states and “chosen states only”; the list pins its edition', () => {
    const goal: Route = { view: 'goal', goalId: '2.9' };
    const s = state('?states=CT~MA~NY~RI&chosen=1');
    expect(buildShareLink(goal, s, effectivePins(goal, s, { year: 2022, framework }), ORIGIN)).toBe(
      `${ORIGIN}/goals/2.9?v=1&dataset=real&year=2022&states=CT~MA~NY~RI&sort=min-age&chosen=1`,
    );
    const list: Route = { view: 'goals' };
    expect(
      buildShareLink(list, state(''), effectivePins(list, state(''), { year: 2022 }), ORIGIN),
    ).toBe(`${ORIGIN}/goals?v=1&dataset=real&year=2022`);
  });

  it('round-trip: parsed back, they are the pinned view; the app keeps them as they are', () => {
    const routes: [Route, string][] = [
      [{ view: 'overview' }, '?states=CT'],
      [{ view: 'heatmap' }, '?issues=1~3&status=meets&states=CT~MA'],
      [{ view: 'goal', goalId: '2.9' }, '?states=CT'],
      [{ view: 'goal', goalId: '2.9' }, '?states=CT~MA~NY~RI&chosen=1&status=meets'],
      [{ view: 'goals' }, '?states=CT~MA'],
      [{ view: 'scores' }, '?weights=2.9:2'],
      [{ view: 'compare' }, '?states=CT~MA&diff=1'],
      [{ view: 'state', code: 'CT' }, ''],
    ];
    for (const [route, search] of routes) {
      const s = state(search);
      const pins = effectivePins(route, s, { year: 2022, summary: real2022, framework });
      const link = shareSearch(s, pins);
      const back = readUrl(link, { known }).state;
      expect(back.year).toBe(2022);
      expect(back.dataset).toBe('real');
      if (pins.measure) expect(back.measure).toBe(pins.measure);
      if (pins.sort) expect(back.sort).toBe(pins.sort);
      expect(effectivePins(route, back, { year: 2022, summary: real2022, framework })).toEqual(
        pins,
      );
      // Opening it: nothing to clean, nothing to migrate.
      expect(readUrl(link, { known })).toMatchObject({ search: link, changed: false });
      expect(readUrl(link, { known, migrateFor: route })).toMatchObject({
        search: link,
        pinned: [],
      });
    }
  });

  it('are readable and short: no JSON, no percent-encoding, under 200 characters for common views', () => {
    const s = state('?states=CT~MA~NY~RI~VT~NH&goals=2.9&status=meets~partial&diff=1');
    const link = buildShareLink(
      { view: 'compare' },
      s,
      effectivePins({ view: 'compare' }, s, { year: 2022 }),
      ORIGIN,
    );
    expect(link).toMatch(/^https:\/\/statewise\.example\/compare\?[A-Za-z0-9=&.:~-]+$/);
    expect(link).not.toMatch(/[{}"%]/);
    expect(link.length).toBeLessThan(200);
  });
});

describe('defaults changed since v0', () => {
  it('none while the current defaults are the v0 ones', () => {
    const route: Route = { view: 'heatmap' };
    const s = state('?states=CT');
    const current = currentDefaults(route, s, { year: 2022 });
    expect(current).toEqual({ year: 2022, sort: 'score' });
    expect(driftedPins(route, s, current, known)).toEqual([]);
    expect(pinDrift(route, s, current, known)).toEqual(s);
  });

  it('once the default edition moves on: the address bar spells the new one out', () => {
    const route: Route = { view: 'heatmap' };
    const s = state('?states=CT');
    const current = currentDefaults(route, s, { year: 2023 });
    expect(driftedPins(route, s, current, known)).toEqual(['year']);
    expect(pinDrift(route, s, current, known)).toEqual({ ...s, year: 2023 });
    // A page address without parameters shows the current defaults anyway.
    expect(pinDrift(route, DEFAULT_VIEW_STATE, current, known)).toEqual(DEFAULT_VIEW_STATE);
    // A URL that names its year has nothing to drift.
    expect(driftedPins(route, state('?year=2022&states=CT'), current, known)).toEqual([]);
  });

  it('once the overview’s default measure changes for an edition', () => {
    const route: Route = { view: 'overview' };
    const scored = { ...real2022, states: real2022.states.map((st) => ({ ...st, score: 50 })) };
    const s = state('?states=CT');
    const current = currentDefaults(route, s, { year: 2022, summary: scored });
    expect(current.measure).toBe('score');
    expect(driftedPins(route, s, current, known)).toEqual(['measure']);
  });

  it('not for a v0 edition the data no longer holds', () => {
    const route: Route = { view: 'heatmap' };
    const s = state('?dataset=demo&states=CT');
    const current = currentDefaults(route, s, { year: 2022 });
    expect(driftedPins(route, s, current, { years: [2022] })).toEqual([]);
  });
});

describe('embed snippets', () => {
  const route = { view: 'heatmap' as const };
  const s = state('?states=CT~MA');
  const pins = effectivePins(route, s, { year: 2022, framework });

  it('leave out the heatmap’s open cell: an embed has no detail panel', () => {
    const open = state('?states=CT~MA&cell=CT:2.9');
    expect(buildEmbedSrc(route, open, pins, ORIGIN, 'auto')).toBe(
      buildEmbedSrc(route, s, pins, ORIGIN, 'auto'),
    );
    expect(buildEmbedSrc(route, open, pins, ORIGIN, 'auto')).not.toContain('cell=');
  });

  it('have the documented shape: title, lazy, full width, fixed height, the resize script', () => {
    const snippet = buildEmbedSnippet({
      route,
      state: s,
      pins,
      origin: ORIGIN,
      title: 'Policy goals met, by state, 2022',
      theme: 'auto',
      height: 480,
    });
    expect(snippet).toBe(
      '<iframe src="https://statewise.example/embed/heatmap?v=1&amp;dataset=real&amp;year=2022&amp;states=CT~MA&amp;sort=score&amp;theme=auto"' +
        ' title="Policy goals met, by state, 2022 — Statewise" loading="lazy" width="100%" height="480"' +
        ' style="border:0;width:100%" data-statewise-embed></iframe>\n' +
        '<script src="https://statewise.example/embed-resize.js" async></script>',
    );
  });

  it('escape attribute values', () => {
    expect(escapeAttribute(`a&b"c'<d>`)).toBe('a&amp;b&quot;c&#39;&lt;d&gt;');
    const snippet = buildEmbedSnippet({
      route,
      state: s,
      pins,
      origin: ORIGIN,
      title: 'A "quoted" <title> & more',
      theme: 'dark',
      height: 300,
    });
    expect(snippet).toContain('title="A &quot;quoted&quot; &lt;title&gt; &amp; more — Statewise"');
    expect(snippet).toContain('theme=dark"');
    expect(snippet).toContain('height="300"');
    // (The component test parses a snippet with the DOM's HTML parser.)
  });

  it('keep the height within bounds', () => {
    expect(snippetHeight(480)).toBe(480);
    expect(snippetHeight(20)).toBe(150);
    expect(snippetHeight(99999)).toBe(5000);
    expect(snippetHeight(Number.NaN)).toBe(480);
    expect(snippetHeight(333.4)).toBe(333);
  });

  it('use the embed paths, pinned parameters and the theme', () => {
    const goal = { view: 'goal' as const, goalId: '2.9' };
    const gs = state('?dataset=demo&states=CT');
    const goalPins = effectivePins(goal, gs, { year: 2023, framework });
    expect(buildEmbedSrc(goal, gs, goalPins, ORIGIN, 'light')).toBe(
      `${ORIGIN}/embed/goals/2.9?v=1&dataset=demo&year=2023&states=CT&sort=min-age&theme=light`,
    );
    const ov = { view: 'overview' as const };
    expect(
      buildEmbedSrc(
        ov,
        state(''),
        effectivePins(ov, state(''), { year: 2022, summary: real2022 }),
        ORIGIN,
        'auto',
      ),
    ).toBe(`${ORIGIN}/embed/overview?v=1&dataset=real&year=2022&measure=min-age&theme=auto`);
  });

  it('exist for the chart views only', () => {
    for (const path of ['/', '/heatmap', '/scores', '/compare', '/goals/2.9']) {
      expect(embeddableRoute(parseRoute(path)), path).not.toBeNull();
    }
    // The list of goals is a list, not a chart: it is shared by link, never embedded.
    for (const path of ['/states/CT', '/about', '/goals', '/nowhere']) {
      expect(embeddableRoute(parseRoute(path)), path).toBeNull();
    }
  });

  it('are titled by what they show, the edition, and the synthetic mark for demo data', () => {
    const ov = { view: 'overview' as const };
    expect(embedTitle(ov, state(''), { year: 2022, measure: 'min-age' })).toBe(
      'Minimum juvenile court age by state, 2022',
    );
    expect(
      embedTitle(
        ov,
        state('?dataset=demo'),
        { year: 2022, measure: 'issue:2' },
        {
          issues: new Map([['2', 'Identification of & Response to Victims']]),
        },
      ),
    ).toBe(
      'Issue area 2 coverage score: Identification of & Response to Victims by state, 2022 (synthetic demo data)',
    );
    expect(embedTitle({ view: 'compare' }, state('?states=CT~MA~NY'), { year: 2022 })).toBe(
      'Connecticut, Massachusetts and New York compared, 2022',
    );
    expect(
      embedTitle(
        { view: 'goal', goalId: '2.9' },
        state(''),
        { year: 2022 },
        { goalChart: embeddedChartTitle(framework, '2.9') },
      ),
    ).toBe('Ages of juvenile court jurisdiction by state (policy goal 2.9), 2022');
    expect(
      embedTitle(
        { view: 'goal', goalId: '4.6' },
        state(''),
        { year: 2022 },
        { goal: 'No limits.' },
      ),
    ).toBe('Policy goal 4.6: No limits, by state, 2022');
  });
});
