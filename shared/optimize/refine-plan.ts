import type { Candidate, PlanSearch } from './plan-search';
import { COARSE_STEPS, FINE_STEPS } from './plan-search';
import { seededRandom, shuffled } from './seeded-random';

const TRADE_PARTNERS = 4;
const TRADE_STEPS = 4;

/**
 * Step 3, the refinement: a seeded pattern search from the incumbent lowers levers one at a time, or
 * trades one lever for a little more of another, keeping a move only when it is cheaper and still meets
 * the confidence on the same draws; the step halves from 1/16 of each range down to 1/FINE_STEPS. At most
 * `allowance` candidates are read on the draws.
 */
export async function refinePlan(search: PlanSearch, allowance: number): Promise<void> {
  const { problem, variables } = search;
  const random = seededRandom(problem.seed);
  let left = allowance;
  for (let steps = COARSE_STEPS * 2; steps <= FINE_STEPS && left > 0; steps *= 2) {
    let improved = true;
    while (improved && left > 0 && search.incumbent && !search.outOfTime()) {
      improved = false;
      for (const i of shuffled(
        variables.map((_, index) => index),
        random,
      )) {
        await search.pause();
        if (search.outOfTime()) break;
        const current = search.incumbent;
        const variable = variables[i]!;
        if (current.levels[i]! <= variable.min) continue;
        const down = [...current.levels];
        down[i] = Math.max(variable.min, down[i]! - (variable.max - variable.min) / steps);
        const lowered = search.central(down);
        if (!lowered || lowered.cost >= current.central.cost - 1e-9) continue;
        const candidates: Candidate[] = [{ levels: down, central: lowered }];
        const partners = shuffled(
          variables.map((_, index) => index).filter((j) => j !== i && current.levels[j]! < variables[j]!.max),
          random,
        ).slice(0, TRADE_PARTNERS);
        for (const j of partners) {
          const trade = [...down];
          for (let k = 0; k < TRADE_STEPS && trade[j]! < variables[j]!.max; k++) {
            trade[j] = Math.min(
              variables[j]!.max,
              trade[j]! + (variables[j]!.max - variables[j]!.min) / steps,
            );
            const reading = search.central(trade);
            if (!reading || reading.cost >= current.central.cost - 1e-9) break;
            if (reading.slack >= current.central.slack) {
              candidates.push({ levels: [...trade], central: reading });
              break;
            }
          }
        }
        candidates.sort((a, b) => a.central.cost - b.central.cost);
        for (const candidate of candidates.slice(0, 2)) {
          left--;
          const measured = await search.measure(candidate, search.need);
          if (measured && search.meets(measured.draws)) {
            search.incumbent = measured;
            improved = true;
            search.report('refine');
            break;
          }
          if (left <= 0) break;
        }
        if (improved || left <= 0) break;
      }
    }
  }
}
