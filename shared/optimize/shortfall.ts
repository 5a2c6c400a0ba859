import type { Target } from './targets';
import { formatTarget, meetsTarget } from './targets';

/** How far one target is out of reach for the best package found. */
export interface TargetShortfall {
  /** The target as written (`IC:S>=0.99@2027`). */
  readonly target: string;
  readonly value: number;
  /** The value met in the asked share of draws (a floor's lower quantile, a ceiling's upper one). */
  readonly reached: number;
  /** The share of draws meeting this target on its own. */
  readonly confidence: number;
}

/**
 * Per target, from the values its draws were judged on: the best value reached at the asked confidence
 * (`need` of the draws meet it) and the confidence reached at the target's value.
 */
export function targetShortfall(target: Target, values: ArrayLike<number>, need: number): TargetShortfall {
  const sorted = Array.from(values).sort((a, b) => a - b);
  const n = sorted.length;
  const ceiling = target.quantity.kind === 'chokepoints';
  // Floors: `need` draws are at least the need-th largest value; ceilings: at most the need-th smallest.
  const reached = ceiling ? sorted[need - 1]! : sorted[n - need]!;
  let met = 0;
  for (const value of sorted) if (meetsTarget(target, value)) met++;
  return { target: formatTarget(target), value: target.value, reached, confidence: met / n };
}
