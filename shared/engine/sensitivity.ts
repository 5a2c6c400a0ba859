import type { CataloguedParameterKey } from '../domain/parameter-keys';
import type { Result } from '../result';
import { err, ok } from '../result';
import { sampleDistribution } from './distribution-sample';
import type { EngineError } from './engine-error';
import { cloneModelParameters } from './model-parameters';
import type { PreparedScenario } from './prepare-scenario';
import { runPrepared } from './run-prepared';
import type { SimulationResult } from './simulation-result';

/** The output a sensitivity ranking explains. */
export type SensitivityOutput =
  | { readonly kind: 'S' | 'C'; readonly sector: string }
  | { readonly kind: 'aggregateS' }
  | { readonly kind: 'chokepointsOpen' };

export interface SensitivityOptions {
  readonly output: SensitivityOutput;
  /** A year the run reports: from the base year to the base year + horizon. */
  readonly year: number;
  /** The quantiles of each parameter's Monte Carlo distribution taken as its low and high values. */
  readonly quantiles?: readonly [number, number];
  readonly stepsPerYear?: number;
}

/** One bar of a tornado chart. */
export interface TornadoBar {
  readonly key: CataloguedParameterKey;
  readonly symbol: string;
  readonly scope: 'global' | 'sector';
  /**
   * The parameter's low and high values. A per-sector parameter moves every sector to its own quantile;
   * shown here in the output's sector (for an economy-wide output, at the catalogue's default).
   */
  readonly low: number;
  readonly high: number;
  readonly outputLow: number;
  readonly outputHigh: number;
  /** |outputHigh − outputLow|, with differences at rounding level (≤ 1e-12 relative) read as 0. */
  readonly swing: number;
  /** The scenario overrides the parameter everywhere: Monte Carlo holds it, so it has no range to swing. */
  readonly held: boolean;
}

export interface Sensitivity {
  readonly output: SensitivityOutput;
  readonly year: number;
  /** The output with every parameter at its default (or the scenario's override). */
  readonly atDefault: number;
  /** Largest swing first; equal swings keep the catalogue's order. */
  readonly bars: readonly TornadoBar[];
}

export type SensitivityError =
  | (EngineError & { readonly parameter?: string })
  | {
      readonly kind: 'year-outside-run';
      readonly year: number;
      readonly first: number;
      readonly last: number;
    };

export const DEFAULT_SENSITIVITY_QUANTILES: readonly [number, number] = [0.1, 0.9];

// A parameter whose effect cancels exactly in calibration can still move the output by a few units in
// the last place (5.6e-17); reading that as an effect would rank it above the truly inert ones.
const ROUNDING_NOISE = 1e-12;

function swingOf(outputLow: number, outputHigh: number, atDefault: number): number {
  const swing = Math.abs(outputHigh - outputLow);
  return swing <= ROUNDING_NOISE * Math.max(1, Math.abs(atDefault)) ? 0 : swing;
}

function readOutput(result: SimulationResult, output: SensitivityOutput, y: number): number {
  const years = result.years.length;
  switch (output.kind) {
    case 'S':
    case 'C':
      return result[output.kind][result.sectorIds.indexOf(output.sector) * years + y]!;
    case 'aggregateS':
      return result.aggregateS[y]!;
    case 'chokepointsOpen':
      return result.chokepointsOpen[y]!;
  }
}

/**
 * Ranks the catalogue's parameters by their effect on one output in one year (a tornado): each
 * parameter in turn is set to the P10 and then the P90 of its Monte Carlo distribution, every other
 * one held at its default, and the swing of the output between the two runs is its effect. Sector
 * data and ω weights, which a Monte Carlo run also draws, are not ranked.
 */
export function rankSensitivity(
  prepared: PreparedScenario,
  options: SensitivityOptions,
): Result<Sensitivity, SensitivityError> {
  const { output, year } = options;
  const base = prepared.parameters;
  const sectorIndex = 'sector' in output ? base.sectorIds.indexOf(output.sector) : -1;
  if ('sector' in output && sectorIndex < 0) return err({ kind: 'unknown-sector', sector: output.sector });
  const first = prepared.inputs.baseYear;
  const last = first + prepared.inputs.horizon;
  if (!(Number.isInteger(year) && year >= first && year <= last)) {
    return err({ kind: 'year-outside-run', year, first, last });
  }
  const y = year - first;
  const [qLow, qHigh] = options.quantiles ?? DEFAULT_SENSITIVITY_QUANTILES;
  const run = (parameters = base): Result<number, EngineError> => {
    const result = runPrepared(prepared, {
      parameters,
      stepsPerYear: options.stepsPerYear,
      recordOpenIds: false,
    });
    return result.ok ? ok(readOutput(result.value, output, y)) : result;
  };
  const atDefault = run();
  if (!atDefault.ok) return atDefault;

  const workspace = cloneModelParameters(base);
  const bars: TornadoBar[] = [];
  for (const definition of prepared.catalogue.parameters) {
    const key = definition.key;
    const held = prepared.overrides.values[key];
    const valueAt = (q: number, s: number): number =>
      held[s] ? base.values[key][s]! : sampleDistribution(definition.distribution, base.values[key][s]!, q);
    const outputs: number[] = [];
    for (const q of [qLow, qHigh]) {
      for (let s = 0; s < base.sectorIds.length; s++) workspace.values[key][s] = valueAt(q, s);
      const result = run(workspace);
      if (!result.ok) return err({ ...result.error, parameter: key });
      outputs.push(result.value);
    }
    workspace.values[key].set(base.values[key]);
    // A global parameter has one value everywhere; a per-sector one is shown in the output's sector.
    const shownIn = sectorIndex >= 0 ? sectorIndex : definition.scope === 'global' ? 0 : -1;
    const shown = (q: number): number =>
      shownIn >= 0 ? valueAt(q, shownIn) : sampleDistribution(definition.distribution, definition.default, q);
    bars.push({
      key,
      symbol: definition.symbol,
      scope: definition.scope,
      low: shown(qLow),
      high: shown(qHigh),
      outputLow: outputs[0]!,
      outputHigh: outputs[1]!,
      swing: swingOf(outputs[0]!, outputs[1]!, atDefault.value),
      held: held.every((flag) => flag === 1),
    });
  }
  // Array.prototype.sort is stable, so equal swings keep the catalogue's order.
  bars.sort((a, b) => b.swing - a.swing);
  return ok({ output, year, atDefault: atDefault.value, bars });
}
