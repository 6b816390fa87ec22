import { describe, expect, it } from 'vitest';
import {
  embedSearch,
  embedSerializeOptions,
  fullViewHref,
  MAX_EMBED_HEIGHT,
  MIN_EMBED_HEIGHT,
  parseEmbedOptions,
} from '@/domain/url/embed-options';
import { readUrl } from '@/domain/url/url-pipeline';
import { DEFAULT_VIEW_STATE } from '@/domain/url/url-state';

/** The view state a query string shows, read through the pipeline. */
const stateOf = (search: string) => readUrl(search).state;

describe('embed options', () => {
  it('defaults to the reader’s theme, the content’s height and no id', () => {
    expect(parseEmbedOptions('')).toEqual({
      theme: 'auto',
      height: null,
      embedId: null,
      chart: null,
    });
  });

  it('reads theme, height, id and chart', () => {
    expect(parseEmbedOptions('?theme=dark&height=480&embedId=map-1&chart=status')).toEqual({
      theme: 'dark',
      height: 480,
      embedId: 'map-1',
      chart: 'status',
    });
    expect(parseEmbedOptions('theme=light').theme).toBe('light');
    expect(parseEmbedOptions('?theme=auto').theme).toBe('auto');
  });

  it('drops what it does not know, and bounds the height', () => {
    const o = parseEmbedOptions('?theme=<b>&height=-5&embedId=<script>&chart=../x');
    expect(o).toEqual({ theme: 'auto', height: null, embedId: null, chart: null });
    expect(parseEmbedOptions('?height=10').height).toBe(MIN_EMBED_HEIGHT);
    expect(parseEmbedOptions('?height=99999').height).toBe(MAX_EMBED_HEIGHT);
    expect(parseEmbedOptions('?height=12.5').height).toBeNull();
    expect(parseEmbedOptions(`?embedId=${'a'.repeat(65)}`).embedId).toBeNull();
  });

  it('takes the id from the iframe’s name when the link has none', () => {
    expect(parseEmbedOptions('', 'ages').embedId).toBe('ages');
    expect(parseEmbedOptions('?embedId=map', 'ages').embedId).toBe('map');
    expect(parseEmbedOptions('', 'not a valid id!').embedId).toBeNull();
  });

  it('keeps its own parameters after the view’s when the view state changes', () => {
    const state = stateOf('?year=2022&sort=name');
    const options = parseEmbedOptions('?theme=dark&embedId=x&height=300');
    expect(embedSearch(state, options)).toBe(
      '?year=2022&sort=name&theme=dark&height=300&embedId=x',
    );
    expect(embedSearch(DEFAULT_VIEW_STATE, options)).toBe('?theme=dark&height=300&embedId=x');
    expect(embedSearch(state, parseEmbedOptions(''))).toBe('?year=2022&sort=name');
    // An id from window.name stays out of the URL.
    expect(embedSearch(state, parseEmbedOptions('', 'ages'), 'ages')).toBe('?year=2022&sort=name');
  });

  it('links back to the full view with the same clean view parameters, without its own', () => {
    const state = stateOf(
      '?dataset=demo&year=2022&states=CT~MA&measure=score&theme=dark&embedId=x&zzz=1',
    );
    expect(fullViewHref({ view: 'overview' }, state)).toBe(
      '/?dataset=demo&year=2022&measure=score&states=CT~MA',
    );
    expect(fullViewHref({ view: 'goal', goalId: '2.9' }, stateOf('?sort=name'))).toBe(
      '/goals/2.9?sort=name',
    );
    expect(fullViewHref({ view: 'heatmap' }, DEFAULT_VIEW_STATE)).toBe('/heatmap');
  });

  it('keeps a versioned (shared) embed versioned in what it writes', () => {
    const search = '?v=1&dataset=real&year=2022&sort=min-age&theme=auto';
    const format = embedSerializeOptions(search);
    const state = stateOf(search);
    expect(fullViewHref({ view: 'goal', goalId: '2.9' }, state, format)).toBe(
      '/goals/2.9?v=1&dataset=real&year=2022&sort=min-age',
    );
    expect(embedSearch({ ...state, sort: 'name' }, parseEmbedOptions(search), '', format)).toBe(
      '?v=1&dataset=real&year=2022&sort=name',
    );
    expect(embedSerializeOptions('?year=2022')).toEqual({});
  });
});
