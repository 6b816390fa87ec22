import { describe, expect, it } from 'vitest';
import { parseEmbedRoute, parseRoute, routePath, sameSitePath } from '@/domain/url/routes';

// A not-found path is written back into the history and into links (the not-found view's own
// address): it must stay a path on this site, never "//host/…", which is another site's address.
describe('not-found paths stay on this site', () => {
  it.each([
    ['//evil.example/x', '/evil.example/x'],
    ['///evil.example', '/evil.example'],
    ['/\\evil.example', '/evil.example'],
    ['/\\/evil.example', '/evil.example'],
    ['/nothing/here', '/nothing/here'],
  ])('%s becomes %s', (input, path) => {
    const route = parseRoute(input);
    expect(route).toEqual({ view: 'not-found', path });
    expect(routePath(route)).toBe(path);
    expect(new URL(routePath(route), 'https://statewise.example/').host).toBe('statewise.example');
  });

  it('applies to embeds too, and leaves ordinary paths alone', () => {
    expect(parseEmbedRoute('//evil.example/embed')).toEqual({
      view: 'not-found',
      path: '/evil.example/embed',
    });
    expect(sameSitePath('/heatmap')).toBe('/heatmap');
    expect(parseRoute('/states/CT')).toEqual({ view: 'state', code: 'CT' });
  });
});
