import { getCatalogue } from '../../../shared/catalogue';
import type { Scenario } from '../../../shared/domain/scenario';
import type { SimulationResult } from '../../../shared/engine';
import { runScenario } from '../../../shared/engine';
import type { DrawRunner, Target, TargetQuantity } from '../../../shared/optimize';
import { findPlan, localDrawRunner, quantityKey } from '../../../shared/optimize';
import { err, ok } from '../../../shared/result';
import type { FromPlanWorker, PlanTrajectory, ToPlanWorker } from './plan-protocol';

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

/**
 * The plan finder behind the worker protocol: one search at a time; a `cancel` (or a new `find`) stops
 * the running one at its next wave of draws. `pause` yields to the message queue between waves, so a
 * cancel is heard while a search runs.
 */
export function createPlanHandler(post: (message: FromPlanWorker) => void, pause: () => Promise<void>) {
  let running: { job: number; cancelled: boolean } | undefined;
  return async (message: ToPlanWorker): Promise<void> => {
    if (message.type === 'cancel') {
      if (running?.job === message.job) running.cancelled = true;
      return;
    }
    if (running) running.cancelled = true;
    const current = { job: message.job, cancelled: false };
    running = current;
    const { problem } = message;
    const catalogue = getCatalogue(problem.scenario.catalogue);
    if (!catalogue) {
      post({
        type: 'answer',
        job: message.job,
        outcome: err({
          kind: 'engine',
          error: { kind: 'unknown-catalogue', catalogue: problem.scenario.catalogue },
        }),
      });
      return;
    }
    const local = localDrawRunner(catalogue);
    const runner: DrawRunner = async (scenario, range) => {
      await pause();
      return local(scenario, range);
    };
    const signal = {
      get aborted() {
        return current.cancelled;
      },
    };
    const outcome = await findPlan(problem, catalogue, runner, {
      signal,
      pause,
      onProgress: (progress) => post({ type: 'progress', job: message.job, progress }),
    });
    if (running === current) running = undefined;
    post({
      type: 'answer',
      job: message.job,
      outcome: outcome.ok
        ? ok({
            result: outcome.value,
            ...trajectories(problem.scenario, outcome.value.scenario, problem.targets),
          })
        : outcome,
    });
  };
}
