import type { LeverDefaults } from '../catalogue/types';
import type { EngineError } from './engine-error';
import {
  baseCapability,
  contestableShare,
  demandBelowCutoff,
  demandUpTo,
  forcedShare,
  unmetShare,
} from './ladder';
import type { ModelParameters } from './model-parameters';
import type { RunNotice } from './notice';
import type { Result } from '../result';
import { err, ok } from '../result';

/** The base-year state and calibrated constants of every sector (model.md §4). */
export interface Calibration {
  readonly C0: Float64Array;
  readonly restriction0: Float64Array;
  readonly U0: Float64Array;
  readonly a: Float64Array;
  readonly psi: Float64Array;
  readonly R0: Float64Array;
  readonly B0: Float64Array;
  readonly K0: Float64Array;
  readonly KF0: Float64Array;
  readonly X0: Float64Array;
  readonly Sc0: Float64Array;
  readonly Sf0: Float64Array;
  readonly pi0: Float64Array;
  /**
   * Version 2's forward pricing: the attainable contested share π·Q at t0, and the experience the
   * relative cost is measured against, X0 + ζ·π·Q·V0, so that P(t0) = 1 + π_prem.
   */
  readonly attainable0: Float64Array;
  readonly Xref: Float64Array;
  readonly notices: readonly RunNotice[];
}

const logit = (p: number): number => Math.log(p / (1 - p));

/** Requirements that no smaller time step can mend (model.md §5, Stability), each on one array. */
const REQUIREMENTS: readonly {
  readonly key: string;
  readonly values: (parameters: ModelParameters) => Float64Array;
  readonly holds: (value: number) => boolean;
  readonly requirement: string;
}[] = [
  { key: 'nu', values: (p) => p.values.nu, holds: (x) => x >= 1, requirement: 'ν ≥ 1' },
  { key: 'kappaFin', values: (p) => p.values.kappaFin, holds: (x) => x < 1, requirement: 'κ_fin < 1' },
  { key: 'gV', values: (p) => p.values.gV, holds: (x) => x > 0, requirement: 'g_V > 0' },
  { key: 'lag0', values: (p) => p.data.lag0, holds: (x) => x > 0, requirement: 'lag0 > 0' },
  { key: 'kappa', values: (p) => p.data.kappa, holds: (x) => x > 0, requirement: 'κ > 0' },
  { key: 'sPsi', values: (p) => p.values.sPsi, holds: (x) => x >= 0 && x < 1, requirement: '0 ≤ s_ψ < 1' },
  { key: 'gR', values: (p) => p.values.gR, holds: (x) => x > -1, requirement: 'g_R > −1' },
  {
    key: 'pricePremium',
    values: (p) => p.values.pricePremium,
    holds: (x) => x > -1,
    requirement: 'π_prem > −1',
  },
  { key: 'learningRate', values: (p) => p.values.learningRate, holds: (x) => x < 1, requirement: 'LR < 1' },
];

/** The first broken requirement, sector by sector (allocates nothing: it runs before every draw). */
function checkRequirements(parameters: ModelParameters): EngineError | undefined {
  const { sectorIds } = parameters;
  for (let s = 0; s < sectorIds.length; s++) {
    for (const { key, values, holds, requirement } of REQUIREMENTS) {
      const value = values(parameters)[s]!;
      if (!holds(value) || !Number.isFinite(value)) {
        return { kind: 'invalid-parameter', key, sector: sectorIds[s]!, value, requirement };
      }
    }
  }
  return undefined;
}

/**
 * Calibrates the base year from catalogue data and parameters, never from the scenario's schedules:
 * the base year is history. `stepsPerYear` sets the rounding of the lags, which the knowledge stock's
 * growth path must use so that base-year inputs keep `κ_rel` exactly at `C0`.
 */
export function calibrate(
  parameters: ModelParameters,
  leverDefaults: LeverDefaults,
  stepsPerYear: number,
): Result<Calibration, EngineError> {
  const problem = checkRequirements(parameters);
  if (problem) return err(problem);
  const { values: v, data, omega, sectorIds } = parameters;
  const n = sectorIds.length;
  // One buffer for all eighteen arrays: each small typed array of its own costs a separate allocation
  // outside the heap, which showed in every Monte Carlo draw.
  const buffer = new Float64Array(18 * n);
  let used = 0;
  const make = (): Float64Array => buffer.subarray(used, (used += n));
  const cal = {
    C0: make(),
    restriction0: make(),
    U0: make(),
    a: make(),
    psi: make(),
    R0: make(),
    B0: make(),
    K0: make(),
    KF0: make(),
    X0: make(),
    Sc0: make(),
    Sf0: make(),
    pi0: make(),
    attainable0: make(),
    Xref: make(),
  };
  const notices: RunNotice[] = [];
  const F0 = make();
  const Q0 = make();
  const DC0 = make();

  // Capability, restriction and the ladder shares need only each sector's own C0 and r_a0.
  for (let s = 0; s < n; s++) {
    const C0 = baseCapability(v.gF[s]!, data.lag0[s]!);
    const ra0 = data.r0[s]! * (1 - v.leakage[s]!);
    const dC = demandUpTo(C0, data.kappa[s]!);
    const dCut = demandBelowCutoff(ra0, data.kappa[s]!);
    cal.C0[s] = C0;
    cal.restriction0[s] = ra0;
    cal.U0[s] = unmetShare(dC, dCut);
    F0[s] = forcedShare(dC, dCut);
    Q0[s] = contestableShare(dC, dCut);
    DC0[s] = dC;
  }

  for (let s = 0; s < n; s++) {
    const C0 = cal.C0[s]!;
    let upstream = 1;
    let buyersExposure = 0;
    for (let j = 0; j < n; j++) {
      upstream *= 1 - omega[s * n + j]! * cal.U0[j]!;
      buyersExposure += omega[j * n + s]! * cal.restriction0[j]!;
    }
    const own0 = Math.pow(C0, v.beta[s]!) * (1 + v.muK[s]! * leverDefaults.clusters) * upstream;
    const A0 = Math.min(1, ((1 + v.muA[s]! * leverDefaults.universityLinks) * C0) / (C0 + v.h[s]!));
    const spill0 = leverDefaults.openness * (1 - cal.restriction0[s]!) * A0;
    const sPsi = v.sPsi[s]!;
    const psi = Number.isNaN(v.psi[s]!)
      ? spill0 > 0
        ? ((sPsi / (1 - sPsi)) * own0) / spill0
        : 0
      : v.psi[s]!;
    const E0 = own0 + psi * spill0;
    const gF = v.gF[s]!;
    const trendC = -gF * C0 * data.dLagObs[s]!;
    const a = Number.isNaN(v.a[s]!) ? (trendC + gF * C0) / (E0 * Math.pow(1 - C0, v.nu[s]!)) : v.a[s]!;
    if (!(a >= 0) || !Number.isFinite(a)) {
      return err({
        kind: 'invalid-parameter',
        key: 'a',
        sector: sectorIds[s]!,
        value: a,
        requirement: 'a finite, non-negative capability productivity (check dLagObs and lag0)',
      });
    }
    cal.psi[s] = psi;
    cal.a[s] = a;

    const R0 = data.rho[s]! * data.V0[s]!;
    const B0 = v.basicShare[s]! * R0;
    const growth = 1 + v.gR[s]!;
    const lagR = Math.round(v.lagR[s]! * stepsPerYear) / stepsPerYear;
    const lagB = Math.round(v.lagB[s]! * stepsPerYear) / stepsPerYear;
    // On the growth path of the Euler scheme itself (K grows by e^(g·dt) per sub-step), so that base-year
    // inputs keep κ_rel at C0 to rounding, not only to O(dt); (e^(g·dt) − 1)/dt → g = ln(1 + g_R) as dt → 0.
    const dt = 1 / stepsPerYear;
    const pathGrowth = (Math.exp(Math.log(growth) * dt) - 1) / dt;
    const K0 =
      (R0 * Math.pow(growth, -lagR) +
        v.phi[s]! * (1 + v.muU[s]! * leverDefaults.universityLinks) * B0 * Math.pow(growth, -lagB)) /
      (v.delta[s]! + pathGrowth);
    cal.R0[s] = R0;
    cal.B0[s] = B0;
    cal.K0[s] = K0;
    cal.KF0[s] = K0 / C0;
    cal.X0[s] = (Math.max(data.S0[s]!, 0.01) * data.V0[s]!) / Math.log(1 + v.gV[s]!);

    let S0 = data.S0[s]!;
    if (S0 > DC0[s]!) {
      notices.push({ kind: 'S0-capped', sector: sectorIds[s]!, S0, cap: DC0[s]! });
      S0 = DC0[s]!;
    }
    const Sf = Math.min(F0[s]!, S0);
    const Sc = S0 - Sf;
    cal.Sf0[s] = Sf;
    cal.Sc0[s] = Sc;

    let attainable = 0.5;
    if (Q0[s]! > 0) {
      const trendSc = data.dSObs[s]! - v.pF[s]! * (F0[s]! - Sf);
      // (E10) at t0: adoption, sped up by the base-year procurement preference, plus new demand (v2).
      const adoption = (v.p[s]! + v.q[s]! * S0) * (1 + v.muM[s]! * data.m0[s]!) + v.gNew[s]!;
      const retreat = v.d[s]! + v.gNew[s]!;
      const target = trendSc >= 0 ? Sc + trendSc / adoption : Sc + trendSc / retreat;
      attainable = target / Q0[s]!;
      if (!(attainable >= 0.01 && attainable <= 0.99)) {
        notices.push({ kind: 'trend-clamped', sector: sectorIds[s]!, attainableShare: attainable });
        attainable = Math.min(0.99, Math.max(0.01, Number.isNaN(attainable) ? 0.5 : attainable));
      }
    }
    cal.attainable0[s] = attainable * Q0[s]!;
    cal.Xref[s] = cal.X0[s]! + v.zeta[s]! * cal.attainable0[s]! * data.V0[s]!;
    const exposure0 = Math.min(1, cal.restriction0[s]! + v.chi[s]! * buyersExposure);
    cal.pi0[s] =
      logit(attainable) +
      v.lambdaP[s]! * Math.log(1 + v.pricePremium[s]!) -
      v.lambdaM[s]! * data.m0[s]! -
      v.lambdaSec[s]! * exposure0;
  }
  return ok({ ...cal, notices });
}
