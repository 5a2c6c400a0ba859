/**
 * The technology ladder (model.md §1, E1–E3). Demand over quality tiers x ∈ [0,1] is
 * D(x) = 1 − (1 − x)^κ; domestic supply serves tiers ≤ C, a restriction r_b denies tiers above 1 − r_b.
 * Since D rises with x, the shares follow from D(C) and D(x_r) alone.
 */

/** Base-year capability C0 = exp(−g_F·lag0) (model.md §4). */
export function baseCapability(gF: number, lag0: number): number {
  return Math.exp(-gF * lag0);
}

/** D(x) = 1 − (1 − x)^κ, written with exp/log because Math.pow is slow for general exponents. */
export function demandUpTo(x: number, kappa: number): number {
  const rest = 1 - x;
  return rest <= 0 ? 1 : 1 - Math.exp(kappa * Math.log(rest));
}

/** D at the restriction cut-off x_r = 1 − r_b, i.e. 1 − r_b^κ. */
export function demandBelowCutoff(restrictionBiting: number, kappa: number): number {
  return restrictionBiting <= 0 ? 1 : 1 - Math.exp(kappa * Math.log(restrictionBiting));
}

/** (E1) unmet share U = 1 − D(max(C, x_r)). */
export function unmetShare(demandC: number, demandCutoff: number): number {
  return 1 - Math.max(demandC, demandCutoff);
}

/** (E2) forced domestic share F = max(0, D(C) − D(x_r)). */
export function forcedShare(demandC: number, demandCutoff: number): number {
  return Math.max(0, demandC - demandCutoff);
}

/** (E3) contestable share Q = D(min(C, x_r)). */
export function contestableShare(demandC: number, demandCutoff: number): number {
  return Math.min(demandC, demandCutoff);
}
