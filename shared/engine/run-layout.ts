/*
 * The flat table a run works on. Every per-sector value the time loop reads or writes (parameters,
 * calibration, run constants, state) lives in one record of SECTOR_FIELDS numbers, `sectors[s *
 * SECTOR_FIELDS + S_…]`, and every per-sector, per-year value in one record of YEAR_FIELDS numbers,
 * `years[(s * inYears + y) * YEAR_FIELDS + Y_…]`. Two arrays instead of some seventy keep the loop's
 * working set in registers (V8 re-loads and bounds-checks each typed array it cannot keep there); it
 * measured about twice as fast as separate arrays. The loop reads each record through a view of its own
 * (run-table.ts: `record[S_C]`), about 14% faster again than computing `s * SECTOR_FIELDS + S_C`.
 *
 * This module holds only the field offsets, so that bundlers inline them as literals (esbuild with
 * minifySyntax does so only for modules without imports or code; Vite's build does so too): the loop's
 * `record[S_C]` must compile to a constant offset.
 */

// Parameters (model.md §3), then calibration (§4), then the constants of the run (computed once instead
// of every sub-step), then the state.
export const S_M = 0;
export const S_BETA = 1;
export const S_CHI = 2;
export const S_D = 3;
export const S_DELTA = 4;
export const S_GF = 5;
export const S_H = 6;
export const S_KAPPA_CAT = 7;
export const S_KAPPA_FIN = 8;
export const S_LAMBDA_P = 9;
export const S_LAMBDA_SEC = 10;
export const S_MU_K = 11;
export const S_NU = 12;
export const S_P = 13;
export const S_PF = 14;
export const S_Q = 15;
export const S_G_NEW = 16;
export const S_ZETA = 17;
export const S_KAPPA = 18;
export const S_B0 = 19;
export const S_KF0 = 20;
export const S_R0 = 21;
export const S_A_CAL = 22;
export const S_XREF = 23;
export const S_GV_LOG = 24;
export const S_BL = 25;
export const S_LAG_R_STEPS = 26;
export const S_LAG_B_YEARS = 27;
export const S_LAG_B_REST = 28;
export const S_CAT_NORM = 29;
export const S_FIN_NORM = 30;
export const S_LN_PREMIUM = 31;
export const S_GROWTH_STEP = 32;
export const S_DEMAND_STEP = 33;
export const S_LAG_R_BACK = 34;
export const S_LAG_B_BACK = 35;
export const S_STOCK_STEP = 36;
export const S_PERCEPTION_STEP = 37;
export const S_TAX_STEP = 38;
export const S_CLUSTER_STEP = 39;
export const S_RB = 40;
export const S_RBAR = 41;
export const S_THETA = 42;
export const S_K = 43;
export const S_KT = 44;
export const S_C = 45;
export const S_X = 46;
export const S_SC = 47;
export const S_SF = 48;
export const S_COMMITTED = 49;
export const S_G = 50;
export const S_V = 51;
export const S_DC = 52;
export const S_DCUT = 53;
export const S_U = 54;
export const S_GAP_NU = 55;
export const S_GAP_KAPPA = 56;
export const S_LAST_C = 57;
export const S_KREL_POW = 58;
export const S_LAST_KREL = 59;
export const S_LAST_RB = 60;
export const S_UPSTREAM = 61;
export const S_BUYERS_EXPOSURE = 62;
export const S_ABSORB = 63;
export const S_COST = 64;
export const S_LAST_EXPERIENCE = 65;
export const S_LN_EXPERIENCE = 66;
export const S_LAST_LN_P = 67;
export const S_LAST_P = 68;
export const S_LAST_LOGIT = 69;
export const S_EXP_LOGIT = 70;
export const S_CLOSE_AT = 71;
export const S_REOPEN_AT = 72;
/** 1 while κ_rel^β, and (1 − C)^κ with (1 − C)^ν, hold the exact powers of the last κ_rel and C. */
export const S_KREL_EXACT = 73;
export const S_GAP_EXACT = 74;
export const SECTOR_FIELDS = 75;

/**
 * Per sector and year (inputs are constant within a year), with every "default" input replaced by the
 * base-year default: b, the cluster target k, r·(1 − ℓ), b(y − 1)^γ, (1 − τ)^(−η), π0 + λ_m·m and
 * 1 + μ_m·m (procurement's speed-up of adoption, model version 2; 1 in version 1), then the products
 * of the equations that change only with the year (φ·(1 + μ_U·u) of (E5), 1 + μ_A·u of (E6), ψ·o·(1 − r_a)
 * of (E6), and the fiscal flow of (E12) as G·FISCAL_GROWTH + R·FISCAL_R), so a sub-step does not redo them.
 */
export const Y_B = 0;
export const Y_K_CLUSTERS = 1;
export const Y_RESTRICTED = 2;
export const Y_CROWD_IN = 3;
export const Y_THETA_TARGET = 4;
export const Y_CHOICE_BASE = 5;
export const Y_ADOPTION_BOOST = 6;
export const Y_BASIC_EFFECT = 7;
export const Y_ABSORB_BOOST = 8;
export const Y_SPILL = 9;
export const Y_FISCAL_GROWTH = 10;
export const Y_FISCAL_R = 11;
/**
 * b of the year L_B (in whole years) before, and of the year before that: (E5) reads the first in a
 * year's sub-steps past L_B's remaining sub-steps, the second before them (the base-year default
 * before t0).
 */
export const Y_B_LAGGED = 12;
export const Y_B_LAGGED_BEFORE = 13;
export const YEAR_FIELDS = 14;
