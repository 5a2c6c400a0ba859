import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { portableSha256Hex, scenarioContentHash, useSha256 } from '../shared/file-format/content-hash';
import { useNativeSha256 } from './native-sha256';

describe('the native SHA-256 of content hashes', () => {
  afterEach(() => useSha256(portableSha256Hex));

  it('gives the portable hash for any text, lone surrogates and astral characters included', () => {
    const portable = (value: unknown[]) => scenarioContentHash(value);
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.string({ unit: 'binary' }), fc.string({ unit: 'grapheme' }), fc.double())),
        (value) => {
          useSha256(portableSha256Hex);
          const expected = portable(value);
          useNativeSha256();
          expect(scenarioContentHash(value)).toBe(expected);
        },
      ),
    );
    useNativeSha256();
    expect(scenarioContentHash([])).toBe('4f53cda18c2baa0c0354bb5f9a3ecbe5ed12ab4d8e11ba873c2f11161202b945');
  });
});
