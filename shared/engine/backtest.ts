import { getCatalogue } from '../catalogue';
import { HISTORICAL_SCENARIO } from '../catalogue/history-2018/historical-scenario';
import type { Observation } from '../catalogue/history-2018/observations';
import { OBSERVATIONS } from '../catalogue/history-2018/observations';
import type { Catalogue } from '../catalogue/types';
import type { GlobalParameterOverrides, Scenario } from '../domain/scenario';
import type { Result } from '../result';
import { err, ok } from '../result';
import type { BacktestRow, FitSummary } from './backtest-compare';
import { compareObservations, summarizeFit } from './backtest-compare';
import { isInSample } from './backtest-sample';
import type { EngineError } from './engine-error';
import type { Band } from './quantiles';
import type { ModelVersion } from './model-version';
import { runMonteCarlo } from './monte-carlo';
import { prepareScenario } from './prepare-scenario';
import { runPrepared } from './run-prepared';

export type { BacktestRow, FitSummary, ObservationRole } from './backtest-compare';

/**
 * The sectors whose takeovers the backtest is mostly about (chips, chip-making equipment, robots): the
 * ones backtest.md's independent implementation reports its error over, so the two can be compared.
 */
export const BACKTEST_CORE_SECTORS: readonly string[] = ['IC', 'SME', 'ROB'];

/** What a backtest runs: a historical catalogue, the inputs fed to it, and what was observed. */
export interface BacktestSetup {
  readonly catalogue: Catalogue;
  readonly scenario: Pick<Scenario, 'sectors' | 'parameters' | 'baseYear' | 'horizon' | 'seed'>;
  readonly observations: readonly Observation[];
}

export interface BacktestOptions {
  /** Monte Carlo draws for the P10–P90 bands; 0 (the default) runs the model at default parameters only. */
  readonly draws?: number;
  /** Seed of the draws (default: the historical scenario's). */
  readonly seed?: number;
  /** Global parameter values to run with instead of the catalogue defaults (the calibration grid). */
  readonly parameters?: GlobalParameterOverrides;
  readonly stepsPerYear?: number;
  /** Another history to test against (default: 2018 catalogue, historical inputs, observations). */
  readonly setup?: BacktestSetup;
  /** The model version to run (default: the current one). */
  readonly modelVersion?: ModelVersion;
}

/** A fit over every compared observation and over the core sectors' only. */
export interface FitPair {
  readonly all: FitSummary;
  readonly core: FitSummary;
}

export interface BacktestSummary {
  /** Every compared observation. */
  readonly all: FitSummary;
  /** The observations of BACKTEST_CORE_SECTORS. */
  readonly core: FitSummary;
  /** The observations up to LAST_FITTED_YEAR (2021): what a fit of the parameters may see. */
  readonly inSample: FitPair;
  /** The observations after LAST_FITTED_YEAR (2022–2024): the out-of-sample test. */
  readonly outOfSample: FitPair;
  /** 0 when no bands were computed. */
  readonly draws: number;
  readonly seed: number;
}

export interface Backtest {
  readonly baseYear: number;
  readonly years: readonly number[];
  readonly rows: readonly BacktestRow[];
  readonly summary: BacktestSummary;
  /** The step the deterministic run used. */
  readonly dt: number;
  /** The simulated S of every sector and year, flat `s * years + y` (what a chart draws as lines). */
  readonly sectorIds: readonly string[];
  readonly S: Float64Array;
  /** The Monte Carlo P10–P50–P90 of S, when draws were run. */
  readonly bands?: Band;
}

/** A deterministic backtest run and, optionally, its Monte Carlo bands of S. */
export interface BacktestRun {
  readonly years: readonly number[];
  readonly sectorIds: readonly string[];
  readonly S: Float64Array;
  readonly dt: number;
}

/** The built-in history: 2018 catalogue, the inputs of 2018–2024 and the observations of backtest.md. */
export function historicalSetup(): BacktestSetup {
  const catalogue = getCatalogue(HISTORICAL_SCENARIO.catalogue);
  if (!catalogue) throw new Error(`built-in catalogue "${HISTORICAL_SCENARIO.catalogue}" is missing`);
  return { catalogue, scenario: HISTORICAL_SCENARIO, observations: OBSERVATIONS };
}

/**
 * Runs the model from the historical base year with the historical inputs and compares each sector's
 * simulated S with every observation the run covers: the error in points and, with `draws` > 0,
 * whether the observation lies inside the Monte Carlo P10–P90 band (data and parameters drawn).
 * Summarises the mean absolute error and the coverage over all compared observations and over the
 * core sectors.
 */
export function runBacktest(
  options: BacktestOptions = {},
): Result<Backtest, EngineError & { draw?: number }> {
  const setup = options.setup ?? historicalSetup();
  const draws = options.draws ?? 0;
  const seed = options.seed ?? setup.scenario.seed;
  const scenario = options.parameters
    ? { ...setup.scenario, parameters: { ...setup.scenario.parameters, ...options.parameters } }
    : setup.scenario;
  const prepared = prepareScenario(scenario, setup.catalogue, { modelVersion: options.modelVersion });
  if (!prepared.ok) return prepared;
  const run = runPrepared(prepared.value, { stepsPerYear: options.stepsPerYear, recordOpenIds: false });
  if (!run.ok) return run;

  let bands;
  if (draws > 0) {
    const mc = runMonteCarlo(prepared.value, { draws, seed, stepsPerYear: options.stepsPerYear });
    if (!mc.ok) return err(mc.error);
    bands = { band: mc.value.S, draws, seed };
  }
  return ok(backtestOf(setup, run.value, bands ?? { draws: 0, seed }));
}

/**
 * The comparison of a run with the observations, and its summaries: over every compared observation,
 * over the core sectors, and in and out of sample. `bands` (P10–P90 of S after `draws` draws) adds
 * whether each observation lies inside; the app computes them on a worker and calls this itself.
 */
export function backtestOf(
  setup: Pick<BacktestSetup, 'scenario' | 'observations'>,
  run: BacktestRun,
  bands: { readonly band?: Band; readonly draws: number; readonly seed: number },
): Backtest {
  const rows = compareObservations(run, setup.observations, bands.band);
  const core = new Set(BACKTEST_CORE_SECTORS);
  const pair = (sample: (row: BacktestRow) => boolean): FitPair => ({
    all: summarizeFit(rows, sample),
    core: summarizeFit(rows, (row) => sample(row) && core.has(row.observation.sector)),
  });
  return {
    baseYear: setup.scenario.baseYear,
    years: run.years,
    rows,
    summary: {
      all: summarizeFit(rows),
      core: summarizeFit(rows, (row) => core.has(row.observation.sector)),
      inSample: pair((row) => isInSample(row.observation)),
      outOfSample: pair((row) => !isInSample(row.observation)),
      draws: bands.band ? bands.draws : 0,
      seed: bands.seed,
    },
    dt: run.dt,
    sectorIds: run.sectorIds,
    S: run.S,
    ...(bands.band ? { bands: bands.band } : {}),
  };
}
