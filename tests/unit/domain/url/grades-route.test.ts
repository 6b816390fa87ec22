import { describe, expect, it } from 'vitest';
import { embedPath, parseEmbedRoute, parseRoute, routePath } from '@/domain/url/routes';
import {
  buildEmbedSrc,
  buildShareLink,
  driftedPins,
  effectivePins,
  embeddableRoute,
  embedTitle,
} from '@/domain/url/share-link';
import { v0Defaults } from '@/domain/url/url-migrations';
import { readAppUrl, readUrl } from '@/domain/url/url-pipeline';
import { pinKeys } from '@/domain/url/url-state';
import { gradesSortKey } from '@/domain/url/view-sorts';

const route = { view: 'grades' } as const;
const ORIGIN = 'https://statewise.example';
const known = { years: [2021, 2022, 2023] };

describe('the grades route', () => {
  it('is /grades, and /embed/grades for its embed', () => {
    expect(parseRoute('/grades')).toEqual(route);
    expect(parseRoute('/grades/')).toEqual(route);
    expect(routePath(route)).toBe('/grades');
    expect(parseEmbedRoute('/embed/grades')).toEqual(route);
    expect(embeddableRoute(route)).toEqual(route);
    expect(embedPath(route)).toBe('/embed/grades');
    expect(parseRoute('/grades/CT').view).toBe('not-found');
  });

  it('depends on its order, not on an edition (it shows every one)', () => {
    expect(pinKeys(route)).toEqual(['sort']);
    expect(gradesSortKey('grade')).toBe('grade');
    expect(gradesSortKey('min-age')).toBe('name');
    const state = readUrl('?states=AL~FL', { known }).state;
    expect(effectivePins(route, state, { year: 2022 })).toEqual({ sort: 'name' });
    const byGrade = readUrl('?sort=grade', { known }).state;
    expect(effectivePins(route, byGrade, { year: 2022 })).toEqual({ sort: 'grade' });
  });

  it('shares a link with its states and order pinned', () => {
    const state = readUrl('?states=AL~FL', { known }).state;
    expect(buildShareLink(route, state, effectivePins(route, state, { year: 2022 }), ORIGIN)).toBe(
      `${ORIGIN}/grades?v=1&dataset=real&states=AL~FL&sort=name`,
    );
    expect(
      buildEmbedSrc(route, state, effectivePins(route, state, { year: 2022 }), ORIGIN, 'auto'),
    ).toBe(`${ORIGIN}/embed/grades?v=1&dataset=real&states=AL~FL&sort=name&theme=auto`);
  });

  it('keeps states= through the pipeline, as a reload reads it', () => {
    const read = readUrl('?states=AL~fl~XX&sort=grade', { known });
    expect(read.state.states).toEqual(['AL', 'FL']);
    expect(read.search).toBe('?states=AL~FL&sort=grade');
    const again = readAppUrl(route, read.search, known, { sort: 'name' });
    expect(again.search).toBe('?states=AL~FL&sort=grade');
  });

  it('had no v0 links: nothing is frozen for it, so an unversioned URL is never migrated', () => {
    expect(v0Defaults(route, 'real', null)).toEqual({});
    const state = readUrl('?states=AL', { known }).state;
    expect(driftedPins(route, state, { sort: 'name' }, known)).toEqual([]);
    expect(readAppUrl(route, '?states=AL', known, { sort: 'name' }).search).toBe('?states=AL');
  });

  it('titles its embed by what it shows, without an edition', () => {
    const none = readUrl('', { known }).state;
    expect(embedTitle(route, none, {})).toBe('Published grades over time, by state');
    const two = readUrl('?states=AL~FL&dataset=demo', { known }).state;
    expect(embedTitle(route, two, { sort: 'name' })).toBe(
      'Published scores over time: Alabama and Florida',
    );
  });
});
