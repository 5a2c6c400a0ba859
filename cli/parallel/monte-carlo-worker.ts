import { parentPort } from 'node:worker_threads';
import { getCatalogue } from '../../shared/catalogue';
import type { Scenario } from '../../shared/domain/scenario';
import { collectDraws } from '../../shared/engine/monte-carlo-draws';
import { prepareScenario } from '../../shared/engine/prepare-scenario';
import { runScenario } from '../../shared/engine/run-scenario';

/** A range of Monte Carlo draws of one scenario, computed off the main thread. */
export interface DrawJob {
  readonly id: number;
  readonly scenario: Scenario;
  readonly seed: number;
  readonly from: number;
  readonly to: number;
  readonly targets: readonly number[];
  readonly stepsPerYear?: number;
  /** The pool's run this range belongs to: ranges of one run share the prepared scenario. */
  readonly run: number;
}

/** Central runs of several scenarios (the plan finder's pre-screen), computed off the main thread. */
export interface CentralJob {
  readonly id: number;
  readonly kind: 'central';
  readonly scenarios: readonly Scenario[];
  readonly stepsPerYear?: number;
}

function runCentral(job: CentralJob) {
  return job.scenarios.map((scenario) => {
    const catalogue = getCatalogue(scenario.catalogue);
    if (!catalogue) return { ok: false, error: { kind: 'unknown-catalogue', catalogue: scenario.catalogue } };
    return runScenario(scenario, catalogue, { stepsPerYear: job.stepsPerYear, recordOpenIds: false });
  });
}

/** The scenario of the pool's current run, prepared by its first range on this thread. */
let preparedRun: { readonly run: number; readonly prepared: ReturnType<typeof prepareScenario> } | undefined;

parentPort?.on('message', (job: DrawJob | CentralJob) => {
  if ('kind' in job) {
    parentPort?.postMessage({ id: job.id, result: runCentral(job) });
    return;
  }
  const catalogue = getCatalogue(job.scenario.catalogue);
  if (!catalogue) {
    parentPort?.postMessage({
      id: job.id,
      result: { ok: false, error: { kind: 'unknown-catalogue', catalogue: job.scenario.catalogue } },
    });
    return;
  }
  if (preparedRun?.run !== job.run) {
    preparedRun = { run: job.run, prepared: prepareScenario(job.scenario, catalogue) };
  }
  const prepared = preparedRun.prepared;
  const result = prepared.ok ? collectDraws(prepared.value, job) : prepared;
  // The sample arrays move to the main thread without copying.
  const transfer = result.ok
    ? [
        result.value.S,
        result.value.C,
        result.value.aggregateS,
        result.value.chokepointsOpen,
        result.value.fiscalTotal,
        result.value.disruptionTotal,
        result.value.substitutionTotal,
        result.value.firstReach,
      ].map((a) => a.buffer as ArrayBuffer)
    : [];
  parentPort?.postMessage({ id: job.id, result }, transfer);
});
