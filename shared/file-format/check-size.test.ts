import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkSize, utf8ByteLength } from './check-size';
import { MAX_FILE_BYTES } from './constants';

describe('utf8ByteLength', () => {
  it('counts UTF-8 bytes as an encoder writes them', () => {
    expect(utf8ByteLength('a')).toBe(1);
    expect(utf8ByteLength('é')).toBe(2);
    expect(utf8ByteLength('芯片')).toBe(6);
    expect(utf8ByteLength('😀')).toBe(4);
    expect(utf8ByteLength('\ud800')).toBe(3);
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (text) => {
        expect(utf8ByteLength(text)).toBe(new TextEncoder().encode(text).length);
      }),
    );
  });
});

describe('checkSize', () => {
  it('refuses a text over the limit in UTF-8 bytes, not in characters', () => {
    expect(checkSize('aaaa', 4).ok).toBe(true);
    expect(checkSize('aaaaa', 4)).toEqual({
      ok: false,
      error: { kind: 'too-large', path: [], bytes: 5, limit: 4 },
    });
    expect(checkSize('芯片', 5)).toEqual({
      ok: false,
      error: { kind: 'too-large', path: [], bytes: 6, limit: 5 },
    });
  });

  it('defaults to 20 MB', () => {
    expect(MAX_FILE_BYTES).toBe(20 * 1024 * 1024);
    expect(checkSize(' '.repeat(MAX_FILE_BYTES)).ok).toBe(true);
    expect(checkSize(' '.repeat(MAX_FILE_BYTES + 1))).toMatchObject({
      ok: false,
      error: { kind: 'too-large' },
    });
  });
});
