import { describe, expect, it } from 'vitest';
import { embedPath, isEmbedPath, parseEmbedRoute, type EmbeddableRoute } from '@/domain/url/routes';

describe('embed routes', () => {
  it('embeds a view at /embed/<the page’s route>', () => {
    expect(parseEmbedRoute('/embed/overview')).toEqual({ view: 'overview' });
    expect(parseEmbedRoute('/embed')).toEqual({ view: 'overview' });
    expect(parseEmbedRoute('/embed/')).toEqual({ view: 'overview' });
    expect(parseEmbedRoute('/embed/heatmap')).toEqual({ view: 'heatmap' });
    expect(parseEmbedRoute('/embed/scores/')).toEqual({ view: 'scores' });
    expect(parseEmbedRoute('/embed/compare')).toEqual({ view: 'compare' });
    expect(parseEmbedRoute('/embed/goals/2.9')).toEqual({ view: 'goal', goalId: '2.9' });
    expect(parseEmbedRoute('/embed/goals/4.6')).toEqual({ view: 'goal', goalId: '4.6' });
  });

  it('has nothing to embed for views without a chart, or unknown paths', () => {
    for (const path of [
      '/embed/about',
      '/embed/goals',
      '/embed/states/CT',
      '/embed/goals/x',
      '/embed/goals/2.9/more',
      '/embed/nowhere',
      '/embed//heatmap',
      `/embed/${'a'.repeat(300)}`,
    ]) {
      expect(parseEmbedRoute(path).view, path).toBe('not-found');
    }
  });

  it('keeps a long hostile path short in the not-found route', () => {
    const route = parseEmbedRoute(`/embed/${'<script>'.repeat(100)}`);
    expect(route.view).toBe('not-found');
    expect(route.view === 'not-found' && route.path.length).toBeLessThanOrEqual(200);
  });

  it('tells embed paths from the rest', () => {
    expect(isEmbedPath('/embed')).toBe(true);
    expect(isEmbedPath('/embed/heatmap')).toBe(true);
    expect(isEmbedPath('/embed-resize.js')).toBe(false);
    expect(isEmbedPath('/embedded')).toBe(false);
    expect(isEmbedPath('/heatmap')).toBe(false);
    expect(isEmbedPath('/')).toBe(false);
    expect(parseEmbedRoute('/heatmap').view).toBe('not-found');
  });

  it('round-trips every embeddable route', () => {
    const routes: EmbeddableRoute[] = [
      { view: 'overview' },
      { view: 'heatmap' },
      { view: 'scores' },
      { view: 'compare' },
      { view: 'goal', goalId: '2.9' },
      { view: 'goal', goalId: '6.10' },
    ];
    for (const r of routes) expect(parseEmbedRoute(embedPath(r))).toEqual(r);
    expect(embedPath({ view: 'overview' })).toBe('/embed/overview');
    expect(embedPath({ view: 'goal', goalId: '2.9' })).toBe('/embed/goals/2.9');
  });
});
