/*
 * The flat table a run works on. Every per-sector value the time loop reads or writes (parameters,
 * calibration, run constants, state) lives in one record of SECTOR_FIELDS numbers, `sectors[s *
 * SECTOR_FIELDS + S_…]`, and every per-sector, per-year value in one record of YEAR_FIELDS numbers,
 * `years[(s * inYears + y) * YEAR_FIELDS + Y_…]`. Two arrays instead of some seventy keep the loop's
 * working set in registers (V8 re-loads and bounds-checks each typed array it cannot keep there); it
 * measured about twice as fast as separate arrays.
 *
 * This module holds only the field offsets, so that bundlers inline them as literals (esbuild with
 * minifySyntax does so only for modules without imports or code; Vite's build does so too): the loop's
 * `w[r + S_C]` must compile to a constant offset.
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
export const S_CLOSE_AT = 78;
export const S_REOPEN_AT = 79;
export const SECTOR_FIELDS = 80;

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
