import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex } from '@noble/hashes/utils.js';
import { getCatalogue, PRESETS } from '../../shared/catalogue';
import { runBacktest } from '../../shared/engine/backtest';
import { runMonteCarlo } from '../../shared/engine/monte-carlo';
import { prepareScenario } from '../../shared/engine/prepare-scenario';
import { runPrepared } from '../../shared/engine/run-prepared';

/** SHA-256 of the bytes of every array, in order: equal only when every value is bit-identical. */
function digest(arrays: readonly Float64Array[]): string {
  const hash = sha256.create();
  for (const array of arrays) hash.update(new Uint8Array(array.buffer, array.byteOffset, array.byteLength));
  return bytesToHex(hash.digest());
}

/**
 * Fingerprints of model version 1's results: every output of the five presets' deterministic runs,
 * the bands of 20 Monte Carlo draws of one preset, and the backtest's simulated values.
 */
export function modelFingerprints(modelVersion: 1 | 2): Record<string, string> {
  const catalogue = getCatalogue('default-2025')!;
  const out: Record<string, string> = {};
  for (const preset of PRESETS) {
    const prepared = prepareScenario(preset, catalogue, { modelVersion });
    if (!prepared.ok) throw new Error(JSON.stringify(prepared.error));
    const run = runPrepared(prepared.value);
    if (!run.ok) throw new Error(JSON.stringify(run.error));
    const r = run.value;
    out[preset.name] = digest([
      r.S,
      r.C,
      r.U,
      r.F,
      r.R,
      r.P,
      r.K,
      r.X,
      r.aggregateS,
      r.chokepointsOpen,
      r.costs.fiscal,
      r.costs.disruption,
      r.costs.substitution,
    ]);
    if (preset.name === PRESETS[4]!.name) {
      const mc = runMonteCarlo(prepared.value, { seed: 7, draws: 20 });
      if (!mc.ok) throw new Error(JSON.stringify(mc.error));
      const m = mc.value;
      out[`${preset.name} (20 draws)`] = digest([m.S.p10, m.S.p50, m.S.p90, m.C.p50, m.chokepointsOpen.p50]);
    }
  }
  const backtest = runBacktest({ modelVersion });
  if (!backtest.ok) throw new Error(JSON.stringify(backtest.error));
  out.backtest = digest([Float64Array.from(backtest.value.rows.map((row) => row.simulated ?? Number.NaN))]);
  return out;
}
