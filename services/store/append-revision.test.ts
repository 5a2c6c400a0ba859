import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PRESETS } from '../../shared/catalogue/presets';
import { scenarioContentHash } from '../../shared/file-format';
import { contentHashOf } from './append-revision';

describe('contentHashOf', () => {
  it('equals the file format hash of a one-scenario file for every example', () => {
    for (const preset of PRESETS) expect(contentHashOf(preset)).toBe(scenarioContentHash([preset]));
  });

  it('equals it for any text in the free-text fields, including non-ASCII', () => {
    const [preset] = PRESETS;
    if (!preset) return;
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), fc.string(), (name, description) => {
        const scenario = { ...preset, name, description };
        expect(contentHashOf(scenario)).toBe(scenarioContentHash([scenario]));
      }),
    );
  });
});
