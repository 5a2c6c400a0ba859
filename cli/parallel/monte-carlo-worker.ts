import { parentPort } from 'node:worker_threads';
import { getCatalogue } from '../../shared/catalogue';
import type { Scenario } from '../../shared/domain/scenario';
import { collectDraws } from '../../shared/engine/monte-carlo-draws';
import { prepareScenario } from '../../shared/engine/prepare-scenario';

/** A range of Monte Carlo draws of one scenario, computed off the main thread. */
export interface DrawJob {
  readonly id: number;
  readonly scenario: Scenario;
  readonly seed: number;
  readonly from: number;
  readonly to: number;
  readonly targets: readonly number[];
  readonly stepsPerYear?: number;
}

parentPort?.on('message', (job: DrawJob) => {
  const catalogue = getCatalogue(job.scenario.catalogue);
  if (!catalogue) {
    parentPort?.postMessage({
      id: job.id,
      result: { ok: false, error: { kind: 'unknown-catalogue', catalogue: job.scenario.catalogue } },
    });
    return;
  }
  const prepared = prepareScenario(job.scenario, catalogue);
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
