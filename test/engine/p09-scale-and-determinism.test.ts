import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { runMonteCarlo } from '../../shared/engine/monte-carlo';
import type { EngineScenario } from '../support/engine-arbitraries';
import {
  RUNS,
  catalogue,
  drawArb,
  prepare,
  run,
  scenarioArb,
  sectorIds,
} from '../support/engine-arbitraries';

/** Every money input (base-year demand V0, from which R&D and basic research follow) times `factor`. */
function scaleMoney(scenario: EngineScenario, factor: number): EngineScenario {
  const sectors = Object.fromEntries(
    sectorIds.map((id) => {
      const inputs = scenario.sectors[id] ?? {};
      const V0 = inputs.data?.V0 ?? catalogue.sectors.find((sector) => sector.id === id)!.data.V0;
      return [id, { ...inputs, data: { ...inputs.data, V0: V0 * factor } }];
    }),
  );
  return { ...scenario, sectors };
}

// model.md §8.9: money is scale-free; runs are pure functions of scenario and seed.
describe('property 9: scale-free money, reproducible runs', () => {
  it('scaling every money input leaves all shares unchanged and scales costs', () => {
    fc.assert(
      fc.property(scenarioArb, drawArb, fc.constantFrom(0.001, 0.37, 10, 1000), (scenario, draw, factor) => {
        const base = run(scaleMoney(scenario, 1), draw);
        const scaled = run(scaleMoney(scenario, factor), draw);
        for (const key of ['S', 'C', 'U', 'F', 'aggregateS', 'chokepointsOpen'] as const) {
          base[key].forEach((value, i) => expect(scaled[key][i]!).toBeCloseTo(value, 9));
        }
        base.costs.disruptionTotal.forEach((value, i) =>
          expect(scaled.costs.disruptionTotal[i]! / factor).toBeCloseTo(value, 6),
        );
      }),
      { numRuns: RUNS },
    );
  });

  it('gives identical output for the same scenario and seed', () => {
    fc.assert(
      fc.property(scenarioArb, fc.nat(), (scenario, seed) => {
        const prepared = prepare(scenario);
        const first = runMonteCarlo(prepared, { seed, draws: 5 });
        const second = runMonteCarlo(prepare(scenario), { seed, draws: 5 });
        expect(second).toEqual(first);
        expect(run(scenario)).toEqual(run(scenario));
      }),
      { numRuns: Math.ceil(RUNS / 4) },
    );
  });
});
