import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { StoredNumber } from './engine-reference-cases';
import { referenceOutputs } from './engine-reference-cases';
import { compareWithReference } from './engine-reference-compare';

interface StoredReference {
  readonly engineCommit: string;
  readonly versions: Readonly<Record<'1' | '2', Readonly<Record<string, readonly StoredNumber[]>>>>;
}

// Written by scripts/write-engine-reference.ts on the reference engine (commit 60ac2cf, whose version 1
// is the version-1 engine of commit d24fb15 bit for bit). Faster engines may reorder floating-point work,
// so they are held to 1e-12 of it, not to its bits.
const reference = JSON.parse(
  readFileSync(join(__dirname, '..', 'fixtures', 'engine-reference.json'), 'utf8'),
) as StoredReference;

describe('the engine against its stored reference (to 1e-12)', () => {
  it.each([1, 2] as const)(
    'model version %i: five presets, 20 Monte Carlo draws and the backtest agree',
    (modelVersion) => {
      const comparison = compareWithReference(
        `version ${modelVersion}`,
        referenceOutputs(modelVersion),
        reference.versions[modelVersion],
      );
      expect(comparison.mismatch).toBeUndefined();
    },
  );

  it('tells the versions apart (version 2 is not version 1 within the tolerance)', () => {
    const comparison = compareWithReference('version 2', referenceOutputs(2), reference.versions[1]);
    expect(comparison.mismatch).toMatch(/^version 2: Baseline\/\w+\[\d+\] is /);
  });
});

describe('the comparison with the reference', () => {
  const stored = { 'Baseline/S': [0.5, 'NaN'], 'Baseline/chokepointsOpen': [3] } as const;
  const outputs = (s: number, open: number) => ({
    'Baseline/S': [s, Number.NaN],
    'Baseline/chokepointsOpen': [open],
  });

  it('accepts differences up to 1e-12 relative (absolute below 1)', () => {
    expect(compareWithReference('v', outputs(0.5 + 9e-13, 3), stored)).toEqual({
      largest: expect.closeTo(9e-13, 15) as number,
      largestAt: 'v: Baseline/S[0]',
    });
    // Above 1 the tolerance is relative: 5e-10 off 1000 is 5e-13 of it.
    expect(compareWithReference('v', { x: [1000 + 5e-10] }, { x: [1000] }).mismatch).toBeUndefined();
    expect(compareWithReference('v', { x: [1000 + 5e-9] }, { x: [1000] }).mismatch).toMatch(/^v: x\[0\]/);
  });

  it('names the first value outside the tolerance', () => {
    expect(compareWithReference('v', outputs(0.5 + 2e-12, 3), stored).mismatch).toMatch(
      /^v: Baseline\/S\[0\] is 0\.500000000002, the reference 0\.5/,
    );
  });

  it('compares counts exactly', () => {
    expect(compareWithReference('v', outputs(0.5, 3 + 1e-13), stored).mismatch).toMatch(
      /^v: Baseline\/chokepointsOpen\[0\]/,
    );
  });

  it('refuses a missing series or a different length', () => {
    expect(compareWithReference('v', { 'Baseline/S': [0.5, Number.NaN] }, stored).mismatch).toBe(
      'v: Baseline/chokepointsOpen is missing',
    );
    expect(compareWithReference('v', { ...outputs(0.5, 3), 'Baseline/S': [0.5] }, stored).mismatch).toMatch(
      /has 1 values, the reference 2/,
    );
  });
});
