import type { Candidate, Measured, PlanSearch } from './plan-search';

/** Between two readings on the draws, the pre-screen's central slack must grow by at least this. */
const SLACK_BETWEEN_READINGS = 0.01;

/** The pre-screen's walk and the packages along it read on the draws (by their index on the walk). */
export interface Walk {
  readonly path: readonly Candidate[];
  readonly readings: ReadonlyMap<number, Measured>;
}

/**
 * Step 1, the pre-screen: the cheapest package is read on the draws (the first frontier point), then,
 * unless it meets the confidence with room to spare, a deterministic walk goes up from it, each step
 * raising the lever that buys the most central-run slack per unit of cost (free levers all at once).
 * Packages along the walk are read on the draws as the slack grows, until one meets the confidence with
 * room to spare. The walk ignores the budget: it maps where the targets are met; the budget only limits
 * the answer (a walk cut short by the budget can miss a package within it that a different path reaches).
 */
export async function walkFromCheapest(search: PlanSearch, cheapestCentral: Candidate): Promise<Walk> {
  const { problem, variables, coarse } = search;
  const path: Candidate[] = [cheapestCentral];
  const readings = new Map<number, Measured>();
  const stopAt = Math.min(0.99, problem.confidence + (1 - problem.confidence) / 2);
  let lastReadSlack = -Infinity;
  // The cheapest package is read on the draws before the walk: the first frontier point then comes after
  // one central run and one reading (not after the pre-screen), and when the cheapest package already
  // meets the confidence with room to spare the walk is not needed at all.
  const cheapest = await search.measure(path[0]!);
  if (cheapest) readings.set(0, cheapest);
  search.report('prescreen');
  const walk = !cheapest || search.confidenceOf(cheapest.draws) < stopAt;
  while (walk && !search.outOfTime()) {
    await search.pause();
    search.report('prescreen');
    const here = path[path.length - 1]!;
    const moves: { index: number; candidate: Candidate }[] = [];
    const raised = variables.flatMap((variable, i) => {
      if (here.levels[i]! >= variable.max) return [];
      const levels = [...here.levels];
      levels[i] = Math.min(variable.max, levels[i]! + coarse[i]!);
      return [{ index: i, levels }];
    });
    const raisedReadings = await search.centralAll(raised.map((move) => move.levels));
    raised.forEach(({ index, levels }, k) => {
      const reading = raisedReadings[k];
      if (reading) moves.push({ index, candidate: { levels, central: reading } });
    });
    const atEnd = moves.length === 0;
    const slack = here.central.slack;
    if (atEnd || (slack >= 0 && slack >= lastReadSlack + SLACK_BETWEEN_READINGS)) {
      const index = path.length - 1;
      const measured = index === 0 ? cheapest : await search.measure(here);
      if (measured) {
        readings.set(index, measured);
        lastReadSlack = slack;
        search.report('prescreen');
        if (search.confidenceOf(measured.draws) >= stopAt) break;
      }
    }
    if (atEnd) break;
    const next = chooseMove(here, moves);
    if (!Array.isArray(next)) {
      path.push(next as Candidate);
      continue;
    }
    const together = search.central(next);
    // Free moves that clash together are taken one at a time.
    path.push(
      together && together.slack >= here.central.slack - 1e-12
        ? { levels: next, central: together }
        : moves.find((move) => move.candidate.central.cost <= here.central.cost + 1e-9)!.candidate,
    );
  }
  return { path, readings };
}

/**
 * The walk's next package: every free move that does not lower the slack, all at once (their levels, to
 * be read); otherwise the move buying the most slack per unit of cost; when none buys slack, the cheapest.
 */
function chooseMove(
  here: Candidate,
  moves: readonly { index: number; candidate: Candidate }[],
): Candidate | readonly number[] {
  const gain = (move: { candidate: Candidate }) => move.candidate.central.slack - here.central.slack;
  const price = (move: { candidate: Candidate }) => move.candidate.central.cost - here.central.cost;
  const free = moves.filter((move) => price(move) <= 1e-9 && gain(move) >= -1e-12);
  if (free.length === 1) return free[0]!.candidate;
  if (free.length > 1) {
    const levels = [...here.levels];
    for (const move of free) levels[move.index] = move.candidate.levels[move.index]!;
    return levels;
  }
  const buying = moves.filter((move) => gain(move) > 1e-12);
  return (buying.length > 0 ? buying : moves).reduce((best, move) => {
    if (buying.length === 0) return price(move) < price(best) ? move : best;
    return gain(move) / price(move) > gain(best) / price(best) ? move : best;
  }).candidate;
}

/**
 * Step 2: the first package on the walk that meets the confidence becomes the incumbent (the readings
 * are monotone along the walk in practice, as every lever the walk raises is; the bisection is exact on
 * the readings it takes).
 */
export async function firstMeetingOnWalk(search: PlanSearch, { path, readings }: Walk): Promise<void> {
  const indices = [...readings.keys()].sort((a, b) => a - b);
  const firstMeeting = indices.find((index) => search.meets(readings.get(index)!.draws));
  if (firstMeeting !== undefined) {
    let low = indices.filter((index) => index < firstMeeting).at(-1) ?? -1;
    let high = firstMeeting;
    search.incumbent = readings.get(high)!;
    while (high - low > 1 && !search.outOfTime()) {
      const middle = Math.floor((low + high) / 2);
      const measured = await search.measure(path[middle]!, search.need);
      if (measured && search.meets(measured.draws)) {
        high = middle;
        search.incumbent = measured;
      } else {
        low = middle;
      }
      search.report('frontier');
    }
  }
  search.report('frontier');
}
