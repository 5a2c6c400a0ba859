import type { Scenario } from '../domain/scenario';
import type { FailureDrivers } from './failure-drivers';
import { planFailureDrivers } from './failure-drivers';
import type { Robustness } from './plan-result';
import type { Measured, PlanSearch } from './plan-search';

/** An answer that loses the asked confidence when this many of its passing draws fail is flagged. */
const FRAGILE_DRAWS = 2;

/** A different seed for the hold-out draws, the same for a given search seed. */
export function holdoutSeed(seed: number): number {
  return (seed ^ 0x5bd1e995) >>> 0;
}

/**
 * The answer on fresh draws (another seed, as many draws): its confidence there, how many of the search's
 * draws it hinges on, and what breaks it, found on the search's draws and checked on the fresh ones.
 */
export async function checkOnFreshDraws(
  search: PlanSearch,
  answer: Measured,
  scenario: Scenario,
  feasible: boolean,
): Promise<{ robustness: Robustness; failureDrivers: FailureDrivers | null }> {
  const { problem, need } = search;
  search.report('holdout');
  const seed = holdoutSeed(problem.seed);
  const fresh = await search.readAll(scenario, { seed });
  const dependsOn = feasible ? answer.draws.passes - need + 1 : undefined;
  const robustness = {
    seed,
    draws: problem.draws,
    confidence: search.confidenceOf(fresh),
    meets: fresh.passes >= need,
    ...(dependsOn !== undefined ? { dependsOn } : {}),
    fragile: dependsOn !== undefined && dependsOn <= FRAGILE_DRAWS,
  };
  search.report('drivers');
  const failureDrivers = planFailureDrivers(
    problem,
    scenario,
    { seed: problem.seed, meeting: answer.draws.meeting },
    { seed, meeting: fresh.meeting },
  );
  return { robustness, failureDrivers };
}
