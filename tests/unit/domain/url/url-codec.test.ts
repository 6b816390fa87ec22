import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { STATUSES } from '@/domain/contract/evaluation-schema';
import { STATE_CODES } from '@/domain/format/jurisdictions';
import { parseRoute, routePath, type Route } from '@/domain/url/routes';
import { writeUrl } from '@/domain/url/url-codec';
import { readUrl } from '@/domain/url/url-pipeline';
import { DEFAULT_VIEW_STATE, MAX_STATES, type ViewState } from '@/domain/url/url-state';

const GOALS = ['1.1', '1.2', '2.9', '2.10', '4.6', '5.3', '6.6'];
const known = { years: [2021, 2022, 2023], goals: GOALS, issues: ['1', '2', '3', '4', '5', '6'] };

describe('URL codec', () => {
  it('reads readable parameters', () => {
    const s = readUrl('?states=CT~MA~NY&goals=2.9&year=2022&dataset=demo&diff=1', { known }).state;
    expect(s).toEqual({
      ...DEFAULT_VIEW_STATE,
      dataset: 'demo',
      year: 2022,
      states: ['CT', 'MA', 'NY'],
      goals: ['2.9'],
      diff: true,
    });
  });

  it('writes the canonical form: fixed order, defaults left out, lists sorted where order means nothing', () => {
    const state: ViewState = {
      ...DEFAULT_VIEW_STATE,
      weights: { '2.9': 2, '1.1': 0 },
      goals: ['2.10', '2.9', '1.1'],
      status: ['not-evaluated', 'meets'],
      states: ['NY', 'CT'],
      year: 2022,
      measure: 'score',
      sort: 'name',
    };
    expect(writeUrl(state)).toBe(
      '?year=2022&measure=score&states=NY~CT&goals=1.1~2.9~2.10&status=meets~not-evaluated&sort=name&weights=1.1:0~2.9:2',
    );
    expect(writeUrl(DEFAULT_VIEW_STATE)).toBe('');
    expect(
      writeUrl({ ...state, sort: 'goal:2.9', cell: { code: 'CT', goalId: '2.9' } }, { version: 1 }),
    ).toBe(
      '?v=1&dataset=real&year=2022&measure=score&states=NY~CT&goals=1.1~2.9~2.10&status=meets~not-evaluated&sort=goal:2.9&weights=1.1:0~2.9:2&cell=CT:2.9',
    );
  });

  it('reads and writes “chosen states only” as chosen=1, and only with chosen states', () => {
    const s = readUrl('?states=CT~MA~NY~RI&chosen=1', { known });
    expect(s.state).toEqual({
      ...DEFAULT_VIEW_STATE,
      states: ['CT', 'MA', 'NY', 'RI'],
      chosen: true,
    });
    expect(s.search).toBe('?states=CT~MA~NY~RI&chosen=1');
    expect(s.changed).toBe(false);
    // Written after the other flags, before the weights.
    expect(writeUrl({ ...s.state, diff: true, weights: { '2.9': 2 } })).toBe(
      '?states=CT~MA~NY~RI&diff=1&chosen=1&weights=2.9:2',
    );
    // Without states it would show nothing: dropped, and the URL cleaned of it.
    const alone = readUrl('?year=2022&chosen=1', { known });
    expect(alone.state.chosen).toBe(false);
    expect(alone.search).toBe('?year=2022');
    expect(alone.changed).toBe(true);
    expect(readUrl('?states=ZZ&chosen=1', { known }).search).toBe('');
    expect(writeUrl({ ...DEFAULT_VIEW_STATE, chosen: true })).toBe('');
    // Only "1" turns it on.
    for (const value of ['true', 'yes', '0', '']) {
      expect(readUrl(`?states=CT&chosen=${value}`, { known }).state.chosen).toBe(false);
    }
  });

  it('keeps the user’s order of states (compare columns) and drops repeats', () => {
    expect(readUrl('?states=ny~ct~NY~ma').state.states).toEqual(['NY', 'CT', 'MA']);
  });

  it('drops unknown parameters and invalid values instead of failing', () => {
    const { state, search, changed } = readUrl(
      '?states=CT~ZZ~<script>&year=1999&measure=javascript:alert(1)&goals=9.9~2.9&status=meets~bogus&sort=drop table&weights=2.9:11~1.1:abc~4.6:3&utm_source=x&diff=yes',
      { known },
    );
    expect(state).toEqual({
      ...DEFAULT_VIEW_STATE,
      states: ['CT'],
      goals: ['2.9'],
      status: ['meets'],
      weights: { '4.6': 3 },
    });
    expect(search).toBe('?states=CT&goals=2.9&status=meets&weights=4.6:3');
    expect(changed).toBe(true);
  });

  it('reads the open heatmap cell, a state and a known goal, and drops any other', () => {
    expect(readUrl('?cell=CT:2.9', { known }).state.cell).toEqual({ code: 'CT', goalId: '2.9' });
    const lower = readUrl('?cell=ct:2.10', { known });
    expect(lower.state.cell).toEqual({ code: 'CT', goalId: '2.10' });
    expect(lower.search).toBe('?cell=CT:2.10');
    for (const bad of ['ZZ:2.9', 'CT:9.9', 'CT', 'CT:', ':2.9', 'CT:2.9:1', 'CT-2.9', 'CTX:2.9']) {
      const read = readUrl(`?cell=${bad}&states=NY`, { known });
      expect(read.state.cell, bad).toBeNull();
      expect(read.search, bad).toBe('?states=NY');
    }
    // Before the framework is known, any goal id is kept (the clean step runs again after).
    expect(readUrl('?cell=MA:9.9').state.cell).toEqual({ code: 'MA', goalId: '9.9' });
  });

  it('reads a sort by one goal’s status, for a goal the data knows', () => {
    expect(readUrl('?sort=goal:2.9', { known }).state.sort).toBe('goal:2.9');
    expect(readUrl('?sort=goal:9.9', { known }).state.sort).toBeNull();
    expect(readUrl('?sort=goal:2', { known }).state.sort).toBeNull();
  });

  it('says a clean URL is unchanged', () => {
    expect(readUrl('?dataset=demo&year=2022&states=CT~MA', { known }).changed).toBe(false);
    expect(readUrl('', { known }).changed).toBe(false);
  });

  it('bounds hostile input: huge lists, huge values, bad encodings', () => {
    const many = Array.from({ length: 5000 }, (_, i) => STATE_CODES[i % STATE_CODES.length]).join(
      '~',
    );
    expect(readUrl(`?states=${many}`).state.states.length).toBeLessThanOrEqual(MAX_STATES);
    expect(readUrl(`?states=${'A'.repeat(100_000)}`).state.states).toEqual([]);
    expect(() => readUrl('?states=%E0%A4%A&year=%')).not.toThrow();
  });

  it('uses only the first of repeated parameters', () => {
    expect(readUrl('?year=2021&year=2023', { known }).state.year).toBe(2021);
  });

  it('round-trips any valid view state (property)', () => {
    const stateArb: fc.Arbitrary<ViewState> = fc
      .record({
        dataset: fc.constantFrom('real' as const, 'demo' as const),
        year: fc.option(fc.constantFrom(2021, 2022, 2023), { nil: null }),
        measure: fc.option(fc.constantFrom('grade', 'score', 'issue:2', 'status:2.9', 'min-age'), {
          nil: null,
        }),
        states: fc.uniqueArray(fc.constantFrom(...STATE_CODES), { maxLength: 8 }),
        issues: fc.uniqueArray(fc.constantFrom('1', '2', '3', '4', '5', '6'), { maxLength: 6 }),
        goals: fc.uniqueArray(fc.constantFrom(...GOALS), { maxLength: 7 }),
        status: fc.uniqueArray(fc.constantFrom(...STATUSES), { maxLength: 4 }),
        sort: fc.option(fc.constantFrom('name', 'score', 'issue:3', 'goal:2.9'), { nil: null }),
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
    fc.assert(
      fc.property(stateArb, (state) => {
        const search = writeUrl(state);
        const back = readUrl(search, { known }).state;
        // Lists without meaningful order come back in canonical order; compare as sets.
        expect({
          ...back,
          issues: [...back.issues].sort(),
          goals: [...back.goals].sort(),
          status: [...back.status].sort(),
        }).toEqual({
          ...state,
          issues: [...state.issues].sort(),
          goals: [...state.goals].sort(),
          status: [...state.status].sort(),
        });
        expect(writeUrl(back)).toBe(search);
      }),
      { seed: 20221, numRuns: 300 },
    );
  });

  it('never throws and always yields a clean, stable URL for random query strings (property)', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (junk) => {
        const first = readUrl(`?${junk}`, { known });
        const second = readUrl(first.search, { known });
        expect(second.search).toBe(first.search);
        expect(second.changed).toBe(false);
        expect(first.search).toMatch(/^(\?[a-z]+=[A-Za-z0-9.:~-]+(&[a-z]+=[A-Za-z0-9.:~-]+)*)?$/);
      }),
      { seed: 7, numRuns: 500 },
    );
  });
});

describe('routes', () => {
  it('parses every view and writes it back', () => {
    const routes: Route[] = [
      { view: 'overview' },
      { view: 'heatmap' },
      { view: 'scores' },
      { view: 'compare' },
      { view: 'goals' },
      { view: 'goal', goalId: '2.9' },
      { view: 'state', code: 'CT' },
      { view: 'about' },
    ];
    for (const r of routes) expect(parseRoute(routePath(r))).toEqual(r);
  });

  it('tolerates a trailing slash and a lower-case state code', () => {
    expect(parseRoute('/heatmap/')).toEqual({ view: 'heatmap' });
    expect(parseRoute('/goals/')).toEqual({ view: 'goals' });
    expect(routePath({ view: 'goals' })).toBe('/goals');
    expect(parseRoute('/states/ct')).toEqual({ view: 'state', code: 'CT' });
  });

  it('sends anything else to not-found', () => {
    for (const p of [
      '/states/ZZ',
      '/goals/abc',
      '/heatmap/x',
      '/<script>',
      `/${'a'.repeat(500)}`,
    ]) {
      expect(parseRoute(p).view).toBe('not-found');
    }
  });
});
