import { describe, expect, it } from 'vitest';
import { getCatalogue, getPreset } from '../../shared/catalogue';
import { applyLever } from '../../shared/domain/apply-lever';
import { INPUT_RANGES } from '../../shared/domain/inputs';
import type { Scenario } from '../../shared/domain/scenario';
import { goalSeek, prepareScenario, runMonteCarlo, runScenario } from '../../shared/engine';
import type { CentralRunner, DrawRunner, OptimizeProblem, PlanResult } from '../../shared/optimize';
import { describeOptimizeError, findPlan, localDrawRunner, parseTarget } from '../../shared/optimize';
import { holdEveryUncertainty } from './held-world';

const catalogue = getCatalogue('default-2025')!;
const runner = localDrawRunner(catalogue);
const target = (text: string) => {
  const parsed = parseTarget(text);
  if (!parsed.ok) throw new Error(parsed.error.reason);
  return parsed.value;
};

async function plan(
  problem: OptimizeProblem,
  drawRunner: DrawRunner = runner,
  maxRefinements = 12,
  centralRunner?: CentralRunner,
) {
  const result = await findPlan(problem, catalogue, drawRunner, {
    maxRefinements,
    ...(centralRunner ? { centralRunner } : {}),
  });
  if (!result.ok) throw new Error(describeOptimizeError(result.error));
  return result.value;
}

const level = (result: PlanResult, sector: string, lever: string) =>
  result.package.find((entry) => entry.sector === sector && entry.lever === lever)!.level;

/** IC's capability in 2035 on the central run of a scenario (R&D levers act on C more than on S). */
function icC2035(scenario: Scenario): number {
  const run = runScenario(scenario, catalogue);
  if (!run.ok) throw new Error(run.error.kind);
  return run.value.C[run.value.sectorIds.indexOf('IC') * run.value.years.length + 10]!;
}

const withLever = (
  scenario: Scenario,
  lever: 'basicResearch' | 'clusters' | 'universityLinks',
  value: number,
) => applyLever(scenario, catalogue, { lever, sectors: ['IC'], fromYear: 2026 }, value);

describe('the plan finder on cases with a known answer', () => {
  const held = holdEveryUncertainty(getPreset('baseline')!, catalogue);

  it('with one monotone lever and no uncertainty left, finds goal seek’s answer within its grid', async () => {
    const goal = 0.5 * (icC2035(held) + icC2035(withLever(held, 'basicResearch', 3)));
    const seek = goalSeek(held, catalogue, {
      lever: 'basicResearch',
      sectors: ['IC'],
      fromYear: 2026,
      target: { sector: 'IC', variable: 'C', value: goal, byYear: 2035 },
    });
    if (!seek.ok || seek.value.kind !== 'reached') throw new Error('goal seek should reach the target');
    const result = await plan({
      scenario: held,
      targets: [target(`IC:C>=${goal}@2035`)],
      levers: ['basicResearch'],
      sectors: ['IC'],
      draws: 20,
    });
    expect(result.feasible).toBe(true);
    expect(result.confidence).toBe(1);
    const { min, max } = INPUT_RANGES.basicResearch;
    expect(level(result, 'IC', 'basicResearch')).toBeGreaterThanOrEqual(seek.value.value - 1e-4);
    expect(level(result, 'IC', 'basicResearch') - seek.value.value).toBeLessThanOrEqual((max - min) / 64);
  });

  it('of two levers that both help, chooses the one made cheap', async () => {
    const most = Math.min(
      icC2035(withLever(held, 'clusters', 1)),
      icC2035(withLever(held, 'universityLinks', 1)),
    );
    const goal = 0.5 * (icC2035(held) + most);
    for (const [cheap, dear] of [
      ['clusters', 'universityLinks'],
      ['universityLinks', 'clusters'],
    ] as const) {
      const costs = cheap === 'clusters' ? { cK: 0.01, cU: 1 } : { cK: 1, cU: 0.01 };
      const world = { ...held, parameters: { ...held.parameters, ...costs } };
      const result = await plan({
        scenario: world,
        targets: [target(`IC:C>=${goal}@2035`)],
        levers: ['universityLinks', 'clusters'],
        sectors: ['IC'],
        draws: 20,
      });
      expect(result.feasible).toBe(true);
      // Each lever costs nothing up to its base-year level (0.5): only the cheap one goes beyond.
      expect(level(result, 'IC', cheap)).toBeGreaterThan(0.5);
      expect(level(result, 'IC', dear)).toBeLessThanOrEqual(0.5);
    }
  });
});

describe('the plan finder under uncertainty', () => {
  const world = getPreset('push-under-escalation')!;
  const problem: OptimizeProblem = {
    scenario: world,
    targets: [target('IC:S>=0.5@2035')],
    confidence: 0.75,
    levers: ['basicResearch', 'rdTaxCut', 'procurement'],
    sectors: ['IC', 'SME'],
    draws: 40,
  };
  /** The problem on the local runner, searched once for the tests that read its answer. */
  let answer: Promise<PlanResult> | undefined;
  const onLocalRunner = () => (answer ??= plan(problem));

  it('is deterministic for a seed, however the draws and the central runs are split between threads', async () => {
    const split: DrawRunner = async (scenario, range) => {
      const middle = Math.floor((range.from + range.to) / 2);
      const parts = await Promise.all([
        runner(scenario, { ...range, to: middle }),
        runner(scenario, { ...range, from: middle }),
      ]);
      if (!parts[0].ok) return parts[0];
      if (!parts[1].ok) return parts[1];
      return { ok: true, value: [...parts[0].value, ...parts[1].value] };
    };
    // Central runs handed elsewhere come back later, last share first: the answer must not notice.
    let handedOver = 0;
    const elsewhere: CentralRunner = async (scenarios, stepsPerYear) => {
      handedOver += scenarios.length;
      const run = (scenario: Scenario) =>
        runScenario(scenario, catalogue, { stepsPerYear, recordOpenIds: false });
      const middle = Math.floor(scenarios.length / 2);
      const later = await Promise.resolve(scenarios.slice(middle).map(run));
      return [...scenarios.slice(0, middle).map(run), ...later];
    };
    const first = await onLocalRunner();
    const second = await plan(problem, split);
    expect(second).toEqual(first);
    expect(await plan(problem, split, 12, elsewhere)).toEqual(first);
    expect(handedOver).toBeGreaterThan(0);
    expect(first.feasible).toBe(true);
    expect(first.confidence).toBeGreaterThanOrEqual(0.75);
  });

  it('reports the confidence that a Monte Carlo run of the saved plan measures on the same draws', async () => {
    const result = await onLocalRunner();
    const prepared = prepareScenario(result.scenario, catalogue);
    if (!prepared.ok) throw new Error('plan does not prepare');
    const mc = runMonteCarlo(prepared.value, { draws: 40, seed: world.seed, targets: [0.5] });
    if (!mc.ok) throw new Error('plan does not run');
    expect(mc.value.targetProbability.IC!['0.5']![10]).toBe(result.confidence);
    // Nothing measured was both cheaper and confident enough.
    expect(result.frontier.some((point) => point.cost < result.cost - 1e-9 && point.confidence >= 0.75)).toBe(
      false,
    );
  });

  it('says when the targets are out of reach, with the best confidence, its cost and the binding bounds', async () => {
    const result = await plan({
      ...problem,
      targets: [target('IC:S>=0.9@2030')],
      levers: ['procurement'],
      sectors: ['IC'],
    });
    expect(result.feasible).toBe(false);
    expect(result.limitedBy).toBe('bounds');
    expect(result.confidence).toBeLessThan(0.75);
    expect(Number.isFinite(result.cost)).toBe(true);
  });

  it('stops on a cancelled search and never hangs on candidates whose draws are unstable', async () => {
    const controller = new AbortController();
    const cancelled = await findPlan(problem, catalogue, runner, {
      signal: controller.signal,
      onProgress: () => controller.abort(),
    });
    expect(cancelled).toEqual({ ok: false, error: { kind: 'cancelled' } });

    // A runner refusing every package with a high tax cut, as the engine refuses an unstable draw.
    const refusing: DrawRunner = async (scenario, range) => {
      const tax = scenario.sectors.IC?.levers?.rdTaxCut;
      const high = Array.isArray(tax) && tax.some((point) => point.value > 0.2);
      return high
        ? {
            ok: false,
            error: {
              kind: 'unstable',
              condition: 'dt·(p + q) ≤ 1',
              sector: 'IC',
              dt: 1 / 384,
              draw: range.from,
            },
          }
        : runner(scenario, range);
    };
    const result = await plan(problem, refusing);
    expect(level(result, 'IC', 'rdTaxCut')).toBeLessThanOrEqual(0.2);
  });
});

describe('bad problems are refused with a message naming what is wrong', () => {
  const world = getPreset('push-under-escalation')!;
  const base: OptimizeProblem = { scenario: world, targets: [target('IC:S>=0.5@2035')], draws: 20 };
  const refusal = async (problem: OptimizeProblem) => {
    const result = await findPlan(problem, catalogue, runner);
    if (result.ok) throw new Error('expected a refusal');
    return describeOptimizeError(result.error);
  };

  it.each([
    [{ confidence: 0 }, /strictly between 0 and 1/],
    [{ confidence: 1 }, /strictly between 0 and 1/],
    [{ confidence: 0.99 }, /every draw/],
    [{ levers: [] }, /at least one lever/],
    [{ levers: ['restriction'] }, /restriction is the world/],
    [{ levers: ['basicResarch'] }, /Unknown lever "basicResarch"/],
    [{ sectors: ['XX'] }, /Unknown sector "XX" in the sectors the package may change; sectors: IC, /],
    [{ sectors: ['ICC'] }, /Unknown sector "ICC" .*\(did you mean "IC"\?\)/],
    [{ targets: [target('SME:S>=0.5@2035'), target('Lth:S>=0.5@2035')] }, /did you mean "LITH"/],
    [
      { fromYear: 2031, targets: [target('IC:S>=0.5@2030')] },
      /starts in 2031, after the year of target IC:S>=0\.5@2030/,
    ],
    [{ targets: [target('IC:S>=0.5 by 2025')] }, /from 2026 to 2040.*base year is history/],
    [{ targets: [] }, /at least one target/],
    [{ targets: [target('IC:S>=0.5@2025')] }, /from 2026 to 2040.*base year is history/],
    [{ draws: 5 }, /from 20 to 5000/],
    [{ budget: -1000 }, /below the cheapest package/],
  ])('%j', async (change, message) => {
    expect(await refusal({ ...base, ...change } as OptimizeProblem)).toMatch(message);
  });
});
