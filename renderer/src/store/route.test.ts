import { describe, expect, it } from 'vitest';
import { parseRoute, routeHash } from './route';

describe('routes in the URL', () => {
  it('carries the comparison (scenarios, reference, slide sectors) through the hash and back', () => {
    const comparison = { ids: ['a-1', 'b:2', 'c.3'], referenceId: 'b:2', sectors: ['IC', 'LITH'] };
    const hash = routeHash({ view: 'compare', comparison });
    expect(hash).toBe('#/compare?scenarios=a-1,b:2,c.3&reference=b:2&sectors=IC,LITH');
    expect(parseRoute(hash)).toEqual({ view: 'compare', comparison });
    // Every sector (the default) is said by leaving sectors out; no sector at all is an empty list.
    const all = { ...comparison, sectors: null };
    expect(parseRoute(routeHash({ view: 'compare', comparison: all }))).toEqual({
      view: 'compare',
      comparison: all,
    });
    const none = { ...comparison, sectors: [] };
    expect(parseRoute(routeHash({ view: 'compare', comparison: none }))).toEqual({
      view: 'compare',
      comparison: none,
    });
  });

  it('keeps the plain compare view, and drops what is not an id', () => {
    expect(parseRoute('#/compare')).toEqual({ view: 'compare' });
    expect(routeHash({ view: 'compare' })).toBe('#/compare');
    expect(parseRoute('#/compare?scenarios=')).toEqual({ view: 'compare' });
    expect(parseRoute('#/compare?scenarios=a,<b>,__proto__&reference=<x>&sectors=IC,_bad')).toEqual({
      view: 'compare',
      comparison: { ids: ['a'], referenceId: null, sectors: ['IC'] },
    });
    expect(parseRoute('#/editor/abc')).toEqual({ view: 'editor', id: 'abc' });
  });
});
