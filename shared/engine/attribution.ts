import type { InputId } from '../domain/inputs';
import { INPUT_IDS } from '../domain/inputs';
import { DATA_KEYS, SCALAR_PARAMETER_KEYS } from '../domain/parameter-keys';
import type { Result } from '../result';
import { ok } from '../result';
import type { EngineError } from './engine-error';
import type { ModelParameters } from './model-parameters';
import type { PreparedScenario } from './prepare-scenario';
import { mixScenarioInputs } from './scenario-inputs';
import { runPrepared } from './run-prepared';
import { shapleyValues } from './shapley';
import type { SimulationResult } from './simulation-result';

/**
 * The lever groups of model.md §7, plus "assumptions" (data and parameter overrides) when the two
 * scenarios differ in them too: without it the contributions could not sum to the whole difference.
 */
export type AttributionGroup = InputId | 'assumptions';

/** Trajectories a difference can be attributed over; all flat like the simulation result. */
export interface AttributedOutputs {
  readonly S: Float64Array;
  readonly C: Float64Array;
  readonly aggregateS: Float64Array;
  readonly chokepointsOpen: Float64Array;
  readonly fiscalTotal: Float64Array;
  readonly disruptionTotal: Float64Array;
  readonly substitutionTotal: Float64Array;
}

export interface Attribution {
  readonly groups: readonly AttributionGroup[];
  readonly sectorIds: readonly string[];
  readonly years: readonly number[];
  /** Outputs of scenario A and B. */
  readonly a: AttributedOutputs;
  readonly b: AttributedOutputs;
  /** Per group, its exact Shapley share of B − A; the shares sum to B − A. */
  readonly contributions: readonly AttributedOutputs[];
}

const OUTPUT_KEYS = [
  'S',
  'C',
  'aggregateS',
  'chokepointsOpen',
  'fiscalTotal',
  'disruptionTotal',
  'substitutionTotal',
] as const;

function outputsOf(result: SimulationResult): AttributedOutputs {
  return {
    S: result.S,
    C: result.C,
    aggregateS: result.aggregateS,
    chokepointsOpen: result.chokepointsOpen,
    fiscalTotal: result.costs.fiscalTotal,
    disruptionTotal: result.costs.disruptionTotal,
    substitutionTotal: result.costs.substitutionTotal,
  };
}

function concat(outputs: AttributedOutputs): Float64Array {
  const parts = OUTPUT_KEYS.map((key) => outputs[key]);
  const out = new Float64Array(parts.reduce((total, part) => total + part.length, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}

function split(flat: Float64Array, like: AttributedOutputs): AttributedOutputs {
  const out = {} as Record<(typeof OUTPUT_KEYS)[number], Float64Array>;
  let at = 0;
  for (const key of OUTPUT_KEYS) {
    out[key] = flat.slice(at, at + like[key].length);
    at += like[key].length;
  }
  return out;
}

function sameParameters(x: ModelParameters, y: ModelParameters): boolean {
  const equal = (p: Float64Array, q: Float64Array): boolean => p.every((value, i) => Object.is(value, q[i]));
  return (
    SCALAR_PARAMETER_KEYS.every((key) => equal(x.values[key], y.values[key])) &&
    DATA_KEYS.every((key) => equal(x.data[key], y.data[key])) &&
    equal(x.omega, y.omega)
  );
}

/**
 * Why B differs from A: runs every combination of the two scenarios' differing lever groups (at most
 * 2^7 runs, or 2^8 with differing assumptions) and returns the exact Shapley contribution of each group
 * to every output.
 * Both scenarios must be prepared on the same catalogue with the same base year and horizon.
 */
export function attributeDifference(
  a: PreparedScenario,
  b: PreparedScenario,
  options: { readonly stepsPerYear?: number } = {},
): Result<Attribution, EngineError> {
  const groups: AttributionGroup[] = [...INPUT_IDS];
  if (!sameParameters(a.parameters, b.parameters)) groups.push('assumptions');
  // A group the two scenarios set identically is a null player: its Shapley value is 0 and leaving it
  // out of the game changes no other group's value, so only the differing groups are combined.
  const differs = (group: AttributionGroup): boolean =>
    group === 'assumptions' || !sameSeries(a.inputs.schedules[group], b.inputs.schedules[group]);
  const players = groups.filter(differs);
  const runs: Float64Array[] = [];
  let first: SimulationResult | undefined;
  let last: SimulationResult | undefined;
  for (let mask = 0; mask < 1 << players.length; mask++) {
    const takes = (group: AttributionGroup): boolean =>
      players.includes(group) && (mask & (1 << players.indexOf(group))) !== 0;
    const inputs = mixScenarioInputs(a.inputs, b.inputs, (input) => takes(input));
    const parameters = takes('assumptions') ? b.parameters : a.parameters;
    const run = runPrepared(a, {
      inputs,
      parameters,
      stepsPerYear: options.stepsPerYear,
      recordOpenIds: false,
    });
    if (!run.ok) return run;
    if (mask === 0) first = run.value;
    last = run.value;
    runs.push(concat(outputsOf(run.value)));
  }
  const shapley = shapleyValues(players.length, (mask) => runs[mask]!);
  const aOut = outputsOf(first!);
  const zero = split(new Float64Array(runs[0]!.length), aOut);
  return ok({
    groups,
    sectorIds: a.parameters.sectorIds,
    years: first!.years,
    a: aOut,
    b: outputsOf(last!),
    contributions: groups.map((group) =>
      players.includes(group) ? split(shapley[players.indexOf(group)]!, aOut) : zero,
    ),
  });
}

function sameSeries(x: Float64Array, y: Float64Array): boolean {
  return x.length === y.length && x.every((value, i) => Object.is(value, y[i]));
}
