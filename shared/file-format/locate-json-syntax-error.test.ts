import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { locateJsonSyntaxError } from './locate-json-syntax-error';

function parses(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

describe('locateJsonSyntaxError', () => {
  it('says where the first error is, what was expected and what was found', () => {
    expect(locateJsonSyntaxError('{"a": 1,}')).toEqual({
      offset: 8,
      expected: 'a property name in double quotes',
      found: '"}"',
    });
    expect(locateJsonSyntaxError('{"a": tru}')).toEqual({ offset: 6, expected: 'a value', found: '"tru"' });
    expect(locateJsonSyntaxError('[1 2]')).toEqual({ offset: 3, expected: '"," or "]"', found: '"2"' });
    expect(locateJsonSyntaxError('{"a" 1}')).toMatchObject({ offset: 5, expected: '":"' });
    expect(locateJsonSyntaxError('')).toEqual({
      offset: 0,
      expected: 'a value',
      found: 'the end of the file',
    });
    expect(locateJsonSyntaxError('"abc')).toMatchObject({ expected: 'a closing double quote' });
    expect(locateJsonSyntaxError('{} {}')).toMatchObject({ offset: 3, expected: 'the end of the file' });
    expect(locateJsonSyntaxError('[01]')).toMatchObject({ offset: 2 });
    expect(locateJsonSyntaxError('["\\x"]')).toMatchObject({
      expected: 'an escape sequence such as \\n or \\"',
    });
    expect(locateJsonSyntaxError('["a\nb"]')).toMatchObject({ offset: 3, found: 'the end of the line' });
  });

  it('agrees with JSON.parse on what is JSON', () => {
    const valid = [
      '{}',
      '[]',
      '0',
      '-0.5e+3',
      '"\\u00e9\\n"',
      ' {"a": [true, false, null, 1E2]} ',
      '"\ud800"',
    ];
    for (const text of valid) expect(locateJsonSyntaxError(text), text).toBeUndefined();
    const mutated = fc
      .tuple(
        fc.jsonValue(),
        fc.nat(),
        fc.constantFrom('', ',', '}', ']', '"', '\\', ':', 'x', '0', '-', '.', 'e', ' '),
      )
      .map(([value, at, insert]) => {
        const text = JSON.stringify(value, null, at % 3);
        const i = at % (text.length + 1);
        return text.slice(0, i) + insert + text.slice(i + (at % 2));
      });
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: 'binary' }), mutated), (text) => {
        expect(locateJsonSyntaxError(text) === undefined).toBe(parses(text));
      }),
      { numRuns: 2000 },
    );
  });
});
