import { getCatalogue, PRESETS } from '../../shared/catalogue';
import { historicalSetup, runBacktest } from '../../shared/engine/backtest';
import type { ModelVersion } from '../../shared/engine/model-version';
import { runMonteCarlo } from '../../shared/engine/monte-carlo';
import type { Band } from '../../shared/engine/quantiles';
import { prepareScenario } from '../../shared/engine/prepare-scenario';
import { runPrepared } from '../../shared/engine/run-prepared';
import { publishedV2Catalogue } from './published-v2-catalogue';

/** Named output series of the reference cases: `case/series` → values in order. */
export type ReferenceOutputs = Record<string, number[]>;

/** The preset whose 20 Monte Carlo draws are part of the reference. */
export const MONTE_CARLO_PRESET = PRESETS[4]!.name;

/**
 * Series whose values are counts (open chokepoints, draws per count): compared exactly, not to 1e-12.
 * Keyed by the last part of the series name.
 */
export const INTEGER_SERIES: ReadonlySet<string> = new Set([
  'chokepointsOpen',
  'chokepointsAtHorizon',
  'chokepointsOpen.p10',
  'chokepointsOpen.p50',
  'chokepointsOpen.p90',
  'openIds',
]);

function fail(what: string, error: unknown): never {
  throw new Error(`${what}: ${JSON.stringify(error)}`);
}

function addBand(out: ReferenceOutputs, prefix: string, band: Band): void {
  out[`${prefix}.p10`] = Array.from(band.p10);
  out[`${prefix}.p50`] = Array.from(band.p50);
  out[`${prefix}.p90`] = Array.from(band.p90);
}

/**
 * Every output of the cases that pin the engine's numbers down, under one model version: the five
 * presets' deterministic runs (every series, costs and open chokepoint ids), 20 Monte Carlo draws
 * (seed 7) of the fifth preset (every band, target probability and the horizon histogram), and the
 * backtest's simulated values and errors. `scripts/write-engine-reference.ts` stores these from the
 * reference engine; `engine-reference.test.ts` compares the engine of the day with them, on the
 * catalogues' data as they were published (`publishedV2Catalogue`: the new inputs at neutral values).
 */
export function referenceOutputs(modelVersion: ModelVersion): ReferenceOutputs {
  const catalogue = publishedV2Catalogue(getCatalogue('default-2025')!);
  const out: ReferenceOutputs = {};
  for (const preset of PRESETS) {
    const prepared = prepareScenario(preset, catalogue, { modelVersion });
    if (!prepared.ok) fail(preset.name, prepared.error);
    const run = runPrepared(prepared.value);
    if (!run.ok) fail(preset.name, run.error);
    const r = run.value;
    const series = {
      S: r.S,
      C: r.C,
      U: r.U,
      F: r.F,
      R: r.R,
      P: r.P,
      K: r.K,
      X: r.X,
      yearsBehind: r.yearsBehind,
      aggregateS: r.aggregateS,
      chokepointsOpen: r.chokepointsOpen,
      fiscal: r.costs.fiscal,
      disruption: r.costs.disruption,
      substitution: r.costs.substitution,
      fiscalTotal: r.costs.fiscalTotal,
      disruptionTotal: r.costs.disruptionTotal,
      substitutionTotal: r.costs.substitutionTotal,
    };
    for (const [name, values] of Object.entries(series)) out[`${preset.name}/${name}`] = Array.from(values);
    out[`${preset.name}/dt`] = [r.dt];
    // Ids year by year, each year's list ended by −1.
    out[`${preset.name}/openIds`] = (r.openIds ?? []).flatMap((ids) => [...ids, -1]);

    if (preset.name === MONTE_CARLO_PRESET) {
      const mc = runMonteCarlo(prepared.value, { seed: 7, draws: 20 });
      if (!mc.ok) fail(`${preset.name} (20 draws)`, mc.error);
      const m = mc.value;
      const prefix = `${preset.name} (20 draws)`;
      for (const key of [
        'S',
        'C',
        'aggregateS',
        'chokepointsOpen',
        'fiscalTotal',
        'disruptionTotal',
        'substitutionTotal',
      ] as const) {
        addBand(out, `${prefix}/${key}`, m[key]);
      }
      for (const [sector, perTarget] of Object.entries(m.targetProbability)) {
        for (const [target, probability] of Object.entries(perTarget)) {
          out[`${prefix}/targetProbability.${sector}.${target}`] = Array.from(probability);
        }
      }
      out[`${prefix}/chokepointsAtHorizon`] = [...m.chokepointsAtHorizon];
      out[`${prefix}/dt`] = [m.dt];
    }
  }
  const history = historicalSetup();
  const backtest = runBacktest({
    modelVersion,
    setup: { ...history, catalogue: publishedV2Catalogue(history.catalogue) },
  });
  if (!backtest.ok) fail('backtest', backtest.error);
  const rows = backtest.value.rows;
  out['backtest/simulated'] = rows.map((row) => row.simulated ?? Number.NaN);
  out['backtest/error'] = rows.map((row) => row.error ?? Number.NaN);
  return out;
}

/** JSON has no NaN or infinities: they are stored as strings. */
export type StoredNumber = number | 'NaN' | 'Infinity' | '-Infinity';

export function storeNumber(value: number): StoredNumber {
  if (Number.isFinite(value)) return value;
  return String(value) as StoredNumber;
}

export function readNumber(value: StoredNumber): number {
  return typeof value === 'number' ? value : Number(value);
}
