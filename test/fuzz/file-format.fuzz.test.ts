import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkMutant, mutantArbitrary, mutate, SEEDS } from './file-format-fuzz';

describe('file-format fuzz target (a few seconds, seeded; `npm run fuzz` runs it for minutes)', () => {
  it('never throws, never gives NaN, and accepted files round-trip', () => {
    expect(SEEDS.length).toBeGreaterThan(10);
    const kinds = new Map<string, number>();
    fc.assert(
      fc.property(mutantArbitrary, (mutant) => {
        const { kind } = checkMutant(mutate(mutant));
        kinds.set(kind, (kinds.get(kind) ?? 0) + 1);
      }),
      { numRuns: 300 },
    );
    // The mutations reach both sides: files refused for many reasons, and files accepted and run.
    expect(kinds.get('accepted') ?? 0).toBeGreaterThan(0);
    expect(kinds.size).toBeGreaterThan(5);
  });
});
