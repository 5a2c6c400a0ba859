import { distributionSupport } from '../catalogue/distribution-support';
import type { CataloguedParameterKey } from '../domain/parameter-keys';
import type { Result } from '../result';
import { err, ok } from '../result';
import type { Backtest, BacktestOptions, BacktestSummary } from './backtest';
import { historicalSetup, runBacktest } from './backtest';
import type { EngineError } from './engine-error';

/**
 * The parameters that decide whether restrictions help or hurt capability in the long run: the R&D
 * catalyst κ_cat, the security preference λ_sec and the spillover share s_ψ that restrictions cut.
 */
export const CALIBRATION_GRID_KEYS: readonly CataloguedParameterKey[] = ['kappaCat', 'lambdaSec', 'sPsi'];

/** Grid points per parameter by default: odd, so the middle of a symmetric range is on the grid. */
export const DEFAULT_GRID_POINTS = 5;

export interface GridPoint {
  readonly value: number;
  /** Mean absolute error over all compared observations, points. */
  readonly mae: number;
  /** Mean absolute error over the core sectors (IC, SME, ROB), points. */
  readonly coreMae: number;
  /**
   * The largest change of a simulated value at a compared observation against the run at default
   * parameters, points: near zero means the observations cannot tell the parameter's values apart.
   */
  readonly maxShift: number;
}

export interface GridLine {
  readonly key: CataloguedParameterKey;
  readonly default: number;
  /** The parameter's Monte Carlo range: the grid stays inside it. */
  readonly range: readonly [number, number];
  readonly points: readonly GridPoint[];
}

export interface BacktestGrid {
  readonly atDefault: BacktestSummary;
  readonly lines: readonly GridLine[];
}

export interface GridOptions extends Pick<BacktestOptions, 'setup' | 'stepsPerYear' | 'modelVersion'> {
  readonly keys?: readonly CataloguedParameterKey[];
  /** At least 2. */
  readonly points?: number;
}

/** `points` values evenly spaced over [low, high], both ends included. */
function spaced(low: number, high: number, points: number): number[] {
  // Rounded so that 0.15 reads 0.15 in tables and JSON, not 0.15000000000000002.
  return Array.from(
    { length: points },
    (_, i) => Math.round((low + ((high - low) * i) / (points - 1)) * 1e9) / 1e9,
  );
}

/** Compared simulated values, in row order. */
function simulatedValues(backtest: Backtest): number[] {
  return backtest.rows.filter((row) => row.role === 'compared').map((row) => row.simulated!);
}

/**
 * How the backtest's error changes as each parameter moves over a grid inside its Monte Carlo range,
 * every other parameter at its default (deterministic runs). Only global parameters: the grid sets one
 * value for every sector.
 */
export function runBacktestGrid(options: GridOptions = {}): Result<BacktestGrid, EngineError> {
  const setup = options.setup ?? historicalSetup();
  const keys = options.keys ?? CALIBRATION_GRID_KEYS;
  const points = Math.max(2, Math.round(options.points ?? DEFAULT_GRID_POINTS));
  const { stepsPerYear, modelVersion } = options;
  const base = runBacktest({ setup, stepsPerYear, modelVersion });
  if (!base.ok) return base;
  const baseValues = simulatedValues(base.value);

  const lines: GridLine[] = [];
  for (const key of keys) {
    const definition = setup.catalogue.parameters.find((parameter) => parameter.key === key);
    if (!definition || definition.scope !== 'global') {
      const requirement = 'a global parameter of the catalogue (the grid sets one value for every sector)';
      return err({ kind: 'invalid-parameter', key, value: definition?.default ?? Number.NaN, requirement });
    }
    const range = distributionSupport(definition.distribution, definition.default);
    const line: GridPoint[] = [];
    for (const value of spaced(range[0], range[1], points)) {
      const run = runBacktest({ setup, stepsPerYear, modelVersion, parameters: { [key]: value } });
      if (!run.ok) return run;
      const values = simulatedValues(run.value);
      const maxShift = Math.max(
        0,
        ...values.map((simulated, i) => 100 * Math.abs(simulated - baseValues[i]!)),
      );
      const { all, core } = run.value.summary;
      line.push({ value, mae: all.mae, coreMae: core.mae, maxShift });
    }
    lines.push({ key, default: definition.default, range, points: line });
  }
  return ok({ atDefault: base.value.summary, lines });
}
