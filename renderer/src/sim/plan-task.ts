import { getCatalogue } from '../../../shared/catalogue';
import type { Scenario } from '../../../shared/domain/scenario';
import type { SimulationResult } from '../../../shared/engine';
import { runScenario } from '../../../shared/engine';
import type { DrawRunner, OptimizeError, OptimizeProblem, OptimizeProgress } from '../../../shared/optimize';
import type { Target, TargetQuantity } from '../../../shared/optimize';
import { findPlan, localDrawRunner, quantityKey } from '../../../shared/optimize';
import type { Result } from '../../../shared/result';
import { err, ok } from '../../../shared/result';
import type { PlanAnswer, PlanTrajectory } from './protocol';

function series(run: SimulationResult, quantity: TargetQuantity): number[] {
  if (quantity.kind === 'aggregate') return [...run.aggregateS];
  if (quantity.kind === 'chokepoints') return [...run.chokepointsOpen];
  const years = run.years.length;
  const s = run.sectorIds.indexOf(quantity.sector);
  return [...run[quantity.kind].subarray(s * years, (s + 1) * years)];
}

/** The central-run series of each target's quantity, under the start and under the plan. */
function trajectories(start: Scenario, plan: Scenario, targets: readonly Target[]) {
  const catalogue = getCatalogue(start.catalogue)!;
  const before = runScenario(start, catalogue);
  const after = runScenario(plan, catalogue);
  if (!before.ok || !after.ok) return { years: [], trajectories: [] };
  const seen = new Set<string>();
  const out: PlanTrajectory[] = [];
  for (const target of targets) {
    const key = quantityKey(target.quantity);
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({
      quantity: key,
      start: series(before.value, target.quantity),
      plan: series(after.value, target.quantity),
    });
  }
  return { years: [...before.value.years], trajectories: out };
}

export interface PlanJob {
  /** True once the job is cancelled: asked before every wave of draws. */
  readonly cancelled: () => boolean;
  /** The runner's one yield rule, between waves and between the search's steps. */
  readonly pause: () => Promise<void>;
  readonly onProgress: (progress: OptimizeProgress) => void;
}

/** What a wave drawn after a cancel answers: nothing is drawn, and the search stops at its next check. */
const STOPPED = err({ kind: 'worker-failed', reason: 'cancelled' } as const);

/**
 * Draws on this thread one wave at a time, with the runner's yield and a cancel check before each: a
 * reading asks for all its waves at once, so without the chain a cancel would wait for every queued
 * wave (seconds) before the search heard it.
 */
function drawsBetweenMessages(local: DrawRunner, job: PlanJob): DrawRunner {
  let previous: Promise<unknown> = Promise.resolve();
  return (scenario, range) => {
    const wave = previous.then(async () => {
      await job.pause();
      return job.cancelled() ? STOPPED : local(scenario, range);
    });
    // The next wave waits for this one, whatever its outcome.
    previous = wave.then(
      () => undefined,
      () => undefined,
    );
    return wave;
  };
}

/**
 * The plan finder as a job of the engine's runner: the search with the draws on this thread, then the
 * central runs the view draws beside the answer. A cancelled job answers `cancelled`, whatever step it
 * was stopped in. `draws` runs one wave (tests count them).
 */
export async function planTask(
  problem: OptimizeProblem,
  job: PlanJob,
  draws?: DrawRunner,
): Promise<Result<PlanAnswer, OptimizeError>> {
  const catalogue = getCatalogue(problem.scenario.catalogue);
  if (!catalogue)
    return err({
      kind: 'engine',
      error: { kind: 'unknown-catalogue', catalogue: problem.scenario.catalogue },
    });
  const waves = drawsBetweenMessages(draws ?? localDrawRunner(catalogue), job);
  const outcome = await findPlan(problem, catalogue, waves, {
    signal: {
      get aborted() {
        return job.cancelled();
      },
    },
    pause: job.pause,
    onProgress: job.onProgress,
  });
  if (job.cancelled()) return err({ kind: 'cancelled' });
  if (!outcome.ok) return outcome;
  return ok({
    result: outcome.value,
    ...trajectories(problem.scenario, outcome.value.scenario, problem.targets),
  });
}
