import { costTolerance } from './lexicographic-choice';
import type { Measured, PlanSearch } from './plan-search';

/** Rounds of raising a lever within the cost tolerance while that buys confidence. */
const CLIMB_ROUNDS = 4;

/**
 * Step 4, the answer: among packages within the cost tolerance of the least cost, the most confident.
 * From the lexicographic choice so far, raises one coarse step at a time the lever that buys the most
 * draws within the tolerance, then leaves at the start's schedule every lever that changes neither cost
 * nor confidence. Undefined when nothing measured meets the confidence within the budget.
 */
export async function mostConfidentAnswer(search: PlanSearch): Promise<Measured | undefined> {
  let answer = search.choose();
  if (!answer || search.outOfTime()) return answer;
  search.report('polish');
  for (let round = 0; round < CLIMB_ROUNDS && !search.outOfTime(); round++) {
    const better = await raisedWithinTolerance(search, answer);
    if (!better) break;
    answer = search.choose() ?? better;
  }
  answer = await withUnneededLeversLeftAlone(search, answer);
  return search.choose() ?? answer;
}

/** Of the answer raised one coarse step in one lever, within the tolerance, the one met in most draws. */
async function raisedWithinTolerance(search: PlanSearch, from: Measured): Promise<Measured | undefined> {
  const { problem, variables, coarse } = search;
  const least = Math.min(...search.feasible().map((e) => e.central.cost));
  const ceiling = Math.min(least + costTolerance(least), problem.budget ?? Infinity);
  let better: Measured | undefined;
  const raised = variables.flatMap((variable, i) =>
    from.levels[i]! < variable.max
      ? [from.levels.map((level, j) => (j === i ? Math.min(variable.max, level + coarse[i]!) : level))]
      : [],
  );
  const raisedReadings = await search.centralAll(raised);
  for (const [k, levels] of raised.entries()) {
    const reading = raisedReadings[k];
    if (!reading || reading.cost > ceiling) continue;
    await search.pause();
    const measured = await search.measure({ levels, central: reading }, (better ?? from).draws.passes + 1);
    if (measured?.draws.complete && measured.draws.passes > (better ?? from).draws.passes) better = measured;
  }
  return better;
}

/** Each lever in turn back at the start's schedule (NaN), kept when neither cost nor confidence gets worse. */
async function withUnneededLeversLeftAlone(search: PlanSearch, from: Measured): Promise<Measured> {
  let answer = from;
  for (const [i] of search.variables.entries()) {
    if (search.outOfTime()) break;
    const current: Measured = answer;
    if (Number.isNaN(current.levels[i]!)) continue;
    const levels = current.levels.map((level, j) => (j === i ? Number.NaN : level));
    const reading = search.central(levels);
    if (!reading || reading.cost > current.central.cost + 1e-9) continue;
    const measured = await search.measure({ levels, central: reading }, current.draws.passes);
    if (measured?.draws.complete && measured.draws.passes >= current.draws.passes) answer = measured;
  }
  return answer;
}
