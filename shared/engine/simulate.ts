import type { LeverDefaults } from '../catalogue/types';
import { advanceSectors } from './advance-sectors';
import { aggregateSelfReliance } from './aggregate-self-reliance';
import type { Calibration } from './calibrate';
import type { ChokepointTable } from './chokepoint-table';
import { chokepointCrossings, recordOpenChokepoints } from './chokepoint-crossings';
import { demandBelowCutoff } from './ladder';
import type { ModelParameters } from './model-parameters';
import { observedState } from './observed-state';
import type { RunTable } from './run-table';
import * as L from './run-layout';
import { fillRunTable } from './run-table';
import type { ScenarioInputs } from './scenario-inputs';
import { coupleSectors } from './sector-coupling';
import type { SimulationOutput } from './simulation-output';
import { allocateOutput, finishOutput, reuseOutput } from './simulation-output';
import type { SimulationResult } from './simulation-result';
import type { Instability } from './stability';
import { CAPABILITY_CONDITION, checkStaticStability } from './stability';

export interface SimulateOptions {
  readonly stepsPerYear: number;
  /** Record the ids of open chokepoints per year (off in Monte Carlo draws, which only count them). */
  readonly recordOpenIds: boolean;
  /**
   * Write the result into this thread's output of its last such run instead of new arrays (Monte Carlo
   * draws, which copy what they keep): the result is valid only until the next run that reuses it.
   */
  readonly reuseOutput?: boolean;
  /** Called after every sub-step with the updated state (tests read the dynamics between years). */
  readonly observe?: (step: number, state: SimulationState) => void;
}

/** The state after a sub-step, per sector; valid only during the `observe` call. */
export interface SimulationState {
  readonly time: number;
  readonly C: Float64Array;
  readonly Sc: Float64Array;
  readonly Sf: Float64Array;
  readonly K: Float64Array;
  readonly X: Float64Array;
  /** Absorptive capacity A used in the sub-step. */
  readonly A: Float64Array;
  /** Relative cost P used in the sub-step (E8). */
  readonly P: Float64Array;
  /** D(C) and D(x_r) of the updated state: Q = min of the two, F = max(0, difference). */
  readonly demandC: Float64Array;
  readonly demandCutoff: Float64Array;
}

/** The run tables of this thread's last run, free for the next one. */
let spareTable: RunTable | undefined;
/** The output of this thread's last run that asked for reuse. */
let spareOutput: SimulationOutput | undefined;

/**
 * Integrates the model (equations E1–E12 of docs/model.md §3) in sub-steps of 1/stepsPerYear. All
 * right-hand sides use the state at the start of the sub-step. Returns the instability instead of a
 * result when a stability condition breaks, so the caller can retry with a smaller step.
 * This loop is the hot path of every Monte Carlo draw: it works on one flat table of per-sector records
 * (run-table.ts) that the thread reuses from run to run, allocates nothing per sub-step, and writes x^y
 * as exp(y·ln x) with each logarithm shared where it can be. The slowly moving powers and logarithms are
 * updated multiplicatively by short series when a sub-step moves them little (small-step.ts), and
 * recomputed exactly otherwise and at the start of every year: results agree with the direct formulas
 * to about 1e-14.
 */
export function simulate(
  inputs: ScenarioInputs,
  parameters: ModelParameters,
  cal: Calibration,
  leverDefaults: LeverDefaults,
  chokepoints: ChokepointTable,
  options: SimulateOptions,
): { result: SimulationResult } | { instability: Instability } {
  const perYear = options.stepsPerYear;
  const dt = 1 / perYear;
  const staticProblem = checkStaticStability(parameters, dt);
  if (staticProblem) return { instability: staticProblem };

  const n = inputs.sectorIds.length;
  const outYears = inputs.horizon + 1;
  const totalSteps = outYears * perYear;
  // This thread's tables of its last run are reused (no allocation per Monte Carlo draw), unless a run
  // is already using them (an `observe` callback that runs the engine again).
  const table = fillRunTable(
    parameters,
    cal,
    inputs,
    leverDefaults,
    perYear,
    chokepoints.ids.length,
    spareTable,
  );
  spareTable = undefined;
  startSectors(table.sectors, n);
  const crossings = chokepointCrossings(table, cal, chokepoints, n);

  const reusing = options.reuseOutput === true && !options.recordOpenIds;
  const out = reusing
    ? reuseOutput(spareOutput, n, outYears)
    : allocateOutput(n, outYears, options.recordOpenIds);
  if (reusing) spareOutput = undefined;
  const observe = options.observe;
  const view = observe ? observedState(n) : undefined;
  const run = {
    table,
    out,
    crossings,
    sectors: n,
    inYears: inputs.years,
    outYears,
    perYear,
    dt,
    observing: !!observe,
  };
  for (let step = 0; step < totalSteps; step++) {
    coupleSectors(table.pairs, table.sectors);
    const y = (step / perYear) | 0;
    const recording = step - y * perYear === 0;
    if (recording) {
      recordOpenChokepoints(crossings, chokepoints, out, y);
      out.aggregateS[y] = aggregateSelfReliance(table.sectorRecords, n);
    }
    const unstable = advanceSectors(run, step);
    if (unstable >= 0) {
      spareTable = table;
      return { instability: { condition: CAPABILITY_CONDITION, sector: unstable } };
    }
    if (view) {
      view.copyFrom(table.sectors, n);
      observe!(step, { time: (step + 1) * dt, ...view.state });
    }
  }

  spareTable = table;
  if (reusing) spareOutput = out;
  return { result: finishOutput(out, inputs.sectorIds, inputs.baseYear, dt, cal.notices) };
}

/**
 * The derived fields of each sector's state at t0: the gap powers and demands D(C) and D(x_r), the
 * unmet share U, and the coupling's sums at their starting values.
 */
function startSectors(w: Float64Array, n: number): void {
  for (let s = 0; s < n; s++) {
    const r = s * L.SECTOR_FIELDS;
    const logGap = Math.log(1 - w[r + L.S_C]!);
    w[r + L.S_GAP_KAPPA] = Math.exp(w[r + L.S_KAPPA]! * logGap);
    w[r + L.S_DC] = 1 - w[r + L.S_GAP_KAPPA]!;
    w[r + L.S_GAP_NU] = 1 - w[r + L.S_C]! > 0 ? Math.exp(w[r + L.S_NU]! * logGap) : 0;
    w[r + L.S_LAST_C] = w[r + L.S_C]!;
    w[r + L.S_GAP_EXACT] = 1;
    w[r + L.S_DCUT] = demandBelowCutoff(w[r + L.S_RB]!, w[r + L.S_KAPPA]!);
    w[r + L.S_LAST_RB] = w[r + L.S_RB]!;
    w[r + L.S_U] = 1 - Math.max(w[r + L.S_DC]!, w[r + L.S_DCUT]!);
    w[r + L.S_UPSTREAM] = 1;
    w[r + L.S_BUYERS_EXPOSURE] = 0;
  }
}
