import type { Measured, PlanSearch } from './plan-search';
import { bestReading, COARSE_STEPS, FINE_STEPS } from './plan-search';

/** Budget mode tries trades between every two levers only for problems up to this many variables. */
const MAX_TRADE_VARIABLES = 6;

/**
 * Budget mode, when nothing found meets the confidence within the budget: climbs from the most confident
 * package within it, raising a lever (or trading one for another) while the cost stays within the budget,
 * toward the draws still missing, until a package meets the confidence. At most `allowance` candidates
 * are read on the draws.
 */
export async function climbWithinBudget(
  search: PlanSearch,
  ceiling: number,
  allowance: number,
): Promise<void> {
  const { variables } = search;
  let from = bestReading(search.complete.filter((entry) => search.withinBudget(entry.central.cost)));
  let left = allowance;
  const trades = variables.length <= MAX_TRADE_VARIABLES;
  for (let steps = COARSE_STEPS; from && steps <= FINE_STEPS && left > 0 && !search.choose(); steps *= 2) {
    for (let improved = true; improved && left > 0 && !search.choose() && !search.outOfTime();) {
      improved = false;
      const here: Measured = from!;
      const step = (i: number) => (variables[i]!.max - variables[i]!.min) / steps;
      const moves: number[][] = [];
      for (const [j, variable] of variables.entries()) {
        if (here.levels[j]! >= variable.max) continue;
        const up = (levels: number[]) => {
          levels[j] = Math.min(variable.max, levels[j]! + step(j));
          return levels;
        };
        moves.push(up([...here.levels]));
        if (!trades) continue;
        for (const [i, lowered] of variables.entries())
          if (i !== j && here.levels[i]! > lowered.min) {
            const levels = up([...here.levels]);
            levels[i] = Math.max(lowered.min, levels[i]! - step(i));
            moves.push(levels);
          }
      }
      const movesRead = await search.centralAll(moves);
      let best: Measured = here;
      for (const [k, levels] of moves.entries()) {
        const reading = movesRead[k];
        if (!reading || reading.cost > ceiling + 1e-9 || left <= 0) continue;
        left--;
        await search.pause();
        const measured = await search.measure({ levels, central: reading }, best.draws.passes + 1);
        if (measured?.draws.complete && measured.draws.passes > best.draws.passes) best = measured;
      }
      if (best !== here) {
        from = best;
        improved = true;
        search.report('refine');
      }
    }
  }
}
