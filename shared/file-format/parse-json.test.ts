import { describe, expect, it } from 'vitest';
import { parseJson } from './parse-json';

describe('parseJson', () => {
  it('parses JSON, ignoring a leading byte-order mark', () => {
    expect(parseJson('{"a": [1]}')).toEqual({ ok: true, value: { a: [1] } });
    expect(parseJson('\ufeff{"a": 1}')).toEqual({ ok: true, value: { a: 1 } });
  });

  it('reports a syntax error by line and column', () => {
    const result = parseJson('{\n  "a": 1,\n  "b": tru\n}');
    expect(result).toMatchObject({
      ok: false,
      error: { kind: 'invalid-json', path: [], line: 3, column: 8, expected: 'a value', found: '"tru"' },
    });
    expect(!result.ok && result.error.kind === 'invalid-json' && result.error.detail).toBeTruthy();
  });
});
