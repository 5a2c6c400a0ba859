import fc from 'fast-check';
import { describe, it } from 'vitest';
import type { EngineScenario } from '../support/engine-arbitraries';
import {
  BASE_YEAR,
  HORIZON,
  RUNS,
  drawArb,
  run,
  scenarioArb,
  sectorIds,
} from '../support/engine-arbitraries';
import { pinRestrictionData, raiseRestriction } from './restricted';

function withParameters(scenario: EngineScenario, parameters: EngineScenario['parameters']): EngineScenario {
  return { ...scenario, parameters: { ...scenario.parameters, ...parameters } };
}

function compare(
  scenario: EngineScenario,
  draw: { seed: number; draw: number } | null,
  sector: string,
  year: number,
  delta: number,
  expectSign: 'not-higher' | 'not-lower',
): void {
  const before = run(pinRestrictionData(scenario), draw);
  const after = run(raiseRestriction(pinRestrictionData(scenario), sector, year, delta), draw);
  if (before.dt !== after.dt) return;
  before.C.forEach((a, i) => {
    const b = after.C[i]!;
    const broken = expectSign === 'not-higher' ? b > a + 1e-12 : b < a - 1e-12;
    if (broken)
      throw new Error(`C[${i}] went ${a} → ${b} with a higher restriction on ${sector} from ${year}`);
  });
}

const cases = fc.tuple(
  scenarioArb,
  drawArb,
  fc.constantFrom(...sectorIds),
  fc.integer({ min: BASE_YEAR, max: BASE_YEAR + HORIZON }),
  fc.integer({ min: 5, max: 100 }).map((v) => v / 100),
);

// model.md §8.5: the catalyst is the only channel through which a restriction helps capability.
describe('property 5: the sign of a restriction on capability', () => {
  it('with κ_cat = 0 a higher restriction never raises C', () => {
    fc.assert(
      fc.property(cases, ([scenario, draw, sector, year, delta]) =>
        compare(withParameters(scenario, { kappaCat: 0 }), draw, sector, year, delta, 'not-higher'),
      ),
      { numRuns: RUNS },
    );
  });
  it('with ψ = 0, ω = 0 and κ_fin = 0 a higher restriction never lowers C', () => {
    fc.assert(
      fc.property(cases, ([scenario, draw, sector, year, delta]) =>
        compare(
          withParameters(scenario, { psi: 0, omegaScale: 0, kappaFin: 0 }),
          draw,
          sector,
          year,
          delta,
          'not-lower',
        ),
      ),
      { numRuns: RUNS },
    );
  });
});
