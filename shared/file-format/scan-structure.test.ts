import { describe, expect, it } from 'vitest';
import { MAX_DEPTH } from './constants';
import { scanStructure } from './scan-structure';

describe('scanStructure', () => {
  it('allows nesting up to the limit', () => {
    expect(MAX_DEPTH).toBe(32);
    expect(scanStructure('['.repeat(32) + ']'.repeat(32))).toEqual({});
    expect(scanStructure('{"a": [[1]], "b": {"c": {}}}', 3)).toEqual({});
  });

  it('refuses deeper nesting with the path and position of the first container too many', () => {
    expect(scanStructure('{"a": [1, {"b": [[]]}]}', 4)).toEqual({
      tooDeep: { kind: 'too-deep', path: ['a', 1, 'b', 0], limit: 4, line: 1, column: 18 },
    });
    expect(scanStructure('{\n  "x": [\n    [[]]\n  ]\n}', 3)).toMatchObject({
      tooDeep: { path: ['x', 0, 0], line: 3, column: 6 },
    });
  });

  it('finds a key given twice in one object, however it is escaped', () => {
    expect(scanStructure('{"a": {"b": 1, "c": 2, "b": 3}}')).toEqual({
      duplicateKey: { kind: 'duplicate-key', path: ['a', 'b'], key: 'b', line: 1, column: 24 },
    });
    expect(scanStructure('{"id": 1, "\\u0069d": 2}')).toMatchObject({ duplicateKey: { key: 'id' } });
    expect(scanStructure('[{"a": 1}, {"a": 2}]')).toEqual({});
    expect(scanStructure('{"a": {"a": {"a": 1}}}')).toEqual({});
  });

  it('is not fooled by brackets, quotes and escapes inside strings', () => {
    expect(scanStructure('[["[[[[", "\\"[[[[", "{{{{\\\\"]]', 2)).toEqual({});
    expect(scanStructure('{"k\\"ey[": {"{": [{}]}}', 3)).toMatchObject({
      tooDeep: { path: ['k"ey[', '{', 0] },
    });
    expect(scanStructure('{"a": "b", "c": "a"}')).toEqual({});
  });

  it('copes with malformed text and never overflows the stack', () => {
    expect(scanStructure(']]]}}}"unterminated')).toEqual({});
    expect(scanStructure('['.repeat(1_000_000))).toMatchObject({ tooDeep: { kind: 'too-deep' } });
  });

  it('shortens very long keys in the path', () => {
    const key = 'k'.repeat(10_000);
    const scan = scanStructure(`{"${key}": [[]]}`, 2);
    expect(String(scan.tooDeep?.path[0]).length).toBeLessThan(110);
  });
});
