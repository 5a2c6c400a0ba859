import type { Result } from '../result';
import { ok } from '../result';
import type { BacktestRow, BacktestSetup, FitPair } from './backtest';
import { BACKTEST_CORE_SECTORS, historicalSetup, runBacktest } from './backtest';
import { summarizeFit } from './backtest-compare';
import type { FittedValue } from './backtest-fit';
import { fitInSample } from './backtest-fit';
import type { EngineError } from './engine-error';
import type { ModelVersion } from './model-version';

/** One held-out sector: the parameters fitted without it, and its observations predicted with them. */
export interface HeldOutSector {
  readonly sector: string;
  /** Fitted on the in-sample observations of every other sector (empty when the version fits none). */
  readonly fitted: readonly FittedValue[];
  /** The held-out sector's compared observations, in and out of sample: none of them reached the fit. */
  readonly rows: readonly BacktestRow[];
  /** Mean absolute error over `rows`, points. */
  readonly mae: number;
}

export interface LeaveOneSectorOut {
  readonly sectors: readonly HeldOutSector[];
  /** Every held-out prediction together, and the core sectors' (IC, SME, ROB). */
  readonly summary: FitPair;
}

/**
 * The second out-of-sample test (docs/model.md, Backtest): for each observed sector, the fitted
 * parameters are fitted again on the other sectors' in-sample observations only, and the held-out
 * sector's observations are predicted with them. Unlike the time split it cannot be tuned to by
 * looking at 2022–2024: a sector's observations never reach the fit that predicts them. Deterministic.
 */
export function runLeaveOneSectorOut(
  options: { readonly setup?: BacktestSetup; readonly modelVersion?: ModelVersion } = {},
): Result<LeaveOneSectorOut, EngineError> {
  const setup = options.setup ?? historicalSetup();
  const { modelVersion } = options;
  const full = runBacktest({ setup, modelVersion });
  if (!full.ok) return full;
  const observed = [
    ...new Set(full.value.rows.filter((row) => row.role === 'compared').map((row) => row.observation.sector)),
  ];
  const sectors: HeldOutSector[] = [];
  for (const sector of observed) {
    const others = { ...setup, observations: setup.observations.filter((o) => o.sector !== sector) };
    const fitted = fitInSample({ setup: others, modelVersion });
    if (!fitted.ok) return fitted;
    const parameters = Object.fromEntries(fitted.value.map((fit) => [fit.key, fit.value]));
    const run = runBacktest({ setup, parameters, modelVersion });
    if (!run.ok) return run;
    const rows = run.value.rows.filter((row) => row.role === 'compared' && row.observation.sector === sector);
    sectors.push({ sector, fitted: fitted.value, rows, mae: summarizeFit(rows).mae });
  }
  const rows = sectors.flatMap((held) => held.rows);
  const core = new Set(BACKTEST_CORE_SECTORS);
  return ok({
    sectors,
    summary: {
      all: summarizeFit(rows),
      core: summarizeFit(rows, (row) => core.has(row.observation.sector)),
    },
  });
}
