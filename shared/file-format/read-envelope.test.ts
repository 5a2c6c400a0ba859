import { describe, expect, it } from 'vitest';
import { readEnvelope } from './read-envelope';

describe('readEnvelope', () => {
  it('accepts our format at a version it can read', () => {
    const document = { format: 'chokepoint-scenarios', formatVersion: 1 };
    expect(readEnvelope(document)).toEqual({ ok: true, value: { document, formatVersion: 1 } });
  });

  it('refuses anything that is not our format, saying what it found', () => {
    expect(readEnvelope([1, 2])).toEqual({
      ok: false,
      error: { kind: 'not-a-chokepoint-file', path: [], found: 'a list of 2' },
    });
    expect(readEnvelope({ name: 'x' })).toEqual({
      ok: false,
      error: { kind: 'not-a-chokepoint-file', path: ['format'], found: 'no "format" key' },
    });
    expect(readEnvelope({ format: 'tldraw' })).toMatchObject({ error: { found: '"format": "tldraw"' } });
  });

  it('refuses a newer version naming both versions, and a version that is not a whole number', () => {
    expect(readEnvelope({ format: 'chokepoint-scenarios', formatVersion: 2 })).toEqual({
      ok: false,
      error: { kind: 'format-version-too-new', path: ['formatVersion'], found: 2, supported: 1 },
    });
    for (const version of [undefined, '1', 1.5, 0, -1, null]) {
      expect(readEnvelope({ format: 'chokepoint-scenarios', formatVersion: version })).toMatchObject({
        error: { kind: 'invalid-format-version', path: ['formatVersion'] },
      });
    }
  });
});
