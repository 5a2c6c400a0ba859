import type { LeverDefaults } from '../catalogue/types';
import type { InputId } from '../domain/inputs';
import type { Calibration } from './calibrate';
import type { ModelParameters } from './model-parameters';
import type { RunConstants } from './run-constants';

/*
 * The flat table a run works on. Every per-sector value the time loop reads or writes (parameters,
 * calibration, run constants, state) lives in one record of SECTOR_FIELDS numbers, `sectors[s *
 * SECTOR_FIELDS + S_…]`, and every per-sector, per-year value in one record of YEAR_FIELDS numbers,
 * `years[(s * inYears + y) * YEAR_FIELDS + Y_…]`. Two arrays instead of some seventy keep the loop's
 * working set in registers (V8 re-loads and bounds-checks each typed array it cannot keep there); it
 * measured about twice as fast as separate arrays.
 */

// Parameters (model.md §3), then calibration (§4), then the run constants (run-constants.ts).
export const S_M = 0;
export const S_BETA = 1;
export const S_CK = 2;
export const S_CU = 3;
export const S_CHI = 4;
export const S_D = 5;
export const S_DELTA = 6;
export const S_GF = 7;
export const S_H = 8;
export const S_KAPPA_CAT = 9;
export const S_KAPPA_FIN = 10;
export const S_LAMBDA_P = 11;
export const S_LAMBDA_SEC = 12;
export const S_MU_A = 13;
export const S_MU_K = 14;
export const S_MU_U = 15;
export const S_NU = 16;
export const S_P = 17;
export const S_PF = 18;
export const S_PHI = 19;
export const S_Q = 20;
export const S_RELABEL = 21;
export const S_G_NEW = 22;
export const S_ZETA = 23;
export const S_KAPPA = 24;
export const S_B0 = 25;
export const S_KF0 = 26;
export const S_R0 = 27;
export const S_A_CAL = 28;
export const S_PSI = 29;
export const S_XREF = 30;
export const S_GV_LOG = 31;
export const S_BL = 32;
export const S_LAG_R_STEPS = 33;
export const S_LAG_B_STEPS = 34;
export const S_CAT_NORM = 35;
export const S_FIN_NORM = 36;
export const S_LN_PREMIUM = 37;
export const S_GROWTH_STEP = 38;
export const S_DEMAND_STEP = 39;
export const S_LAG_R_BACK = 40;
export const S_LAG_B_BACK = 41;
export const S_STOCK_STEP = 42;
export const S_PERCEPTION_STEP = 43;
export const S_TAX_STEP = 44;
export const S_CLUSTER_STEP = 45;
export const S_RB = 46;
export const S_RBAR = 47;
export const S_THETA = 48;
export const S_K = 49;
export const S_KT = 50;
export const S_C = 51;
export const S_X = 52;
export const S_SC = 53;
export const S_SF = 54;
export const S_COMMITTED = 55;
export const S_G = 56;
export const S_V = 57;
export const S_DC = 58;
export const S_DCUT = 59;
export const S_U = 60;
export const S_GAP_NU = 61;
export const S_GAP_KAPPA = 62;
export const S_LAST_C = 63;
export const S_KREL_POW = 64;
export const S_LAST_KREL = 65;
export const S_LAST_RB = 66;
export const S_EXPOSURE = 67;
export const S_UPSTREAM = 68;
export const S_BUYERS_EXPOSURE = 69;
export const S_ABSORB = 70;
export const S_COST = 71;
export const S_LAST_EXPERIENCE = 72;
export const S_LN_EXPERIENCE = 73;
export const S_LAST_LN_P = 74;
export const S_LAST_P = 75;
export const S_LAST_LOGIT = 76;
export const S_EXP_LOGIT = 77;
export const SECTOR_FIELDS = 78;

/** Per sector and year: the resolved inputs, then the yearly factors of run-constants.ts. */
export const Y_B = 0;
export const Y_TAU = 1;
export const Y_U_LINKS = 2;
export const Y_K_CLUSTERS = 3;
export const Y_O = 4;
export const Y_RESTRICTED = 5;
export const Y_CROWD_IN = 6;
export const Y_THETA_TARGET = 7;
export const Y_CHOICE_BASE = 8;
export const Y_ADOPTION_BOOST = 9;
export const YEAR_FIELDS = 10;

/** The tables of one run; `reuse` (a thread's tables of the last run) is refilled when its size fits. */
export interface RunTable {
  readonly sectors: Float64Array;
  readonly years: Float64Array;
}

function sized(reuse: Float64Array | undefined, length: number): Float64Array {
  return reuse && reuse.length === length ? reuse : new Float64Array(length);
}

/** Packs a run's parameters, calibration, constants and inputs, and the state at t0, into its tables. */
export function fillRunTable(
  parameters: ModelParameters,
  cal: Calibration,
  constants: RunConstants,
  input: Readonly<Record<InputId, Float64Array>>,
  inYears: number,
  leverDefaults: LeverDefaults,
  reuse?: RunTable,
): RunTable {
  const n = parameters.sectorIds.length;
  const sectors = sized(reuse?.sectors, n * SECTOR_FIELDS);
  const years = sized(reuse?.years, n * inYears * YEAR_FIELDS);
  const v = parameters.values;
  const c = constants;
  for (let s = 0; s < n; s++) {
    const r = s * SECTOR_FIELDS;
    sectors[r + S_M] = v.M[s]!;
    sectors[r + S_BETA] = v.beta[s]!;
    sectors[r + S_CK] = v.cK[s]!;
    sectors[r + S_CU] = v.cU[s]!;
    sectors[r + S_CHI] = v.chi[s]!;
    sectors[r + S_D] = v.d[s]!;
    sectors[r + S_DELTA] = v.delta[s]!;
    sectors[r + S_GF] = v.gF[s]!;
    sectors[r + S_H] = v.h[s]!;
    sectors[r + S_KAPPA_CAT] = v.kappaCat[s]!;
    sectors[r + S_KAPPA_FIN] = v.kappaFin[s]!;
    sectors[r + S_LAMBDA_P] = v.lambdaP[s]!;
    sectors[r + S_LAMBDA_SEC] = v.lambdaSec[s]!;
    sectors[r + S_MU_A] = v.muA[s]!;
    sectors[r + S_MU_K] = v.muK[s]!;
    sectors[r + S_MU_U] = v.muU[s]!;
    sectors[r + S_NU] = v.nu[s]!;
    sectors[r + S_P] = v.p[s]!;
    sectors[r + S_PF] = v.pF[s]!;
    sectors[r + S_PHI] = v.phi[s]!;
    sectors[r + S_Q] = v.q[s]!;
    sectors[r + S_RELABEL] = v.relabel[s]!;
    sectors[r + S_G_NEW] = v.gNew[s]!;
    sectors[r + S_ZETA] = v.zeta[s]!;
    sectors[r + S_KAPPA] = parameters.data.kappa[s]!;

    sectors[r + S_B0] = cal.B0[s]!;
    sectors[r + S_KF0] = cal.KF0[s]!;
    sectors[r + S_R0] = cal.R0[s]!;
    sectors[r + S_A_CAL] = cal.a[s]!;
    sectors[r + S_PSI] = cal.psi[s]!;
    sectors[r + S_XREF] = cal.Xref[s]!;

    sectors[r + S_GV_LOG] = c.gVlog[s]!;
    sectors[r + S_BL] = c.bL[s]!;
    sectors[r + S_LAG_R_STEPS] = c.lagRSteps[s]!;
    sectors[r + S_LAG_B_STEPS] = c.lagBSteps[s]!;
    sectors[r + S_CAT_NORM] = c.catNorm[s]!;
    sectors[r + S_FIN_NORM] = c.finNorm[s]!;
    sectors[r + S_LN_PREMIUM] = c.lnPremium[s]!;
    sectors[r + S_GROWTH_STEP] = c.growthStep[s]!;
    sectors[r + S_DEMAND_STEP] = c.demandStep[s]!;
    sectors[r + S_LAG_R_BACK] = c.lagRBack[s]!;
    sectors[r + S_LAG_B_BACK] = c.lagBBack[s]!;
    sectors[r + S_STOCK_STEP] = c.stockStep[s]!;
    sectors[r + S_PERCEPTION_STEP] = c.perceptionStep[s]!;
    sectors[r + S_TAX_STEP] = c.taxStep[s]!;
    sectors[r + S_CLUSTER_STEP] = c.clusterStep[s]!;

    // The state at t0: restriction biting and perceived, tax adjustment, knowledge, cluster maturity,
    // capability, cumulative output, contested and forced self-reliance, growth paths G and V.
    sectors[r + S_RB] = cal.restriction0[s]!;
    sectors[r + S_RBAR] = cal.restriction0[s]!;
    sectors[r + S_THETA] = 1;
    sectors[r + S_K] = cal.K0[s]!;
    sectors[r + S_KT] = leverDefaults.clusters;
    sectors[r + S_C] = cal.C0[s]!;
    sectors[r + S_X] = cal.X0[s]!;
    sectors[r + S_SC] = cal.Sc0[s]!;
    sectors[r + S_SF] = cal.Sf0[s]!;
    // Version 2's forward pricing reads the attainable contested share π·Q of the last sub-step.
    sectors[r + S_COMMITTED] = cal.attainable0[s]!;
    sectors[r + S_G] = 1;
    sectors[r + S_V] = parameters.data.V0[s]!;
    // Set by the loop before they are read; NaN marks "no earlier value" for the multiplicative updates.
    for (const field of [S_DC, S_DCUT, S_U, S_GAP_NU, S_GAP_KAPPA, S_LAST_C, S_KREL_POW, S_LAST_RB]) {
      sectors[r + field] = 0;
    }
    for (const field of [S_EXPOSURE, S_UPSTREAM, S_BUYERS_EXPOSURE, S_ABSORB, S_COST, S_LN_EXPERIENCE]) {
      sectors[r + field] = 0;
    }
    for (const field of [S_LAST_KREL, S_LAST_EXPERIENCE, S_LAST_LN_P, S_LAST_LOGIT]) {
      sectors[r + field] = Number.NaN;
    }
    sectors[r + S_LAST_P] = 0;
    sectors[r + S_EXP_LOGIT] = 0;

    for (let y = 0; y < inYears; y++) {
      const iy = s * inYears + y;
      const at = iy * YEAR_FIELDS;
      years[at + Y_B] = input.basicResearch[iy]!;
      years[at + Y_TAU] = input.rdTaxCut[iy]!;
      years[at + Y_U_LINKS] = input.universityLinks[iy]!;
      years[at + Y_K_CLUSTERS] = input.clusters[iy]!;
      years[at + Y_O] = input.openness[iy]!;
      years[at + Y_RESTRICTED] = c.restricted[iy]!;
      years[at + Y_CROWD_IN] = c.crowdIn[iy]!;
      years[at + Y_THETA_TARGET] = c.thetaTarget[iy]!;
      years[at + Y_CHOICE_BASE] = c.choiceBase[iy]!;
      years[at + Y_ADOPTION_BOOST] = c.adoptionBoost[iy]!;
    }
  }
  return { sectors, years };
}
