import { describe, expect, it } from 'vitest';
import { getCatalogue, getPreset } from '../../shared/catalogue';
import type { Scenario } from '../../shared/domain/scenario';
import { collectDraws, prepareScenario } from '../../shared/engine';
import type { OptimizeProblem } from '../../shared/optimize';
import { describeOptimizeError, findPlan, localDrawRunner, parseTarget } from '../../shared/optimize';

// "@YEAR" reads the value in that year; "by YEAR" the best year after the base year up to it. Checked
// against the draws of the saved plan read directly, in the world where IC's capability falls every year.
const catalogue = getCatalogue('default-2025')!;
const runner = localDrawRunner(catalogue);
const world = getPreset('push-under-escalation')!;
const DRAWS = 40;
const target = (text: string) => {
  const parsed = parseTarget(text);
  if (!parsed.ok) throw new Error(parsed.error.reason);
  return parsed.value;
};

async function plan(problem: Partial<OptimizeProblem> & Pick<OptimizeProblem, 'targets'>) {
  const result = await findPlan(
    { scenario: world, levers: ['procurement'], sectors: ['IC'], draws: DRAWS, confidence: 0.05, ...problem },
    catalogue,
    runner,
    { maxRefinements: 4 },
  );
  if (!result.ok) throw new Error(describeOptimizeError(result.error));
  return result.value;
}

/** The plan for IC:S>=0.3@2035, searched once for the two tests that compare other plans with it. */
let floorPlan: ReturnType<typeof plan> | undefined;
const onFloor = () => (floorPlan ??= plan({ targets: [target('IC:S>=0.3@2035')] }));

/** IC's capability per draw and reported year of a scenario, read straight from the engine. */
function icCapability(scenario: Scenario): number[][] {
  const prepared = prepareScenario(scenario, catalogue);
  if (!prepared.ok) throw new Error('does not prepare');
  const samples = collectDraws(prepared.value, { seed: world.seed, from: 0, to: DRAWS, targets: [] });
  if (!samples.ok) throw new Error('does not run');
  const { sectors, years, C } = samples.value;
  const ic = catalogue.sectors.findIndex((sector) => sector.id === 'IC');
  return Array.from({ length: DRAWS }, (_, d) =>
    Array.from({ length: years }, (_, y) => C[d * sectors * years + ic * years + y]!),
  );
}

describe(
  'target timing: "@" in the year, "by" in some year after the base year',
  { timeout: 240_000 },
  () => {
    it('reads capability in 2035 for "@2035", and the best of 2026–2035 for "by 2035", never 2025', async () => {
      // A value some draws reach in 2025 only: half-way between 2025 and the best later year of the draw
      // that falls furthest.
      const gaps = icCapability(world).map((years) => ({
        base: years[0]!,
        later: Math.max(...years.slice(1, 11)),
      }));
      const widest = gaps.reduce((a, b) => (b.base - b.later > a.base - a.later ? b : a));
      const value = (widest.base + widest.later) / 2;
      const at = await plan({ targets: [{ ...target('IC:C>=0.7@2035'), value }] });
      const by = await plan({ targets: [{ ...target('IC:C>=0.7 by 2035'), value }] });
      const shareAt = icCapability(at.scenario).filter((years) => years[10]! >= value).length / DRAWS;
      const shareBy =
        icCapability(by.scenario).filter((years) => Math.max(...years.slice(1, 11)) >= value).length / DRAWS;
      const countingBaseYear =
        icCapability(by.scenario).filter((years) => Math.max(...years.slice(0, 11)) >= value).length / DRAWS;
      expect(at.confidence).toBe(shareAt);
      expect(by.confidence).toBe(shareBy);
      // The world is one where the base year alone would meet it: counting 2025 would have said more.
      expect(countingBaseYear).toBeGreaterThan(shareBy);
      expect(shareAt).toBeLessThanOrEqual(shareBy);
    });

    it('merges two floors on the same quantity and year into the higher, and keeps "@" and "by" apart', async () => {
      const one = await onFloor();
      const two = await plan({ targets: [target('IC:S>=0.2@2035'), target('IC:S>=0.3@2035')] });
      expect(two.confidence).toBe(one.confidence);
      expect(two.cost).toBe(one.cost);
      const both = await plan({ targets: [target('IC:C>=0.7@2035'), target('IC:C>=0.7 by 2035')] });
      const shareBoth = icCapability(both.scenario).filter((years) => years[10]! >= 0.7).length / DRAWS;
      expect(both.confidence).toBe(shareBoth);
    });

    it('reads lower-case sector ids as the catalogue’s', async () => {
      const lower = await plan({ targets: [target('ic:S>=0.3@2035')], sectors: ['ic'] });
      const upper = await onFloor();
      expect(lower.confidence).toBe(upper.confidence);
      expect(lower.package.map((entry) => entry.sector)).toEqual(['IC']);
    });
  },
);
