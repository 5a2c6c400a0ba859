import type { Result } from '../result';
import { err, ok } from '../result';
import { buildDrawStreams, drawParameters } from './draw-parameters';
import type { EngineError } from './engine-error';
import { cloneModelParameters } from './model-parameters';
import type { PreparedScenario } from './prepare-scenario';
import { runPrepared } from './run-prepared';
import { firstIndexReaching } from './targets';

/**
 * The raw outcomes of draws `from … to − 1`, draw-major. A run can be split into ranges (one per worker
 * thread) and the ranges merged, because draw i depends only on (seed, i): the merged result is
 * identical to a single-thread run.
 */
export interface DrawSamples {
  readonly from: number;
  readonly to: number;
  readonly sectors: number;
  readonly years: number;
  readonly targets: readonly number[];
  /** `S[(d − from) * sectors * years + s * years + y]`, likewise C. */
  readonly S: Float64Array;
  readonly C: Float64Array;
  /** `[(d − from) * years + y]`. */
  readonly aggregateS: Float64Array;
  readonly chokepointsOpen: Float64Array;
  readonly fiscalTotal: Float64Array;
  readonly disruptionTotal: Float64Array;
  readonly substitutionTotal: Float64Array;
  /** First year index each sector reaches each target, −1 for never: `[((d − from) * targets + t) * sectors + s]`. */
  readonly firstReach: Int16Array;
  /** The smallest step any draw needed. */
  readonly dt: number;
}

export interface DrawRange {
  readonly seed: number;
  readonly from: number;
  readonly to: number;
  readonly targets: readonly number[];
  readonly stepsPerYear?: number;
}

/** Runs draws `from … to − 1` of the prepared scenario; a failing draw refuses the range, naming it. */
export function collectDraws(
  prepared: PreparedScenario,
  range: DrawRange,
): Result<DrawSamples, EngineError & { draw?: number }> {
  const { catalogue, parameters: base, overrides } = prepared;
  const streams = buildDrawStreams(catalogue);
  const workspace = cloneModelParameters(base);
  const sectors = base.sectorIds.length;
  const years = prepared.inputs.horizon + 1;
  const count = Math.max(0, range.to - range.from);
  const width = sectors * years;
  const samples = {
    from: range.from,
    to: range.to,
    sectors,
    years,
    targets: range.targets,
    S: new Float64Array(count * width),
    C: new Float64Array(count * width),
    aggregateS: new Float64Array(count * years),
    chokepointsOpen: new Float64Array(count * years),
    fiscalTotal: new Float64Array(count * years),
    disruptionTotal: new Float64Array(count * years),
    substitutionTotal: new Float64Array(count * years),
    firstReach: new Int16Array(count * range.targets.length * sectors),
    dt: Infinity,
  };
  for (let d = range.from; d < range.to; d++) {
    const i = d - range.from;
    drawParameters(catalogue, streams, base, overrides, range.seed, d, workspace);
    const run = runPrepared(prepared, {
      parameters: workspace,
      stepsPerYear: range.stepsPerYear,
      recordOpenIds: false,
      // The draw's outputs are copied into the samples below before the next draw overwrites them.
      reuseOutput: true,
    });
    if (!run.ok) return err({ ...run.error, draw: d });
    const result = run.value;
    samples.dt = Math.min(samples.dt, result.dt);
    samples.S.set(result.S, i * width);
    samples.C.set(result.C, i * width);
    samples.aggregateS.set(result.aggregateS, i * years);
    samples.chokepointsOpen.set(result.chokepointsOpen, i * years);
    samples.fiscalTotal.set(result.costs.fiscalTotal, i * years);
    samples.disruptionTotal.set(result.costs.disruptionTotal, i * years);
    samples.substitutionTotal.set(result.costs.substitutionTotal, i * years);
    range.targets.forEach((target, t) => {
      for (let s = 0; s < sectors; s++) {
        samples.firstReach[(i * range.targets.length + t) * sectors + s] = firstIndexReaching(
          result.S.subarray(s * years, (s + 1) * years),
          target,
        );
      }
    });
  }
  return ok(samples);
}
