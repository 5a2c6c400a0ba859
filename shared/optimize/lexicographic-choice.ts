/** The least-cost tolerance of the answer: a relative share of the least cost, and an absolute floor. */
export const COST_TOLERANCE = 0.005;
export const MIN_COST_TOLERANCE = 0.05;

/** How far above the least cost a package still counts as least-cost (USD bn). */
export function costTolerance(leastCost: number): number {
  return Math.max(COST_TOLERANCE * Math.abs(leastCost), MIN_COST_TOLERANCE);
}

/** A package measured on every draw, as the choice reads it. */
export interface Choosable {
  readonly cost: number;
  readonly passes: number;
  /** Levers left at the start's schedule (more is better, all else equal: the plan changes less). */
  readonly leftAlone: number;
}

// Costs within this of each other are the same cost (summing a few hundred yearly terms leaves noise).
const SAME_COST = 1e-9;

/**
 * The answer among packages that meet the confidence within the budget: those whose cost is within
 * the tolerance of the least such cost, and of them the one met in the most draws; then the cheaper,
 * then the one changing fewer levers. So no measured package is both at most as costly and at least as
 * confident, better in one (the answer sits on the frontier), and the confidence bought for a rounding
 * of the cost is not left on the table.
 */
export function chooseAnswer<T extends Choosable>(feasible: readonly T[]): T | undefined {
  if (feasible.length === 0) return undefined;
  const least = Math.min(...feasible.map((entry) => entry.cost));
  const window = least + costTolerance(least);
  let best: T | undefined;
  for (const entry of feasible) {
    if (entry.cost > window) continue;
    if (
      !best ||
      entry.passes > best.passes ||
      (entry.passes === best.passes &&
        (entry.cost < best.cost - SAME_COST ||
          (Math.abs(entry.cost - best.cost) <= SAME_COST && entry.leftAlone > best.leftAlone)))
    )
      best = entry;
  }
  return best;
}
