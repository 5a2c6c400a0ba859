import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { getCatalogue, getPreset } from '../../shared/catalogue';
import type { LeverId } from '../../shared/domain/inputs';
import type { OptimizeProblem, PlanResult } from '../../shared/optimize';
import {
  checkProblem,
  costTolerance,
  describeOptimizeError,
  findPlan,
  localDrawRunner,
  parseTarget,
} from '../../shared/optimize';
import { passesNeeded, readCentral, readDraws } from '../../shared/optimize/evaluate';

// The plan finder's answer against its own frontier (no point may dominate it) and against brute-force
// grids of small problems (few draws, one to four levers), with a stated optimality tolerance.
const catalogue = getCatalogue('default-2025')!;
const runner = localDrawRunner(catalogue);
const world = getPreset('push-under-escalation')!;
const target = (text: string) => {
  const parsed = parseTarget(text);
  if (!parsed.ok) throw new Error(parsed.error.reason);
  return parsed.value;
};

/** The answer may cost this much more than the best package of the grid: 2 % of it, and USD 0.5 bn. */
const OPTIMALITY = (gridCost: number) => 0.02 * Math.abs(gridCost) + 0.5;

async function plan(problem: OptimizeProblem): Promise<PlanResult> {
  const result = await findPlan(problem, catalogue, runner, { maxRefinements: 16 });
  if (!result.ok) throw new Error(describeOptimizeError(result.error));
  return result.value;
}

/** A frontier point dominates the answer when it is at most as costly and at least as confident, better in one. */
function dominating(result: PlanResult) {
  const same = 1e-9 * Math.max(1, Math.abs(result.cost));
  return result.frontier.filter(
    (point) =>
      point.cost <= result.cost + same &&
      point.confidence >= result.confidence &&
      (point.cost < result.cost - same || point.confidence > result.confidence),
  );
}

describe('the answer is never beaten by its own frontier', { timeout: 240_000 }, () => {
  it('over many small problems: on the frontier, and the most confident within the cost tolerance', async () => {
    const levers: readonly LeverId[] = [
      'basicResearch',
      'rdTaxCut',
      'universityLinks',
      'clusters',
      'procurement',
    ];
    await fc.assert(
      fc.asyncProperty(
        fc.subarray([...levers], { minLength: 1, maxLength: 2 }),
        fc.integer({ min: 30, max: 60 }),
        fc.constantFrom(0.6, 0.7, 0.8),
        async (chosen, percent, confidence) => {
          const result = await plan({
            scenario: world,
            targets: [target(`IC:S>=${percent / 100}@2035`)],
            levers: chosen,
            sectors: ['IC'],
            confidence,
            draws: 20,
          });
          expect(dominating(result)).toEqual([]);
          if (!result.feasible) return;
          expect(result.confidence).toBeGreaterThanOrEqual(confidence);
          const feasible = result.frontier.filter((point) => point.feasible);
          const least = Math.min(...feasible.map((point) => point.cost));
          expect(result.cost).toBeLessThanOrEqual(least + costTolerance(least) + 1e-9);
          const window = feasible.filter((point) => point.cost <= least + costTolerance(least) + 1e-9);
          expect(result.confidence).toBe(Math.max(...window.map((point) => point.confidence)));
        },
      ),
      { numRuns: 6 },
    );
  });

  it('the standard world: the answer is not left below a free lever that buys confidence', async () => {
    const result = await plan({
      scenario: world,
      targets: [target('IC:S>=0.5@2035')],
      levers: ['basicResearch', 'procurement', 'openness'],
      sectors: ['IC', 'LITH'],
      draws: 30,
    });
    expect(dominating(result)).toEqual([]);
    // Levers left alone are at the start's schedule and change neither cost nor confidence.
    for (const entry of result.package.filter((item) => item.leftAlone)) {
      expect(entry.level).toBe(entry.start);
      expect(result.scenario.sectors[entry.sector]?.levers?.[entry.lever]).toEqual(
        world.sectors[entry.sector]?.levers?.[entry.lever],
      );
    }
  });
});

/** Every package of a grid of levels, read on the problem's draws: the cheapest meeting the confidence. */
async function gridOptimum(problem: OptimizeProblem, levels: readonly (readonly number[])[]) {
  const checked = checkProblem(problem, catalogue);
  if (!checked.ok) throw new Error(describeOptimizeError(checked.error));
  const need = passesNeeded(checked.value);
  const packages: number[][] = [[]];
  for (const values of levels)
    packages.splice(
      0,
      packages.length,
      ...packages.flatMap((head) => values.map((value) => [...head, value])),
    );
  let best: { cost: number; levels: number[] } | undefined;
  for (const levelsOf of packages) {
    const central = readCentral(checked.value, levelsOf);
    if (!central.ok || (best && central.value.cost >= best.cost)) continue;
    const draws = await readDraws(checked.value, central.value.scenario, runner, { stopBelow: need });
    if (draws.ok && draws.value.complete && draws.value.passes >= need)
      best = { cost: central.value.cost, levels: levelsOf };
  }
  return best;
}

const steps = (min: number, max: number, count: number) =>
  Array.from({ length: count }, (_, k) => min + ((max - min) * k) / (count - 1));

// Targets within reach of the levers under model v2 with sourced demand growth (issue 25): chips reach
// 50 % by 2035 in this world through procurement, not through research alone, which acts too slowly.
describe('against brute-force grids, with and without a budget', { timeout: 240_000 }, () => {
  const cases: [string, OptimizeProblem, number[][]][] = [
    [
      'one lever',
      {
        scenario: world,
        targets: [target('IC:S>=0.5@2035')],
        levers: ['procurement'],
        sectors: ['IC'],
        confidence: 0.8,
        draws: 20,
      },
      [steps(0, 1, 21)],
    ],
    [
      'two levers',
      {
        scenario: world,
        targets: [target('IC:S>=0.49@2035')],
        levers: ['basicResearch', 'universityLinks'],
        sectors: ['IC'],
        confidence: 0.8,
        draws: 20,
      },
      [steps(0.5, 3, 9), steps(0, 1, 9)],
    ],
    [
      'four levers (the issue’s: research, tax, links, clusters)',
      {
        scenario: world,
        targets: [target('IC:S>=0.49@2035')],
        levers: ['basicResearch', 'rdTaxCut', 'universityLinks', 'clusters'],
        sectors: ['IC'],
        confidence: 0.8,
        draws: 20,
      },
      [steps(0.5, 3, 5), [0, 0.2], [0.5, 1], [0.5, 1]],
    ],
  ];

  it.each(cases)('%s', async (_name, problem, levels) => {
    const grid = await gridOptimum(problem, levels);
    if (!grid) throw new Error('the grid should find a package');
    const free = await plan(problem);
    expect(free.feasible).toBe(true);
    expect(free.cost).toBeLessThanOrEqual(grid.cost + OPTIMALITY(grid.cost));
    // A budget at the unbudgeted answer, and one at the grid's optimum plus the tolerance, both hold a
    // package that meets the confidence: budget mode must find one within them.
    for (const budget of [free.cost, grid.cost + OPTIMALITY(grid.cost)]) {
      const capped = await plan({ ...problem, budget });
      expect(capped.feasible).toBe(true);
      expect(capped.cost).toBeLessThanOrEqual(budget + 1e-9);
      expect(capped.confidence).toBeGreaterThanOrEqual(problem.confidence!);
    }
  });
});
