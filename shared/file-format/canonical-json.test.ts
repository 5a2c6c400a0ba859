import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalJson, canonicalJsonByRecursion } from './canonical-json';
import { scenarioContentHash } from './content-hash';

describe('canonicalJson', () => {
  it('sorts keys by code unit and drops whitespace', () => {
    expect(canonicalJson({ b: 1, a: [true, null, 'é'], A: { z: -0, y: 1e21 } })).toBe(
      '{"A":{"y":1e+21,"z":0},"a":[true,null,"é"],"b":1}',
    );
    expect(canonicalJson({ '\u00e9': 1, z: 2, '\ud83d\ude00': 3 })).toBe('{"z":2,"é":1,"😀":3}');
  });

  it('does not depend on key order, and reads back as the same value', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const text = canonicalJson(value);
        expect(JSON.parse(text)).toEqual(JSON.parse(JSON.stringify(value)));
        const reversed = JSON.parse(JSON.stringify(value), (_key, v: unknown) =>
          v && typeof v === 'object' && !Array.isArray(v)
            ? Object.fromEntries(Object.entries(v).reverse())
            : v,
        );
        expect(canonicalJson(reversed)).toBe(text);
      }),
    );
  });
});

describe('scenarioContentHash', () => {
  it('is the lowercase hex SHA-256 of the canonical JSON', () => {
    // sha256("[]"), a published test vector.
    expect(scenarioContentHash([])).toBe('4f53cda18c2baa0c0354bb5f9a3ecbe5ed12ab4d8e11ba873c2f11161202b945');
    expect(scenarioContentHash([{ b: 1, a: 2 }])).toBe(scenarioContentHash([{ a: 2, b: 1 }]));
    expect(scenarioContentHash([{ a: 1 }])).not.toBe(scenarioContentHash([{ a: 1.5 }]));
  });
});

describe('canonicalJson, written by JSON.stringify with every key in order', () => {
  it('equals the object-by-object form for any JSON value, inherited names and __proto__ included', () => {
    const key = fc.oneof(
      fc.string(),
      fc.constantFrom('__proto__', 'constructor', 'toString', 'valueOf', '10', '9'),
    );
    const value = fc.letrec((tie) => ({
      node: fc.oneof(
        { depthSize: 'small' },
        fc.jsonValue({ maxDepth: 1 }),
        fc.array(tie('node'), { maxLength: 4 }),
        fc.dictionary(key, tie('node'), { maxKeys: 5 }),
      ),
    })).node;
    fc.assert(
      fc.property(value, (input) => {
        const parsed: unknown = JSON.parse(JSON.stringify(input));
        expect(canonicalJson(parsed)).toBe(canonicalJsonByRecursion(parsed));
      }),
    );
  });
});
