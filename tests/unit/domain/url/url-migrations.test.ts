import { describe, expect, it } from 'vitest';
import type { DatasetId } from '@/domain/contract/summary-schema';
import type { Route } from '@/domain/url/routes';
import { cleanUrl, parseUrl } from '@/domain/url/url-codec';
import {
  migrateUrl,
  migrateV0ToV1,
  URL_MIGRATIONS,
  type MigrationContext,
  type RawParams,
  type UrlMigration,
} from '@/domain/url/url-migrations';
import { URL_FORMAT_VERSION } from '@/domain/url/url-state';

const known = {
  datasets: ['real', 'demo'] as readonly DatasetId[],
  years: [2021, 2022, 2023],
  goals: ['1.1', '2.9', '4.6'],
  issues: ['1', '2', '3'],
};

function ctx(route: Route, k = known): MigrationContext {
  return { route, known: k };
}

/** The parameters as a plain object, to compare. */
function entries(params: RawParams | null): Record<string, string> | null {
  return params && Object.fromEntries(params);
}

describe('the migration list', () => {
  it('is ordered and chained: from no version to the current one, one version at a time', () => {
    expect(URL_MIGRATIONS.length).toBeGreaterThan(0);
    expect(URL_MIGRATIONS[0]!.from).toBe(0);
    URL_MIGRATIONS.forEach((m, i) => {
      expect(m.to, `migration ${i}`).toBe(m.from + 1);
      if (i > 0) expect(m.from, `migration ${i}`).toBe(URL_MIGRATIONS[i - 1]!.to);
    });
    expect(URL_MIGRATIONS.at(-1)!.to).toBe(URL_FORMAT_VERSION);
  });

  it('today holds v0 → v1', () => {
    expect(URL_MIGRATIONS.map((m) => [m.from, m.to, m.migrate])).toEqual([[0, 1, migrateV0ToV1]]);
  });
});

describe('v0 → v1 on its own', () => {
  it('pins the v0 edition and the view’s v0 defaults it left out, as raw parameters', () => {
    const p = parseUrl('?states=CT~MA').params;
    expect(entries(migrateV0ToV1(p, ctx({ view: 'heatmap' })))).toEqual({
      states: 'CT~MA',
      year: '2022',
      sort: 'score',
    });
    expect(
      entries(migrateV0ToV1(parseUrl('?dataset=demo').params, ctx({ view: 'overview' }))),
    ).toEqual({ dataset: 'demo', year: '2023', measure: 'score' });
    expect(
      entries(migrateV0ToV1(parseUrl('?year=2021').params, ctx({ view: 'overview' }))),
    ).toEqual({ year: '2021', measure: 'grade' });
    expect(
      entries(migrateV0ToV1(parseUrl('?states=CT').params, ctx({ view: 'goal', goalId: '2.9' }))),
    ).toEqual({ states: 'CT', year: '2022', sort: 'min-age' });
    expect(
      entries(migrateV0ToV1(parseUrl('?states=CT').params, ctx({ view: 'goal', goalId: '4.6' }))),
    ).toEqual({ states: 'CT', year: '2022' });
  });

  it('never replaces a value the link set, and replaces one the current rules drop', () => {
    const set = parseUrl('?year=2021&sort=issue:2').params;
    expect(entries(migrateV0ToV1(set, ctx({ view: 'heatmap' })))).toEqual(entries(set));
    // An edition the data does not hold, an unknown sort: read as left out, so pinned.
    const bad = parseUrl('?year=1999&sort=drop&states=CT').params;
    expect(entries(migrateV0ToV1(bad, ctx({ view: 'heatmap' })))).toEqual({
      year: '2022',
      sort: 'score',
      states: 'CT',
    });
  });

  it('pins no edition the data no longer holds, nor the measure of an unknown edition', () => {
    const p = parseUrl('?dataset=demo&states=CT').params;
    const k = { ...known, years: [2022] };
    expect(entries(migrateV0ToV1(p, ctx({ view: 'overview' }, k)))).toEqual({
      dataset: 'demo',
      states: 'CT',
    });
  });

  it('reads the dataset as the clean step does: one the data lacks is the report data', () => {
    const p = parseUrl('?dataset=demo&states=CT').params;
    const k = { ...known, datasets: ['real'] as DatasetId[] };
    expect(entries(migrateV0ToV1(p, ctx({ view: 'heatmap' }, k)))?.year).toBe('2022');
  });

  it('finds nothing to migrate in a URL that sets nothing: it names a page', () => {
    for (const search of ['', '?utm_source=x', '?year=1850']) {
      expect(migrateV0ToV1(parseUrl(search).params, ctx({ view: 'heatmap' })), search).toBeNull();
    }
  });

  it('leaves the parameters it is given unchanged (pure)', () => {
    const p = parseUrl('?states=CT').params;
    migrateV0ToV1(p, ctx({ view: 'heatmap' }));
    expect(entries(p)).toEqual({ states: 'CT' });
  });
});

describe('running the list', () => {
  it('brings a v0 URL to the current version, and leaves a current one as it is', () => {
    const v0 = parseUrl('?states=CT');
    const migrated = migrateUrl(v0, ctx({ view: 'heatmap' }));
    expect(migrated.version).toBe(URL_FORMAT_VERSION);
    expect(entries(migrated.params)).toEqual({ states: 'CT', year: '2022', sort: 'score' });
    const v1 = parseUrl('?v=1&states=CT');
    expect(migrateUrl(v1, ctx({ view: 'heatmap' }))).toEqual(v1);
  });

  it('leaves an old URL that names only its page (nothing the rules keep) unmigrated', () => {
    for (const search of ['', '?utm_source=x', '?v=0', '?year=1850']) {
      const raw = parseUrl(search);
      expect(migrateUrl(raw, ctx({ view: 'heatmap' })), search).toBe(raw);
    }
  });

  it('reads a newer version than it knows with the current rules, as the current version', () => {
    const raw = parseUrl('?v=99&states=CT&shape=hex');
    expect(migrateUrl(raw, ctx({ view: 'heatmap' }))).toEqual({
      version: URL_FORMAT_VERSION,
      params: raw.params,
    });
  });

  it('runs each migration from the URL’s own version on, in the list’s order, once', () => {
    const calls: string[] = [];
    const step =
      (name: string, rename: [string, string] | null): UrlMigration['migrate'] =>
      (params) => {
        calls.push(name);
        const next = new Map(params);
        if (rename && next.has(rename[0])) {
          next.set(rename[1], next.get(rename[0])!);
          next.delete(rename[0]);
        }
        return next;
      };
    // A would-be v2 that renamed `colour` to `measure`: the migrate step runs before clean, so a
    // parameter the current rules do not know can still be read.
    const list: UrlMigration[] = [
      { from: 0, to: 1, migrate: step('0→1', null) },
      { from: 1, to: 2, migrate: step('1→2', ['colour', 'measure']) },
    ];
    const c = ctx({ view: 'heatmap' });
    const fromV0 = migrateUrl(parseUrl('?colour=score&states=CT'), c, list, 2);
    expect(calls).toEqual(['0→1', '1→2']);
    expect(fromV0.version).toBe(2);
    expect(cleanUrl(fromV0, known).measure).toBe('score');
    calls.length = 0;
    const fromV1 = migrateUrl(parseUrl('?v=1&colour=grade'), c, list, 2);
    expect(calls).toEqual(['1→2']);
    expect(cleanUrl(fromV1, known).measure).toBe('grade');
    calls.length = 0;
    expect(migrateUrl(parseUrl('?v=2&colour=grade'), c, list, 2).version).toBe(2);
    expect(calls).toEqual([]);
  });
});
