import fc from 'fast-check';
import { describe, it } from 'vitest';
import {
  BASE_YEAR,
  HORIZON,
  RUNS,
  drawArb,
  prepare,
  run,
  scenarioArb,
  sectorIds,
} from '../support/engine-arbitraries';
import { cloneModelParameters } from '../../shared/engine/model-parameters';
import { buildDrawStreams, drawParameters } from '../../shared/engine/draw-parameters';
import { catalogue } from '../support/engine-arbitraries';
import { pinRestrictionData, raiseRestriction } from './restricted';

/** The R&D gestation lag L_R (years) the run uses in `sector`, at defaults or at the draw. */
function lagR(
  scenario: Parameters<typeof prepare>[0],
  draw: { seed: number; draw: number } | null,
  sector: number,
): number {
  const prepared = prepare(scenario);
  if (!draw) return prepared.parameters.values.lagR[sector]!;
  const drawn = cloneModelParameters(prepared.parameters);
  drawParameters(
    catalogue,
    buildDrawStreams(catalogue),
    prepared.parameters,
    prepared.overrides,
    draw.seed,
    draw.draw,
    drawn,
  );
  return drawn.values.lagR[sector]!;
}

// model.md §8.4: the catalyst acts through R&D, which takes L_R years to become knowledge.
describe('property 4: a new restriction cannot help capability within the R&D lag', () => {
  it('lowers or keeps C in every sector from t1 to t1 + L_R', () => {
    fc.assert(
      fc.property(
        scenarioArb,
        drawArb,
        fc.constantFrom(...sectorIds),
        fc.integer({ min: BASE_YEAR, max: BASE_YEAR + HORIZON - 2 }),
        fc.integer({ min: 5, max: 100 }).map((v) => v / 100),
        (scenario, draw, sector, year, delta) => {
          const before = run(pinRestrictionData(scenario), draw);
          const after = run(raiseRestriction(pinRestrictionData(scenario), sector, year, delta), draw);
          if (before.dt !== after.dt) return;
          const years = before.years.length;
          const lag = lagR(scenario, draw, sectorIds.indexOf(sector));
          sectorIds.forEach((id, s) => {
            for (let y = year - BASE_YEAR; y <= Math.min(years - 1, year - BASE_YEAR + lag); y++) {
              const a = before.C[s * years + y]!;
              const b = after.C[s * years + y]!;
              if (b > a + 1e-12)
                throw new Error(
                  `C of ${id} rose in ${BASE_YEAR + y}: ${a} → ${b} (restriction on ${sector} from ${year})`,
                );
            }
          });
        },
      ),
      { numRuns: RUNS },
    );
  });
});
