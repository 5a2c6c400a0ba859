import type { Scenario } from '../domain/scenario';
import type { PlanResult } from './plan-result';
import type { Target } from './targets';
import { formatTarget } from './targets';

/** The extension key a saved plan records its origin under (the app keeps `x-…` keys and never reads them). */
export const PLAN_ORIGIN_KEY = 'x-plan-origin';

export interface PlanScenarioMeta {
  /** A fresh scenario id (the caller has the platform's UUID generator). */
  readonly id: string;
  /** ISO 8601 time of saving. */
  readonly now: string;
  readonly name?: string;
  readonly description?: string;
  /** The starting scenario's library revision, when it has one: recorded as the plan's parent. */
  readonly revision?: number;
}

const percent = (share: number) => `${Math.round(share * 1000) / 10} %`;

/**
 * The plan as a normal scenario: the starting scenario with the package written in, under a new id,
 * with the problem's seed (so `chokepoint run --mc N` reads the very draws the confidence was measured
 * on) and its origin recorded: the parent when the start has a library revision, and `x-plan-origin`.
 */
export function planScenario(
  result: PlanResult,
  start: Scenario,
  targets: readonly Target[],
  meta: PlanScenarioMeta,
): Scenario {
  const written = targets.map(formatTarget);
  const origin = {
    tool: 'plan-finder',
    from: { id: start.id, name: start.name },
    targets: written,
    confidence: result.problem.confidence,
    draws: result.problem.draws,
    seed: result.problem.seed,
    discountRate: result.problem.discountRate,
    fromYear: result.problem.fromYear,
    rampYears: result.problem.rampYears,
    ...(result.problem.budget !== undefined ? { budget: result.problem.budget } : {}),
    levers: [...new Set(result.package.map((entry) => entry.lever))],
    sectors: [...new Set(result.package.map((entry) => entry.sector))],
    feasible: result.feasible,
    confidenceReached: result.confidence,
    cost: Number(result.cost.toPrecision(6)),
  };
  return {
    ...result.scenario,
    id: meta.id,
    name: meta.name ?? `${start.name} — plan`,
    description:
      meta.description ??
      `${result.feasible ? 'Least-cost package' : 'Best package (the targets are not reached)'} found by the plan finder for ${written.join(', ')} in ${percent(result.problem.confidence)} of ${result.problem.draws} draws: met in ${percent(result.confidence)}, cumulative discounted fiscal cost USD ${result.cost.toFixed(1)} bn.`,
    tags: [...new Set([...start.tags, 'plan'])],
    createdAt: meta.now,
    updatedAt: meta.now,
    seed: result.problem.seed,
    ...(meta.revision !== undefined ? { parent: { id: start.id, revision: meta.revision } } : {}),
    [PLAN_ORIGIN_KEY]: origin,
  } as Scenario;
}
