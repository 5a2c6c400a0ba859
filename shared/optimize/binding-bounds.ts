import type { BindingBound } from './plan-result';
import type { Measured, PlanSearch } from './plan-search';

/**
 * For a package that does not meet the confidence: the levers at the top of their range that bind, most
 * binding first. A bound binds when the lever, one coarse step lower, meets the targets in fewer draws.
 * One that does not bind is left lowered when that is cheaper (within the budget): the best package is
 * then cheaper, and is returned.
 */
export async function bindingBounds(
  search: PlanSearch,
  best: Measured,
): Promise<{ best: Measured; bounds: BindingBound[] }> {
  const { problem, variables, coarse } = search;
  let final = best;
  const bounds: BindingBound[] = [];
  for (const [i, variable] of variables.entries()) {
    // (Written as a negation: a lever left alone, NaN, is not at its top.)
    if (!(final.levels[i]! >= variable.max)) continue;
    const lower = [...final.levels];
    lower[i] = variable.max - coarse[i]!;
    const reading = search.central(lower);
    const measured = reading ? await search.measure({ levels: lower, central: reading }) : undefined;
    if (!measured) continue;
    const effect = (final.draws.passes - measured.draws.passes) / problem.draws;
    if (effect > 0)
      bounds.push({ lever: variable.lever, sector: variable.sector, level: variable.max, effect });
    else if (measured.central.cost < final.central.cost && search.withinBudget(measured.central.cost))
      final = measured;
  }
  bounds.sort((a, b) => b.effect - a.effect);
  return { best: final, bounds };
}
