import { describe, expect, it } from 'vitest';
import { getCatalogue, getPreset } from '../../shared/catalogue';
import type { OptimizeProblem } from '../../shared/optimize';
import {
  checkProblem,
  describeOptimizeError,
  findPlan,
  holdoutSeed,
  localDrawRunner,
  parseTarget,
} from '../../shared/optimize';
import { passesNeeded, readCentral, readDraws } from '../../shared/optimize/evaluate';

// Why the package, read back: each price step re-measured on its own (one lever changed, same draws),
// the fresh-draw line re-read on the other seed, and what breaks it checked on both sets of draws.
const catalogue = getCatalogue('default-2025')!;
const runner = localDrawRunner(catalogue);
const world = getPreset('push-under-escalation')!;
const target = (text: string) => {
  const parsed = parseTarget(text);
  if (!parsed.ok) throw new Error(parsed.error.reason);
  return parsed.value;
};

describe('the answer explained', { timeout: 240_000 }, () => {
  const problem: OptimizeProblem = {
    scenario: world,
    targets: [target('IC:S>=0.5@2035')],
    levers: ['basicResearch', 'rdTaxCut'],
    sectors: ['IC'],
    confidence: 0.7,
    draws: 30,
  };

  it('prices each lever one step at a time on the same draws, and reads the answer on fresh draws', async () => {
    const found = await findPlan(problem, catalogue, runner, { maxRefinements: 12 });
    if (!found.ok) throw new Error(describeOptimizeError(found.error));
    const result = found.value;
    const checked = checkProblem(problem, catalogue);
    if (!checked.ok) throw new Error('the problem should check');
    const levels = result.package.map((entry) => entry.level);
    expect(result.feasible).toBe(true);
    expect(result.priceOfConfidence.map((entry) => entry.lever)).toEqual(['basicResearch', 'rdTaxCut']);
    for (const [i, entry] of result.priceOfConfidence.entries()) {
      for (const step of [entry.down, entry.up]) {
        if (!step) continue;
        const moved = levels.map((value, j) => (j === i ? step.level : value));
        const central = readCentral(checked.value, moved);
        if (!central.ok) throw new Error('the step should run');
        const draws = await readDraws(checked.value, central.value.scenario, runner);
        if (!draws.ok) throw new Error('the step should draw');
        expect(step.cost).toBeCloseTo(central.value.cost, 9);
        expect(step.confidence).toBe(draws.value.passes / 30);
      }
    }
    // The fresh draws: another seed, as many draws, the answer's confidence there.
    const robustness = result.robustness!;
    expect(robustness.seed).toBe(holdoutSeed(world.seed));
    expect(robustness.seed).not.toBe(world.seed);
    const fresh = await readDraws(checked.value, result.scenario, runner, { seed: robustness.seed });
    if (!fresh.ok) throw new Error('the fresh draws should run');
    expect(robustness.confidence).toBe(fresh.value.passes / 30);
    const passes = Math.round(result.confidence * 30);
    expect(robustness.dependsOn).toBe(passes - passesNeeded(checked.value) + 1);
    expect(robustness.fragile).toBe(robustness.dependsOn! <= 2);
    // What breaks it was checked on the same fresh draws; only values separating on both are shown.
    const box = result.failureDrivers;
    if (box) {
      expect(box.holdout.seed).toBe(robustness.seed);
      expect(box.holdout.draws).toBe(30);
      expect(box.holdout.failures).toBe(30 - fresh.value.passes);
      for (const entry of box.ranking) {
        expect(entry.z).toBeGreaterThanOrEqual(2.5);
        expect(entry.holdoutZ).toBeGreaterThanOrEqual(2.5);
      }
    }
  });

  it('stops at the time limit with the best package found so far', async () => {
    let asked = 0;
    const found = await findPlan(problem, catalogue, runner, { timeUp: () => ++asked > 3 });
    if (!found.ok) throw new Error(describeOptimizeError(found.error));
    expect(found.value.stopped).toBe('time');
    expect(found.value.package).toHaveLength(2);
    expect(found.value.robustness).toBeNull();
    // What it answers is a package it read: a point of its frontier or below it.
    expect(found.value.frontier.some((point) => point.cost <= found.value.cost + 1e-9)).toBe(true);
  });
});
