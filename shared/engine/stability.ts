import type { ModelParameters } from './model-parameters';

/** A stability condition of model.md §5 that a run broke, and where. */
export interface Instability {
  readonly condition: string;
  readonly sector: number;
}

/**
 * The conditions that depend only on parameters and the step: each explicit Euler update must
 * keep its share in [0,1] and stay monotone in its own state.
 */
export function checkStaticStability(parameters: ModelParameters, dt: number): Instability | undefined {
  const v = parameters.values;
  for (let s = 0; s < parameters.sectorIds.length; s++) {
    // m ≤ 1, so (p + q·S)·(1 + μ_m·m) + g_N never exceeds (p + q)·(1 + μ_m) + g_N.
    if (dt * ((v.p[s]! + v.q[s]!) * (1 + v.muM[s]!) + v.gNew[s]!) > 1)
      return { condition: ADOPTION_CONDITION, sector: s };
    if (dt * v.pF[s]! > 1) return { condition: 'dt·p_F ≤ 1', sector: s };
    if (dt * (v.d[s]! + v.gNew[s]!) > 1) return { condition: RETREAT_CONDITION, sector: s };
    if (dt * v.lambda[s]! > 1) return { condition: 'dt·λ ≤ 1', sector: s };
    if (dt * v.delta[s]! > 1) return { condition: 'dt·δ ≤ 1', sector: s };
    if (dt > v.tStock[s]!) return { condition: 'dt ≤ T_stock', sector: s };
    if (dt > v.tCat[s]!) return { condition: 'dt ≤ T_cat', sector: s };
    if (dt > v.tK[s]!) return { condition: 'dt ≤ T_k', sector: s };
  }
  return undefined;
}

/** The adoption and retreat conditions of (E10); with version 2's terms at 0, dt·(p + q) ≤ 1 and dt·d ≤ 1. */
export const ADOPTION_CONDITION = 'dt·((p + q)·(1 + μ_m) + g_N) ≤ 1';
export const RETREAT_CONDITION = 'dt·(d + g_N) ≤ 1';

/** The capability condition, checked every sub-step inside the time loop. */
export const CAPABILITY_CONDITION = 'dt·(a·E·ν·(1 − C)^(ν−1) + g_F) ≤ 1';
