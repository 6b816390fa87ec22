import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { STATUSES } from '@/domain/contract/evaluation-schema';
import { STATE_CODES } from '@/domain/format/jurisdictions';
import { parseRoute, type Route } from '@/domain/url/routes';
import { cleanUrl, parseUrl, readDataset, writeUrl } from '@/domain/url/url-codec';
import { migrateUrl } from '@/domain/url/url-migrations';
import {
  readAppUrl,
  readingNeedsSummary,
  readUrl,
  writeAppUrl,
  writeFormat,
} from '@/domain/url/url-pipeline';
import { DEFAULT_VIEW_STATE, type ViewState } from '@/domain/url/url-state';

const GOALS = ['1.1', '1.2', '2.9', '2.10', '4.6', '5.3'];
const known = {
  datasets: ['real', 'demo'] as const,
  years: [2021, 2022, 2023],
  goals: GOALS,
  issues: ['1', '2', '3', '4', '5', '6'],
};

const stateArb: fc.Arbitrary<ViewState> = fc
  .record({
    dataset: fc.constantFrom('real' as const, 'demo' as const),
    year: fc.option(fc.constantFrom(2021, 2022, 2023), { nil: null }),
    measure: fc.option(fc.constantFrom('grade', 'score', 'issue:2', 'status:2.9', 'max-age'), {
      nil: null,
    }),
    states: fc.uniqueArray(fc.constantFrom(...STATE_CODES), { maxLength: 8 }),
    issues: fc.uniqueArray(fc.constantFrom('1', '2', '3', '4', '5', '6'), { maxLength: 6 }),
    goals: fc.uniqueArray(fc.constantFrom(...GOALS), { maxLength: 6 }),
    status: fc.uniqueArray(fc.constantFrom(...STATUSES), { maxLength: 4 }),
    sort: fc.option(fc.constantFrom('name', 'score', 'issue:3', 'goal:2.10', 'min-age'), {
      nil: null,
    }),
    diff: fc.boolean(),
    chosen: fc.boolean(),
    weights: fc.dictionary(fc.constantFrom(...GOALS), fc.integer({ min: 0, max: 10 })),
    cell: fc.option(
      fc.record({ code: fc.constantFrom(...STATE_CODES), goalId: fc.constantFrom(...GOALS) }),
      { nil: null },
    ),
  })
  // "Chosen states only" exists only with chosen states (the codec drops it otherwise).
  .map((s) => ({ ...s, chosen: s.chosen && s.states.length > 0 }));

/** Lists whose order means nothing come back in canonical order: compare them as sets. */
function unordered(state: ViewState) {
  return {
    ...state,
    issues: [...state.issues].sort(),
    goals: [...state.goals].sort(),
    status: [...state.status].sort(),
  };
}

describe('round trip: clean ∘ parse ∘ write', () => {
  it('gives back any valid view state, unversioned and versioned (property)', () => {
    fc.assert(
      fc.property(stateArb, fc.constantFrom(null, 1), (state, version) => {
        const search = writeUrl(state, { version });
        const raw = parseUrl(search);
        expect(raw.version).toBe(version);
        const back = cleanUrl(raw, known);
        expect(unordered(back)).toEqual(unordered(state));
        expect(writeUrl(back, { version })).toBe(search);
      }),
      { seed: 2023, numRuns: 300 },
    );
  });

  it('writes what it reads: a written URL read through the whole pipeline is unchanged', () => {
    fc.assert(
      fc.property(stateArb, (state) => {
        const search = writeUrl(state);
        expect(readUrl(search, { known })).toMatchObject({ search, changed: false });
        const v1 = writeUrl(state, { version: 1 });
        expect(readUrl(v1, { known })).toMatchObject({ search: v1, changed: false });
      }),
      { seed: 11, numRuns: 200 },
    );
  });

  it('parses without judging: unknown parameters are kept raw until clean drops them', () => {
    const raw = parseUrl('?zzz=1&year=1850&states=CT&states=MA&v=1');
    expect(raw.version).toBe(1);
    expect(Object.fromEntries(raw.params)).toEqual({ zzz: '1', year: '1850', states: 'CT' });
    expect(writeUrl(cleanUrl(raw, known), writeFormat(raw.version))).toBe(
      '?v=1&dataset=real&states=CT',
    );
  });

  it('reads the dataset by one rule, the one the app picks the framework by', () => {
    expect(readDataset('?dataset=demo')).toBe('demo');
    expect(readDataset('?year=2022&dataset=demo&states=CT')).toBe('demo');
    expect(readDataset('?dataset=demox')).toBe('real');
    for (const search of ['?dataset=demo', '?states=CT&dataset=demo', '?dataset=real', '']) {
      expect(readUrl(search).state.dataset, search).toBe(readDataset(search));
    }
    // A dataset the data does not have is the report data.
    expect(readUrl('?dataset=demo', { known: { datasets: ['real'] } }).state.dataset).toBe('real');
  });
});

describe('the pipeline order: parse → migrate → clean → write', () => {
  const urls: [string, string][] = [
    ['/heatmap', '?states=CT~MA&zzz=1'],
    ['/heatmap', '?year=1999&states=CT'],
    ['/', '?dataset=demo&measure=javascript:x'],
    ['/goals/2.9', '?states=CT'],
    ['/compare', '?v=1&states=CT~MA&diff=1'],
    ['/heatmap', '?v=99&states=CT&shape=hex'],
    ['/scores', ''],
  ];

  it('is readUrl, step by step', () => {
    for (const [path, search] of urls) {
      const route = parseRoute(path);
      const migrated = migrateUrl(parseUrl(search), { route, known });
      const state = cleanUrl(migrated, known);
      const result = readUrl(search, { known, migrateFor: route });
      expect(result.state, `${path}${search}`).toEqual(state);
      expect(result.search, `${path}${search}`).toBe(
        writeUrl(state, writeFormat(migrated.version)),
      );
    }
  });

  it('migrates before cleaning: an old link’s dropped value is read as left out, so pinned', () => {
    const result = readUrl('?year=1999&states=CT', { known, migrateFor: { view: 'heatmap' } });
    expect(result.search).toBe('?v=1&dataset=real&year=2022&states=CT&sort=score');
    expect(result.pinned).toEqual(['year', 'sort']);
  });

  it('without a route to migrate for, reads with the current rules and keeps the URL’s format', () => {
    expect(readUrl('?states=CT', { known })).toMatchObject({
      search: '?states=CT',
      format: 'v0',
      from: 'v0',
      pinned: [],
    });
    expect(readUrl('?v=99&states=CT', { known })).toMatchObject({
      search: '?v=99&dataset=real&states=CT',
      format: 'future',
    });
  });
});

describe('the app’s address bar', () => {
  const heatmap: Route = { view: 'heatmap' };

  it('leaves an unversioned URL as it is while no default has changed since v0', () => {
    const current = { year: 2022, sort: 'score' };
    expect(readAppUrl(heatmap, '?states=CT', known, current)).toMatchObject({
      search: '?states=CT',
      format: 'v0',
      changed: false,
    });
  });

  it('migrates an old link once a default has changed, and spells the change out when writing', () => {
    const current = { year: 2023, sort: 'score' };
    expect(readAppUrl(heatmap, '?states=CT', known, current)).toMatchObject({
      search: '?v=1&dataset=real&year=2022&states=CT&sort=score',
      format: 'current',
      changed: true,
    });
    // A page address is not an old link: the current defaults.
    expect(readAppUrl(heatmap, '', known, current)).toMatchObject({ search: '', changed: false });
    const next = { ...DEFAULT_VIEW_STATE, sort: 'name' };
    expect(writeAppUrl(heatmap, next, 'v0', current, known)).toBe('?year=2023&sort=name');
    expect(writeAppUrl(heatmap, next, 'v0', null, known)).toBe('?sort=name');
  });

  it('keeps a versioned URL versioned, and writes a newer one as the current version', () => {
    const current = { year: 2023, sort: 'score' };
    const shared = '?v=1&dataset=real&year=2022&states=CT&sort=score';
    expect(readAppUrl(heatmap, shared, known, current)).toMatchObject({
      search: shared,
      changed: false,
    });
    const next = { ...DEFAULT_VIEW_STATE, states: ['CT'] };
    expect(writeAppUrl(heatmap, next, 'future', current, known)).toBe(
      '?v=1&dataset=real&states=CT',
    );
    expect(writeAppUrl(heatmap, next, 'current', current, known)).toBe(
      '?v=1&dataset=real&states=CT',
    );
  });

  it('needs the overview’s data only for an unversioned overview URL without a measure', () => {
    const overview: Route = { view: 'overview' };
    expect(readingNeedsSummary(overview, readUrl('?states=CT'))).toBe(true);
    expect(readingNeedsSummary(overview, readUrl('?measure=score'))).toBe(false);
    expect(readingNeedsSummary(overview, readUrl('?v=1&states=CT'))).toBe(false);
    expect(readingNeedsSummary(heatmap, readUrl('?states=CT'))).toBe(false);
  });
});
