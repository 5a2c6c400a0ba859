import fc from 'fast-check';
import { getCatalogue } from '../../shared/catalogue';
import type { Catalogue } from '../../shared/catalogue/types';
import type { InputId } from '../../shared/domain/inputs';
import { INPUT_IDS, INPUT_RANGES, LEVER_IDS } from '../../shared/domain/inputs';
import type { Scenario, SectorInputs } from '../../shared/domain/scenario';
import type { Schedule } from '../../shared/domain/schedule';
import { buildDrawStreams, drawParameters } from '../../shared/engine/draw-parameters';
import { cloneModelParameters } from '../../shared/engine/model-parameters';
import type { PreparedScenario } from '../../shared/engine/prepare-scenario';
import { prepareScenario } from '../../shared/engine/prepare-scenario';
import type { RunOptions } from '../../shared/engine/run-prepared';
import { runPrepared } from '../../shared/engine/run-prepared';
import type { SimulationResult } from '../../shared/engine/simulation-result';

export const catalogue: Catalogue = getCatalogue('default-2025')!;
export const sectorIds = catalogue.sectors.map((sector) => sector.id);
export const BASE_YEAR = 2025;
export const HORIZON = 15;

export type EngineScenario = Pick<Scenario, 'sectors' | 'parameters' | 'baseYear' | 'horizon'>;

/** A value inside an input's range, on a 0.01 grid so shrunk counterexamples stay readable. */
export function inputValue(input: InputId): fc.Arbitrary<number> {
  const { min, max } = INPUT_RANGES[input];
  return fc.integer({ min: Math.round(min * 100), max: Math.round(max * 100) }).map((v) => v / 100);
}

/** A constant or a step schedule that changes over the horizon (model.md §8 asks for time variation). */
export function scheduleArb(input: InputId): fc.Arbitrary<Schedule> {
  const steps = fc
    .uniqueArray(fc.integer({ min: BASE_YEAR + 1, max: BASE_YEAR + HORIZON }), { maxLength: 4 })
    .chain((years) =>
      fc
        .tuple(
          inputValue(input),
          fc.array(inputValue(input), { minLength: years.length, maxLength: years.length }),
        )
        .map(([first, values]) => [
          { year: BASE_YEAR, value: first },
          ...[...years].sort((a, b) => a - b).map((year, i) => ({ year, value: values[i]! })),
        ]),
    );
  return fc.oneof(inputValue(input), steps);
}

export const sectorInputsArb: fc.Arbitrary<SectorInputs> = fc
  .record(
    Object.fromEntries(INPUT_IDS.map((input) => [input, scheduleArb(input)])) as Record<
      InputId,
      fc.Arbitrary<Schedule>
    >,
    { requiredKeys: [] },
  )
  .map((inputs) => {
    const levers: Record<string, Schedule> = {};
    for (const lever of LEVER_IDS) if (inputs[lever] !== undefined) levers[lever] = inputs[lever];
    return {
      ...(Object.keys(levers).length ? { levers } : {}),
      ...(inputs.restriction !== undefined ? { restriction: inputs.restriction } : {}),
    };
  });

/** A scenario setting random inputs in a random subset of sectors. */
export const scenarioArb: fc.Arbitrary<EngineScenario> = fc
  .subarray(sectorIds)
  .chain((ids) =>
    fc
      .tuple(...ids.map(() => sectorInputsArb))
      .map((inputs) => Object.fromEntries(ids.map((id, i) => [id, inputs[i]!]))),
  )
  .map((sectors) => ({ sectors, baseYear: BASE_YEAR, horizon: HORIZON }));

/** A Monte Carlo parameter draw, or the defaults (null). */
export const drawArb = fc.option(fc.record({ seed: fc.nat(), draw: fc.nat({ max: 100_000 }) }), {
  nil: null,
});

export type Draw = { seed: number; draw: number } | null;

export function prepare(scenario: EngineScenario): PreparedScenario {
  const prepared = prepareScenario(scenario, catalogue);
  if (!prepared.ok) throw new Error(`prepare failed: ${JSON.stringify(prepared.error)}`);
  return prepared.value;
}

/** Runs a scenario at its defaults or at a Monte Carlo draw; throws on refusal (tests expect runs). */
export function run(scenario: EngineScenario, draw: Draw = null, options: RunOptions = {}): SimulationResult {
  const prepared = prepare(scenario);
  let parameters = prepared.parameters;
  if (draw) {
    parameters = cloneModelParameters(prepared.parameters);
    drawParameters(
      catalogue,
      buildDrawStreams(catalogue),
      prepared.parameters,
      prepared.overrides,
      draw.seed,
      draw.draw,
      parameters,
    );
  }
  const result = runPrepared(prepared, { ...options, parameters });
  if (!result.ok) throw new Error(`run failed: ${JSON.stringify(result.error)}`);
  return result.value;
}

/** Number of property-test cases: enough to find miswirings, small enough for CI on two cores. */
export const RUNS = Number(process.env.PROPERTY_RUNS ?? 60);
