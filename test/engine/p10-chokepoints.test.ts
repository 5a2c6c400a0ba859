import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { RUNS, catalogue, drawArb, run, scenarioArb, sectorIds } from '../support/engine-arbitraries';

// model.md §8.10: the count is bounded, and with hysteresis it only rises when capability really falls.
describe('property 10: open chokepoints', () => {
  it('stay within 0…35 and never rise unless some C falls more than h_c below its running maximum', () => {
    fc.assert(
      fc.property(scenarioArb, drawArb, (scenario, draw) => {
        const runningMax = new Float64Array(sectorIds.length).fill(-Infinity);
        let fell = false;
        const result = run(scenario, draw, {
          observe: (_step, state) => {
            state.C.forEach((c, s) => {
              runningMax[s] = Math.max(runningMax[s]!, c);
              if (c < runningMax[s]! - catalogue.chokepointHysteresis) fell = true;
            });
          },
        });
        result.chokepointsOpen.forEach((count) => {
          expect(count).toBeGreaterThanOrEqual(0);
          expect(count).toBeLessThanOrEqual(catalogue.chokepoints.length);
        });
        expect(result.openIds!.map((ids) => ids.length)).toEqual(Array.from(result.chokepointsOpen));
        if (!fell) {
          for (let y = 1; y < result.chokepointsOpen.length; y++) {
            expect(result.chokepointsOpen[y]!).toBeLessThanOrEqual(result.chokepointsOpen[y - 1]!);
          }
        }
      }),
      { numRuns: RUNS },
    );
  });
});
