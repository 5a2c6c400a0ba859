import { describe, expect, it } from 'vitest';
import { findJsonHazard } from './plain-json';

describe('findJsonHazard', () => {
  it('accepts plain JSON', () => {
    expect(findJsonHazard({ a: [1, 'two', null, true, { b: -0.5 }] }, 3)).toBeUndefined();
  });

  it('finds the first hazard in document order, with its path', () => {
    expect(findJsonHazard(JSON.parse('{"a": [0, {"__proto__": {}}]}'), 10)).toEqual({
      kind: 'forbidden-key',
      path: ['a', 1, '__proto__'],
      key: '__proto__',
    });
    expect(findJsonHazard({ a: { constructor: 1 } }, 10)).toMatchObject({
      kind: 'forbidden-key',
      key: 'constructor',
    });
    expect(findJsonHazard({ a: { prototype: 1 } }, 10)).toMatchObject({
      kind: 'forbidden-key',
      key: 'prototype',
    });
    expect(findJsonHazard({ a: [1, -Infinity] }, 10)).toEqual({
      kind: 'non-finite-number',
      path: ['a', 1],
      value: -Infinity,
    });
    expect(findJsonHazard({ a: NaN }, 10)).toMatchObject({ kind: 'non-finite-number', path: ['a'] });
    expect(findJsonHazard({ a: { b: undefined } }, 10)).toEqual({
      kind: 'not-json',
      path: ['a', 'b'],
      found: 'nothing',
    });
    expect(findJsonHazard({ a: new Map() }, 10)).toMatchObject({ kind: 'not-json', path: ['a'] });
  });

  it('counts containers for depth and stops on cycles', () => {
    expect(findJsonHazard([[[]]], 3)).toBeUndefined();
    expect(findJsonHazard([[[[]]]], 3)).toEqual({ kind: 'too-deep', path: [0, 0, 0], maxDepth: 3 });
    const cycle: Record<string, unknown> = {};
    cycle.self = cycle;
    expect(findJsonHazard(cycle, 32)).toMatchObject({ kind: 'too-deep' });
  });
});
