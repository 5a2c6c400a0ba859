import type { PriceOfConfidence, PriceStep } from './plan-result';
import { tidyLevel } from './plan-result';
import type { Measured, PlanSearch } from './plan-search';

/** Rounds of pricing: a priced step that is lexicographically better becomes the answer, priced in turn. */
const PRICE_ROUNDS = 3;

/**
 * Each lever's price of confidence: one coarse step down and up from the answer, alone, on the same
 * draws. A step that turns out lexicographically better becomes the answer (and is priced in turn).
 * Returns the answer and its prices (none when the rounds ran out before the last answer was priced).
 */
export async function priceTheAnswer(
  search: PlanSearch,
  from: Measured | undefined,
): Promise<{ answer: Measured | undefined; prices: readonly PriceOfConfidence[] }> {
  const stepsOf = new Map<Measured, PriceOfConfidence[]>();
  let answer = from;
  for (let round = 0; answer && round < PRICE_ROUNDS && !search.outOfTime(); round++) {
    search.report('price');
    stepsOf.set(answer, await priceOf(search, answer));
    const next = search.choose();
    if (!next || next === answer) break;
    answer = next;
  }
  return { answer, prices: (answer && stepsOf.get(answer)) ?? [] };
}

async function priceOf(search: PlanSearch, of: Measured): Promise<PriceOfConfidence[]> {
  const entries: PriceOfConfidence[] = [];
  for (const [i, variable] of search.variables.entries()) {
    const level = of.levels[i]!;
    if (Number.isNaN(level)) continue;
    const step = async (to: number): Promise<PriceStep | undefined> => {
      const levels = of.levels.map((value, j) => (j === i ? to : value));
      const reading = search.central(levels);
      if (!reading) return undefined;
      await search.pause();
      const measured = await search.measure({ levels, central: reading });
      return measured
        ? { level: tidyLevel(to), cost: reading.cost, confidence: search.confidenceOf(measured.draws) }
        : undefined;
    };
    const down =
      level > variable.min ? await step(Math.max(variable.min, level - search.coarse[i]!)) : undefined;
    const up =
      level < variable.max ? await step(Math.min(variable.max, level + search.coarse[i]!)) : undefined;
    entries.push({
      lever: variable.lever,
      sector: variable.sector,
      level: tidyLevel(level),
      ...(down ? { down } : {}),
      ...(up ? { up } : {}),
    });
  }
  return entries;
}
