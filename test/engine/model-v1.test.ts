import { describe, expect, it } from 'vitest';
import expected from './model-v1-fingerprints.json';
import { modelFingerprints } from './v1-fingerprint';

describe('model version 1 as a switch of the engine', () => {
  // The fingerprints were taken from the engine before version 2 existed (commit d24fb15): a run under
  // `modelVersion: 1` must give the same bits, so published version-1 results stay reproducible.
  it('reproduces version 1 exactly: five presets, 20 Monte Carlo draws and the backtest', () => {
    expect(modelFingerprints(1)).toEqual(expected);
  });

  it('differs under version 2 (the new terms act)', () => {
    const v2 = modelFingerprints(2);
    expect(v2.backtest).not.toBe(expected.backtest);
  });
});
