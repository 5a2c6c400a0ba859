import { describe, expect, it } from 'vitest';
import { MAX_DEPTH } from './constants';
import { FILE_LIMITS } from './limits';
import { scanStructure } from './scan-structure';

const depth = (limit: number) => ({ ...FILE_LIMITS, depth: limit });

describe('scanStructure', () => {
  it('allows nesting up to the limit', () => {
    expect(MAX_DEPTH).toBe(32);
    expect(scanStructure('['.repeat(32) + ']'.repeat(32))).toEqual({});
    expect(scanStructure('{"a": [[1]], "b": {"c": {}}}', depth(3))).toEqual({});
  });

  it('refuses deeper nesting with the path and position of the first container too many', () => {
    expect(scanStructure('{"a": [1, {"b": [[]]}]}', depth(4))).toEqual({
      refused: { kind: 'too-deep', path: ['a', 1, 'b', 0], limit: 4, line: 1, column: 18 },
    });
    expect(scanStructure('{\n  "x": [\n    [[]]\n  ]\n}', depth(3))).toMatchObject({
      refused: { path: ['x', 0, 0], line: 3, column: 6 },
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
    expect(scanStructure('[["[[[[", "\\"[[[[", "{{{{\\\\"]]', depth(2))).toEqual({});
    expect(scanStructure('{"k\\"ey[": {"{": [{}]}}', depth(3))).toMatchObject({
      refused: { path: ['k"ey[', '{', 0] },
    });
    expect(scanStructure('{"a": "b", "c": "a"}')).toEqual({});
  });

  it('copes with malformed text and never overflows the stack', () => {
    expect(scanStructure(']]]}}}"unterminated')).toEqual({});
    expect(scanStructure('['.repeat(1_000_000))).toMatchObject({ refused: { kind: 'too-deep' } });
  });

  it('shortens very long keys in the path', () => {
    const key = 'k'.repeat(10_000);
    const scan = scanStructure(`{"${key}": [[]]}`, depth(2));
    expect(String(scan.refused?.path[0]).length).toBeLessThan(110);
  });

  it('stops at the first list with too many items, naming the list, before reading further', () => {
    const small = { ...FILE_LIMITS, arrayItems: 3 };
    expect(scanStructure('{"x-a": [1, 2, 3]}', small)).toEqual({});
    expect(scanStructure('{"x-a": [1, 2, 3, 4, 5]}', small)).toEqual({
      refused: { kind: 'too-many-items', path: ['x-a'], limit: 3, line: 1, column: 17 },
    });
    // A text that is not even JSON after the limit is refused at the limit all the same.
    expect(scanStructure(`[${'0,'.repeat(20)}`, small).refused).toMatchObject({ kind: 'too-many-items' });
  });

  it('gives schedules their own limit: one step a year from 1900 to 2200', () => {
    expect(FILE_LIMITS.schedulePoints).toBe(301);
    const schedule = (points: number) => `[${Array.from({ length: points }, () => '0').join(',')}]`;
    const file = (points: number, where: 'levers' | 'restriction') =>
      where === 'levers'
        ? `{"scenarios": [{"sectors": {"IC": {"levers": {"clusters": ${schedule(points)}}}}}]}`
        : `{"scenarios": [{"sectors": {"IC": {"restriction": ${schedule(points)}}}}]}`;
    expect(scanStructure(file(301, 'levers'))).toEqual({});
    expect(scanStructure(file(302, 'levers')).refused).toMatchObject({
      kind: 'too-many-items',
      path: ['scenarios', 0, 'sectors', 'IC', 'levers', 'clusters'],
      limit: 301,
    });
    expect(scanStructure(file(302, 'restriction')).refused).toMatchObject({
      path: ['scenarios', 0, 'sectors', 'IC', 'restriction'],
    });
    // Elsewhere, the general limit.
    expect(scanStructure(`{"x-list": ${schedule(302)}}`)).toEqual({});
  });

  it('refuses objects with too many keys, and keys and texts that are too long', () => {
    const small = { ...FILE_LIMITS, objectKeys: 2, keyLength: 5, stringLength: 8 };
    expect(scanStructure('{"a": 1, "b": {"c": 2, "d": 3}}', small)).toEqual({});
    expect(scanStructure('{"a": 1, "b": {"c": 2, "d": 3, "e": 4}}', small).refused).toMatchObject({
      kind: 'too-many-keys',
      path: ['b'],
      limit: 2,
    });
    expect(scanStructure('{"a": {"abcdef": 1}}', small).refused).toMatchObject({
      kind: 'key-too-long',
      path: ['a', 'abcdef'],
      limit: 5,
    });
    expect(scanStructure('{"a": ["12345678", "123456789"]}', small).refused).toMatchObject({
      kind: 'string-too-long',
      path: ['a', 1],
      limit: 8,
    });
  });
});
