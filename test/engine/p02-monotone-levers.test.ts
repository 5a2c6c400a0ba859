import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { LeverId } from '../../shared/domain/inputs';
import { INPUT_RANGES } from '../../shared/domain/inputs';
import { scheduleValueAt } from '../../shared/domain/schedule';
import type { EngineScenario } from '../support/engine-arbitraries';
import {
  BASE_YEAR,
  HORIZON,
  catalogue,
  drawArb,
  RUNS,
  run,
  scenarioArb,
  sectorIds,
} from '../support/engine-arbitraries';
import { inputDefaultFrom } from '../../shared/domain/input-default';
import { prepare } from '../support/engine-arbitraries';

const RAISING: readonly LeverId[] = [
  'basicResearch',
  'rdTaxCut',
  'universityLinks',
  'clusters',
  'procurement',
];

/** The scenario with `lever` in `sector` raised by `delta` (within range) from `year` on. */
function raise(
  scenario: EngineScenario,
  sector: string,
  lever: LeverId,
  year: number,
  delta: number,
): EngineScenario {
  const s = sectorIds.indexOf(sector);
  const { data } = prepare(scenario).parameters;
  const fallback = inputDefaultFrom(lever, catalogue.leverDefaults, (key) => data[key][s]!);
  const current = scenario.sectors[sector]?.levers?.[lever];
  const points = [];
  for (let y = BASE_YEAR; y <= BASE_YEAR + HORIZON + 1; y++) {
    const value = current === undefined ? fallback : scheduleValueAt(current, y, fallback);
    points.push({ year: y, value: y >= year ? Math.min(INPUT_RANGES[lever].max, value + delta) : value });
  }
  const inputs = scenario.sectors[sector] ?? {};
  return {
    ...scenario,
    sectors: { ...scenario.sectors, [sector]: { ...inputs, levers: { ...inputs.levers, [lever]: points } } },
  };
}

// model.md §8.2: every coupling pushes the same way, so raising a lever never lowers K, C or S anywhere.
describe('property 2: levers are monotone', () => {
  it('raising b, τ, u, k or m never lowers K, C or S anywhere, nor fiscal cost', () => {
    fc.assert(
      fc.property(
        scenarioArb,
        drawArb,
        fc.constantFrom(...sectorIds),
        fc.constantFrom(...RAISING),
        fc.integer({ min: BASE_YEAR, max: BASE_YEAR + HORIZON }),
        fc.integer({ min: 1, max: 100 }).map((v) => v / 100),
        (scenario, draw, sector, lever, year, fraction) => {
          const delta = fraction * (INPUT_RANGES[lever].max - INPUT_RANGES[lever].min);
          const low = run(scenario, draw, { stepsPerYear: 12 });
          const high = run(raise(scenario, sector, lever, year, delta), draw, { stepsPerYear: 12 });
          if (low.dt !== high.dt) return; // a halved step changes the discretisation, not the model
          const tolerance = (x: number): number => 1e-9 * Math.max(1, Math.abs(x));
          const outputs: [string, Float64Array, Float64Array][] =
            lever === 'procurement'
              ? [['S', low.S, high.S]]
              : [
                  ['K', low.K, high.K],
                  ['C', low.C, high.C],
                  ['S', low.S, high.S],
                ];
          for (const [name, a, b] of outputs) {
            a.forEach((value, i) => {
              if (b[i]! < value - tolerance(value))
                throw new Error(`${name}[${i}] fell from ${value} to ${b[i]}`);
            });
          }
          low.costs.fiscalTotal.forEach((value, i) =>
            expect(high.costs.fiscalTotal[i]!).toBeGreaterThanOrEqual(value - tolerance(value)),
          );
        },
      ),
      { numRuns: RUNS },
    );
  });
});
