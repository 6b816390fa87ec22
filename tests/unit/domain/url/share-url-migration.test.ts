import { describe, expect, it } from 'vitest';
import { parseRoute } from '@/domain/url/routes';
import { cleanUrl, parseUrl, readUrlVersion, writeUrl } from '@/domain/url/url-codec';
import { migrateV0ToV1, V0_DEFAULTS, v0Defaults } from '@/domain/url/url-migrations';
import { readUrl } from '@/domain/url/url-pipeline';
import { loadFramework } from '../../fixtures/evaluation-fixture';

const framework = loadFramework();
import { DEFAULT_VIEW_STATE, pinKeys, URL_FORMAT_VERSION, urlFormat } from '@/domain/url/url-state';

const GOALS = ['1.1', '1.2', '2.9', '4.6', '5.3'];
const known = { years: [2021, 2022, 2023], goals: GOALS, issues: ['1', '2', '3', '4', '5', '6'] };

/** Migrates a path-and-query as the app would read it. */
function migrate(url: string, k = known) {
  const i = url.indexOf('?');
  const path = i < 0 ? url : url.slice(0, i);
  const search = i < 0 ? '' : url.slice(i);
  return readUrl(search, { known: k, migrateFor: parseRoute(path) });
}

describe('URL format version', () => {
  it('reads v as a whole number, else none', () => {
    expect(readUrlVersion('?v=1&year=2022')).toBe(1);
    expect(readUrlVersion('?year=2022')).toBeNull();
    expect(readUrlVersion('?v=abc')).toBeNull();
    expect(readUrlVersion('?v=1.5')).toBeNull();
    expect(readUrlVersion('?v=-1')).toBeNull();
    expect(readUrlVersion('?v=99')).toBe(99);
    expect(URL_FORMAT_VERSION).toBe(1);
  });

  it('names the formats: none or 0 is v0, 1 is current, anything newer is future', () => {
    expect(urlFormat(null)).toBe('v0');
    expect(urlFormat(0)).toBe('v0');
    expect(urlFormat(1)).toBe('current');
    expect(urlFormat(2)).toBe('future');
    expect(urlFormat(99)).toBe('future');
  });

  it('keeps a versioned URL versioned in its clean form, with its dataset named', () => {
    const shared = '?v=1&dataset=real&year=2022&states=CT~MA&sort=score';
    expect(readUrl(shared, { known })).toMatchObject({
      search: shared,
      changed: false,
      version: 1,
      format: 'current',
    });
    // Junk is dropped as ever; the version and dataset stay.
    expect(readUrl('?utm_source=x&v=1&year=2022', { known }).search).toBe(
      '?v=1&dataset=real&year=2022',
    );
  });

  it('leaves unversioned URLs in their old clean form (the app’s readable address bar)', () => {
    expect(readUrl('?states=CT~MA', { known })).toMatchObject({
      search: '?states=CT~MA',
      changed: false,
      version: null,
      format: 'v0',
    });
    expect(readUrl('?v=0&states=CT', { known }).search).toBe('?states=CT');
    expect(readUrl('?v=abc&states=CT', { known }).search).toBe('?states=CT');
  });

  it('serializes the version first and the dataset when asked', () => {
    const state = { ...DEFAULT_VIEW_STATE, year: 2022, states: ['CT'] };
    expect(writeUrl(state, { version: 1 })).toBe('?v=1&dataset=real&year=2022&states=CT');
    expect(writeUrl(state)).toBe('?year=2022&states=CT');
  });
});

describe('v0 defaults, frozen', () => {
  it('are the defaults of the day v=1 was introduced, and never change', () => {
    // These values are what every link made before `v=1` showed. Do not edit them when a default
    // of the app changes: that is exactly the change old links must not see.
    expect(V0_DEFAULTS).toEqual({
      year: { real: 2022, demo: 2023 },
      overviewMeasure: {
        real: { 2021: 'grade', 2022: 'min-age', 2023: 'grade' },
        demo: { 2021: 'score', 2022: 'score', 2023: 'score' },
      },
      heatmapSort: 'score',
      juvenileSort: 'min-age',
    });
    expect(Object.isFrozen(V0_DEFAULTS)).toBe(true);
  });

  it('cover what each view depends on', () => {
    expect(pinKeys({ view: 'overview' })).toEqual(['year', 'measure']);
    expect(pinKeys({ view: 'heatmap' })).toEqual(['year', 'sort']);
    expect(pinKeys({ view: 'goal', goalId: '2.9' }, framework)).toEqual(['year', 'sort']);
    expect(pinKeys({ view: 'goal', goalId: '4.6' }, framework)).toEqual(['year']);
    expect(pinKeys({ view: 'scores' })).toEqual(['year']);
    expect(pinKeys({ view: 'compare' })).toEqual(['year']);
    expect(pinKeys({ view: 'state', code: 'CT' })).toEqual(['year']);
    expect(pinKeys({ view: 'about' })).toEqual(['year']);
    expect(pinKeys({ view: 'not-found', path: '/x' })).toEqual([]);
  });

  it('give the overview the measure of the edition the link shows', () => {
    expect(v0Defaults({ view: 'overview' }, 'real', null)).toEqual({
      year: 2022,
      measure: 'min-age',
    });
    expect(v0Defaults({ view: 'overview' }, 'real', 2021)).toEqual({
      year: 2021,
      measure: 'grade',
    });
    // An edition that did not exist in v0 has no v0 measure.
    expect(v0Defaults({ view: 'overview' }, 'real', 2030)).toEqual({ year: 2030 });
  });
});

describe('migration v0 → v1', () => {
  it('pins the edition, dataset and the view’s defaults of old links', () => {
    const cases: [string, string][] = [
      ['/heatmap?states=CT~MA', '?v=1&dataset=real&year=2022&states=CT~MA&sort=score'],
      [
        '/heatmap?issues=1~2&status=meets',
        '?v=1&dataset=real&year=2022&issues=1~2&status=meets&sort=score',
      ],
      ['/heatmap?sort=name&year=2021', '?v=1&dataset=real&year=2021&sort=name'],
      ['/?dataset=demo', '?v=1&dataset=demo&year=2023&measure=score'],
      ['/?states=CT', '?v=1&dataset=real&year=2022&measure=min-age&states=CT'],
      ['/?year=2021&states=NY', '?v=1&dataset=real&year=2021&measure=grade&states=NY'],
      [
        '/?measure=status:2.9&states=CT',
        '?v=1&dataset=real&year=2022&measure=status:2.9&states=CT',
      ],
      ['/goals/2.9?states=CT~MA', '?v=1&dataset=real&year=2022&states=CT~MA&sort=min-age'],
      ['/goals/4.6?dataset=demo&states=CT', '?v=1&dataset=demo&year=2023&states=CT'],
      ['/compare?states=CT~MA~NY&diff=1', '?v=1&dataset=real&year=2022&states=CT~MA~NY&diff=1'],
      ['/scores?dataset=demo&weights=2.9:2', '?v=1&dataset=demo&year=2023&weights=2.9:2'],
      ['/states/CT?dataset=demo', '?v=1&dataset=demo&year=2023'],
      ['/about?year=2021', '?v=1&dataset=real&year=2021'],
    ];
    for (const [url, expected] of cases) {
      const result = migrate(url);
      expect(result.search, url).toBe(expected);
      expect(result.from).toBe('v0');
    }
  });

  it('reports which defaults it pinned', () => {
    expect(migrate('/heatmap?states=CT').pinned).toEqual(['year', 'sort']);
    expect(migrate('/?year=2021&measure=score').pinned).toEqual([]);
    expect(migrate('/goals/2.9?sort=name&year=2022').pinned).toEqual([]);
  });

  it('leaves a URL with no parameter alone: it names a page, not a view someone set up', () => {
    expect(migrate('/heatmap')).toMatchObject({ search: '', pinned: [] });
    expect(migrate('/')).toMatchObject({ search: '', pinned: [] });
    // Only junk: the same page.
    expect(migrate('/heatmap?utm_source=x')).toMatchObject({ search: '', pinned: [] });
  });

  it('does not pin an edition the data no longer holds, nor a measure of an unknown edition', () => {
    const onlyDemo2022 = { ...known, years: [2022] };
    const result = migrate('/?dataset=demo&states=CT', onlyDemo2022);
    expect(result.search).toBe('?v=1&dataset=demo&states=CT');
    expect(result.state.year).toBeNull();
    expect(result.state.measure).toBeNull();
  });

  it('is idempotent: a v1 URL comes back as it went in', () => {
    for (const url of [
      '/heatmap?states=CT~MA',
      '/?dataset=demo',
      '/goals/2.9?states=CT',
      '/compare?states=CT~MA&diff=1',
    ]) {
      const once = migrate(url);
      const path = url.split('?')[0]!;
      const twice = migrate(`${path}${once.search}`);
      expect(twice.search).toBe(once.search);
      expect(twice.from).toBe('current');
      expect(twice.pinned).toEqual([]);
      expect(twice.state).toEqual(once.state);
    }
  });

  it('keeps a v1 URL’s values, and pins nothing it left out (v1 means current defaults)', () => {
    const result = migrate('/heatmap?v=1&states=CT');
    expect(result.search).toBe('?v=1&dataset=real&states=CT');
    expect(result.state.year).toBeNull();
    expect(result.state.sort).toBeNull();
  });

  it('reads an unknown future version with the current rules, as v1', () => {
    const result = migrate('/heatmap?v=99&year=2022&states=CT&sort=name&shape=hex');
    expect(result.from).toBe('future');
    expect(result.pinned).toEqual([]);
    expect(result.search).toBe('?v=1&dataset=real&year=2022&states=CT&sort=name');
    // The address bar keeps the given version until the view changes (the app shows a note).
    expect(readUrl('?v=99&year=2022&states=CT', { known })).toMatchObject({
      search: '?v=99&dataset=real&year=2022&states=CT',
      format: 'future',
      version: 99,
    });
  });

  it('migrates the parameters the same way with the v0 → v1 step alone', () => {
    /** The heatmap URL's parameters through that one migration, then read as v1. */
    const migratedState = (search: string) => {
      const params = migrateV0ToV1(parseUrl(search).params, { route: { view: 'heatmap' }, known });
      if (params === null) throw new Error(`nothing to migrate in ${search}`);
      return cleanUrl({ version: 1, params }, known);
    };
    const state = readUrl('?states=CT', { known }).state;
    expect(migratedState('?states=CT')).toEqual({
      ...state,
      year: 2022,
      sort: 'score',
    });
    // Values the link set are never replaced.
    const set = readUrl('?year=2021&sort=issue:2', { known }).state;
    expect(migratedState('?year=2021&sort=issue:2')).toEqual(set);
  });
});
