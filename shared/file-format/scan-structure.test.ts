import { describe, expect, it } from 'vitest';
import { MAX_DEPTH } from './constants';
import { scanStructure } from './scan-structure';

describe('scanStructure', () => {
  it('allows nesting up to the limit', () => {
    expect(MAX_DEPTH).toBe(32);
    expect(scanNesting('['.repeat(32) + ']'.repeat(32)).ok).toBe(true);
    expect(scanNesting('{"a": [[1]], "b": {"c": {}}}', 3).ok).toBe(true);
  });

  it('refuses deeper nesting with the path and position of the first container too many', () => {
    expect(scanNesting('{"a": [1, {"b": [[]]}]}', 4)).toEqual({
      ok: false,
      error: { kind: 'too-deep', path: ['a', 1, 'b', 0], limit: 4, line: 1, column: 18 },
    });
    expect(scanNesting('{\n  "x": [\n    [[]]\n  ]\n}', 3)).toMatchObject({
      error: { path: ['x', 0, 0], line: 3, column: 6 },
    });
  });

  it('is not fooled by brackets, quotes and escapes inside strings', () => {
    expect(scanNesting('[["[[[[", "\\"[[[[", "{{{{\\\\"]]', 2).ok).toBe(true);
    expect(scanNesting('{"k\\"ey[": {"{": [{}]}}', 3)).toMatchObject({ error: { path: ['k"ey[', '{', 0] } });
  });

  it('copes with malformed text and never overflows the stack', () => {
    expect(scanNesting(']]]}}}"unterminated').ok).toBe(true);
    expect(scanNesting('['.repeat(1_000_000))).toMatchObject({ ok: false, error: { kind: 'too-deep' } });
  });

  it('shortens very long keys in the path', () => {
    const key = 'k'.repeat(10_000);
    const result = scanNesting(`{"${key}": [[]]}`, 2);
    expect(!result.ok && String(result.error.path[0]).length).toBeLessThan(110);
  });
});
