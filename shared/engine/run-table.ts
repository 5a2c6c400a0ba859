import type { LeverDefaults } from '../catalogue/types';
import type { Calibration } from './calibrate';
import type { DependencyPairs } from './dependency-pairs';
import { dependencyPairs } from './dependency-pairs';
import type { ModelParameters } from './model-parameters';
import { inputDefault } from './resolve-inputs';
import type { ScenarioInputs } from './scenario-inputs';

/*
 * The flat table a run works on. Every per-sector value the time loop reads or writes (parameters,
 * calibration, run constants, state) lives in one record of SECTOR_FIELDS numbers, `sectors[s *
 * SECTOR_FIELDS + S_…]`, and every per-sector, per-year value in one record of YEAR_FIELDS numbers,
 * `years[(s * inYears + y) * YEAR_FIELDS + Y_…]`. Two arrays instead of some seventy keep the loop's
 * working set in registers (V8 re-loads and bounds-checks each typed array it cannot keep there); it
 * measured about twice as fast as separate arrays.
 */

// Parameters (model.md §3), then calibration (§4), then the constants of the run (computed once instead
// of every sub-step), then the state.
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
export const S_LAG_B_YEARS = 34;
export const S_LAG_B_REST = 35;
export const S_CAT_NORM = 36;
export const S_FIN_NORM = 37;
export const S_LN_PREMIUM = 38;
export const S_GROWTH_STEP = 39;
export const S_DEMAND_STEP = 40;
export const S_LAG_R_BACK = 41;
export const S_LAG_B_BACK = 42;
export const S_STOCK_STEP = 43;
export const S_PERCEPTION_STEP = 44;
export const S_TAX_STEP = 45;
export const S_CLUSTER_STEP = 46;
export const S_RB = 47;
export const S_RBAR = 48;
export const S_THETA = 49;
export const S_K = 50;
export const S_KT = 51;
export const S_C = 52;
export const S_X = 53;
export const S_SC = 54;
export const S_SF = 55;
export const S_COMMITTED = 56;
export const S_G = 57;
export const S_V = 58;
export const S_DC = 59;
export const S_DCUT = 60;
export const S_U = 61;
export const S_GAP_NU = 62;
export const S_GAP_KAPPA = 63;
export const S_LAST_C = 64;
export const S_KREL_POW = 65;
export const S_LAST_KREL = 66;
export const S_LAST_RB = 67;
export const S_EXPOSURE = 68;
export const S_UPSTREAM = 69;
export const S_BUYERS_EXPOSURE = 70;
export const S_ABSORB = 71;
export const S_COST = 72;
export const S_LAST_EXPERIENCE = 73;
export const S_LN_EXPERIENCE = 74;
export const S_LAST_LN_P = 75;
export const S_LAST_P = 76;
export const S_LAST_LOGIT = 77;
export const S_EXP_LOGIT = 78;
export const S_CLOSE_AT = 79;
export const S_REOPEN_AT = 80;
export const SECTOR_FIELDS = 81;

/**
 * Per sector and year (inputs are constant within a year): the inputs with every "default" replaced by
 * the base-year default, then b(y − 1)^γ, (1 − τ)^(−η), r·(1 − ℓ), π0 + λ_m·m and 1 + μ_m·m
 * (procurement's speed-up of adoption, model version 2; 1 in version 1).
 */
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

/** The tables of one run; a thread's tables of its last run are refilled when their size fits. */
export interface RunTable {
  readonly sectors: Float64Array;
  readonly years: Float64Array;
  /** R per sector and sub-step, `s * steps + step`, for the gestation lag of (E5). */
  readonly history: Float64Array;
  /** ω is sparse (a handful of pairs): the loop walks only the pairs that exist. */
  readonly pairs: DependencyPairs;
  /** Scratch for the chokepoints: each one's threshold, then their indices in sector order. */
  readonly chokepoints: Float64Array;
}

function sized(reuse: Float64Array | undefined, length: number): Float64Array {
  return reuse && reuse.length === length ? reuse : new Float64Array(length);
}

/**
 * Packs a run's parameters, calibration, constants and inputs, and the state at t0, into its tables
 * (reusing `reuse`'s arrays when their sizes fit: every field is written, none is read before).
 */
export function fillRunTable(
  parameters: ModelParameters,
  cal: Calibration,
  inputs: ScenarioInputs,
  leverDefaults: LeverDefaults,
  perYear: number,
  chokepoints: number,
  reuse?: RunTable,
): RunTable {
  const n = parameters.sectorIds.length;
  const inYears = inputs.years;
  const steps = (inputs.horizon + 1) * perYear;
  const sectors = sized(reuse?.sectors, n * SECTOR_FIELDS);
  const years = sized(reuse?.years, n * inYears * YEAR_FIELDS);
  const history = sized(reuse?.history, n * steps);
  const v = parameters.values;
  const dt = 1 / perYear;
  const schedules = inputs.schedules;
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

    // ln(1 + g_R), ln(1 + g_V); Wright's-law exponent b_L = −log2(1 − LR).
    const g = Math.log(1 + v.gR[s]!);
    const gVlog = Math.log(1 + v.gV[s]!);
    const lagRSteps = Math.round(v.lagR[s]! * perYear);
    const lagBSteps = Math.round(v.lagB[s]! * perYear);
    sectors[r + S_GV_LOG] = gVlog;
    sectors[r + S_BL] = -Math.log2(1 - v.learningRate[s]!);
    sectors[r + S_LAG_R_STEPS] = lagRSteps;
    // L_B as whole years and remaining sub-steps: the loop finds the lagged year without dividing.
    sectors[r + S_LAG_B_YEARS] = Math.floor(lagBSteps / perYear);
    sectors[r + S_LAG_B_REST] = lagBSteps - Math.floor(lagBSteps / perYear) * perYear;
    // 1/(1 + κ_cat·r̄0) and 1/(1 − κ_fin·U0): the base-year normalisations of (E4).
    sectors[r + S_CAT_NORM] = 1 / (1 + v.kappaCat[s]! * cal.restriction0[s]!);
    sectors[r + S_FIN_NORM] = 1 / (1 - v.kappaFin[s]! * cal.U0[s]!);
    sectors[r + S_LN_PREMIUM] = Math.log(1 + v.pricePremium[s]!);
    // Growth paths advance by a constant factor per sub-step; lagged flows are the path scaled back.
    sectors[r + S_GROWTH_STEP] = Math.exp(g * dt);
    sectors[r + S_DEMAND_STEP] = Math.exp(gVlog * dt);
    sectors[r + S_LAG_R_BACK] = Math.exp(-g * lagRSteps * dt);
    sectors[r + S_LAG_B_BACK] = Math.exp(-g * lagBSteps * dt);
    // The four delays (stockpiles, perception, tax adjustment, cluster ramp) relax exactly over a
    // sub-step, x += (1 − e^(−dt/T))·(target − x): with Euler's dt/T a restriction jump under a short
    // stockpile delay made dt = 1/12 and 1/48 disagree beyond model.md §8.8 (docs/model.md, Readings 1).
    sectors[r + S_STOCK_STEP] = -Math.expm1(-dt / v.tStock[s]!);
    sectors[r + S_PERCEPTION_STEP] = -Math.expm1(-dt / v.tCat[s]!);
    sectors[r + S_TAX_STEP] = -Math.expm1(-dt * v.lambda[s]!);
    sectors[r + S_CLUSTER_STEP] = -Math.expm1(-dt / v.tK[s]!);

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
    sectors.fill(0, r + S_DC, r + S_LAST_EXPERIENCE);
    sectors[r + S_LAST_KREL] = Number.NaN;
    sectors[r + S_LAST_EXPERIENCE] = Number.NaN;
    sectors[r + S_LN_EXPERIENCE] = 0;
    sectors[r + S_LAST_LN_P] = Number.NaN;
    sectors[r + S_LAST_P] = 0;
    sectors[r + S_LAST_LOGIT] = Number.NaN;
    sectors[r + S_EXP_LOGIT] = 0;
    // The capability at which the sector's chokepoints next close or re-open: set before the loop.
    sectors[r + S_CLOSE_AT] = Infinity;
    sectors[r + S_REOPEN_AT] = -Infinity;

    // Inputs set to "default" (NaN) take this run's base-year default.
    const bDefault = inputDefault('basicResearch', s, leverDefaults, parameters);
    const tauDefault = inputDefault('rdTaxCut', s, leverDefaults, parameters);
    const mDefault = inputDefault('procurement', s, leverDefaults, parameters);
    const uDefault = inputDefault('universityLinks', s, leverDefaults, parameters);
    const kDefault = inputDefault('clusters', s, leverDefaults, parameters);
    const oDefault = inputDefault('openness', s, leverDefaults, parameters);
    const rDefault = inputDefault('restriction', s, leverDefaults, parameters);
    const or = (value: number, fallback: number): number => (Number.isNaN(value) ? fallback : value);
    let bPrevious = leverDefaults.basicResearch;
    for (let y = 0; y < inYears; y++) {
      const iy = s * inYears + y;
      const at = iy * YEAR_FIELDS;
      const b = or(schedules.basicResearch[iy]!, bDefault);
      const tau = or(schedules.rdTaxCut[iy]!, tauDefault);
      const m = or(schedules.procurement[iy]!, mDefault);
      years[at + Y_B] = b;
      years[at + Y_TAU] = tau;
      years[at + Y_U_LINKS] = or(schedules.universityLinks[iy]!, uDefault);
      years[at + Y_K_CLUSTERS] = or(schedules.clusters[iy]!, kDefault);
      years[at + Y_O] = or(schedules.openness[iy]!, oDefault);
      years[at + Y_RESTRICTED] = or(schedules.restriction[iy]!, rDefault) * (1 - v.leakage[s]!);
      // Base-year levers give factors of exactly 1: skip the (slow) general power then.
      years[at + Y_CROWD_IN] = bPrevious === 1 ? 1 : Math.pow(bPrevious, v.gamma[s]!);
      years[at + Y_THETA_TARGET] = tau === 0 ? 1 : Math.pow(1 - tau, -v.eta[s]!);
      years[at + Y_CHOICE_BASE] = cal.pi0[s]! + v.lambdaM[s]! * m;
      years[at + Y_ADOPTION_BOOST] = 1 + v.muM[s]! * m;
      bPrevious = b;
    }
  }
  return {
    sectors,
    years,
    history,
    pairs: dependencyPairs(parameters.omega, n),
    chokepoints: sized(reuse?.chokepoints, 2 * chokepoints),
  };
}
