import { useEffect, useMemo, useState } from 'react';
import { HISTORICAL_SCENARIO } from '../../../../shared/catalogue/history-2018/historical-scenario';
import type { Backtest } from '../../../../shared/engine/backtest';
import { backtestOf, historicalSetup, runBacktest } from '../../../../shared/engine/backtest';
import type { EngineError } from '../../../../shared/engine/engine-error';
import type { ModelVersion } from '../../../../shared/engine/model-version';
import type { Band } from '../../../../shared/engine/quantiles';
import { progressiveCheckpoints } from '../../sim/engine-tasks';
import { contentKey } from '../../sim/protocol';
import { enginePool } from '../../sim/engine-pool';

/** The published backtest's draws and seed (docs/model.md, Backtest). */
export const BACKTEST_DRAWS = 500;

export interface BandsState {
  readonly done: number;
  readonly total: number;
  readonly band?: Band;
  readonly error?: EngineError;
}

/**
 * The backtest of one model version: the deterministic run at once (a few milliseconds), the P10–P90
 * bands from a lane of the engine pool as their draws come in (500, seed 2018, as published), so the
 * page never waits; leaving the page cancels them.
 */
export function useBacktest(modelVersion: ModelVersion): {
  readonly backtest: Backtest | undefined;
  readonly error: EngineError | undefined;
  readonly bands: BandsState;
} {
  const setup = useMemo(() => historicalSetup(), []);
  const run = useMemo(() => runBacktest({ setup, modelVersion }), [setup, modelVersion]);
  const [bands, setBands] = useState<BandsState & { readonly version: ModelVersion }>({
    version: modelVersion,
    done: 0,
    total: BACKTEST_DRAWS,
  });

  useEffect(() => {
    const runner = enginePool().lane();
    const job = modelVersion;
    const key = `${contentKey(HISTORICAL_SCENARIO)}:v${modelVersion}`;
    runner.listen((reply) => {
      if (reply.type !== 'bands-progress' || reply.job !== job) return;
      setBands(
        reply.outcome.ok
          ? { version: modelVersion, done: reply.done, total: reply.total, band: reply.outcome.value.S }
          : { version: modelVersion, done: reply.done, total: reply.total, error: reply.outcome.error },
      );
    });
    runner.post({
      type: 'bands',
      job,
      item: { key, scenario: HISTORICAL_SCENARIO, modelVersion },
      seed: HISTORICAL_SCENARIO.seed,
      draws: BACKTEST_DRAWS,
      checkpoints: progressiveCheckpoints(BACKTEST_DRAWS),
    });
    return () => runner.dispose();
  }, [modelVersion]);

  // Until the new version's first draws arrive, the other version's bands are not shown.
  const current: BandsState = bands.version === modelVersion ? bands : { done: 0, total: BACKTEST_DRAWS };
  const backtest = useMemo(() => {
    if (!run.ok) return undefined;
    const seed = HISTORICAL_SCENARIO.seed;
    return backtestOf(setup, run.value, { band: current.band, draws: current.done, seed });
  }, [setup, run, current.band, current.done]);
  return { backtest, error: run.ok ? undefined : run.error, bands: current };
}
