/**
 * Exact Shapley values of `players` players from the value of every coalition, given as vectors
 * (`value(mask)` for each bit mask). Linear in the values, so one pass attributes whole trajectories.
 * The contributions sum exactly (up to rounding) to value(all) − value(none).
 */
export function shapleyValues(players: number, value: (mask: number) => Float64Array): Float64Array[] {
  const coalitions = 1 << players;
  const factorial = [1];
  for (let i = 1; i <= players; i++) factorial.push(factorial[i - 1]! * i);
  const values: Float64Array[] = [];
  for (let mask = 0; mask < coalitions; mask++) values.push(value(mask));
  const width = values[0]!.length;
  const out: Float64Array[] = [];
  for (let player = 0; player < players; player++) {
    const bit = 1 << player;
    const phi = new Float64Array(width);
    for (let mask = 0; mask < coalitions; mask++) {
      if (mask & bit) continue;
      const size = popCount(mask);
      const weight = (factorial[size]! * factorial[players - size - 1]!) / factorial[players]!;
      const withPlayer = values[mask | bit]!;
      const without = values[mask]!;
      for (let i = 0; i < width; i++) phi[i]! += weight * (withPlayer[i]! - without[i]!);
    }
    out.push(phi);
  }
  return out;
}

function popCount(mask: number): number {
  let count = 0;
  for (let m = mask; m; m &= m - 1) count++;
  return count;
}
