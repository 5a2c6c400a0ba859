import type { LeverDefaults } from '../catalogue/types';
import { inputDefaultFrom } from '../domain/input-default';
import type { InputId } from '../domain/inputs';
import type { Calibration } from './calibrate';
import type { DependencyPairs } from './dependency-pairs';
import { dependencyPairs } from './dependency-pairs';
import type { ModelParameters } from './model-parameters';
import * as L from './run-layout';
import type { ScenarioInputs } from './scenario-inputs';

/** The tables of one run; a thread's tables of its last run are refilled when their size fits. */
export interface RunTable {
  readonly sectors: Float64Array;
  readonly years: Float64Array;
  /**
   * Each sector's record of `sectors` and each sector-year's record of `years` as a view of its own:
   * the loop reads `record[S_…]` at constant offsets, which compiles to fewer instructions per access
   * than `sectors[s * SECTOR_FIELDS + S_…]` (no index arithmetic with its overflow check).
   */
  readonly sectorRecords: readonly Float64Array[];
  readonly yearRecords: readonly Float64Array[];
  /** R per sector and sub-step, `s * steps + step`, for the gestation lag of (E5). */
  readonly history: Float64Array;
  /** Each sector's part of `history`, as a view of its own (see sectorRecords). */
  readonly histories: readonly Float64Array[];
  /** ω is sparse (a handful of pairs): the loop walks only the pairs that exist. */
  readonly pairs: DependencyPairs;
  /** Scratch for the chokepoints: each one's threshold, then their indices in sector order. */
  readonly chokepoints: Float64Array;
  /** What the constant fields of `sectors` (those before the state) were computed from. */
  readonly constantsOf: {
    readonly parameters: ModelParameters;
    readonly cal: Calibration;
    readonly perYear: number;
  };
}

function records(table: Float64Array, fields: number): Float64Array[] {
  return Array.from({ length: table.length / fields }, (_, i) =>
    table.subarray(i * fields, (i + 1) * fields),
  );
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
  const sectors = sized(reuse?.sectors, n * L.SECTOR_FIELDS);
  const years = sized(reuse?.years, n * inYears * L.YEAR_FIELDS);
  const history = sized(reuse?.history, n * steps);
  const v = parameters.values;
  // Each input by name, and none left over: an input added to INPUT_IDS is a type error here until the
  // run reads it, never a lever the engine stores and shows but ignores.
  const {
    basicResearch: bSchedule,
    rdTaxCut: tauSchedule,
    procurement: mSchedule,
    universityLinks: uSchedule,
    clusters: kSchedule,
    openness: oSchedule,
    restriction: rSchedule,
    ...unread
  } = inputs.schedules;
  const nothingUnread: Readonly<Record<string, never>> = unread;
  void nothingUnread;
  // The run's constants depend on the parameters, calibration and step only, never on the inputs, and
  // the loop writes only the state after them: a table last filled from the same ones keeps them. (The
  // cache answers a calibration only for the same numbers, see calibration-cache.ts; a Monte Carlo
  // draw, which rewrites its parameters in place, brings a new calibration.)
  const constantsKept =
    reuse !== undefined &&
    sectors === reuse.sectors &&
    reuse.constantsOf.parameters === parameters &&
    reuse.constantsOf.cal === cal &&
    reuse.constantsOf.perYear === perYear;
  for (let s = 0; s < n; s++) {
    const r = s * L.SECTOR_FIELDS;
    if (!constantsKept) fillConstants(sectors, r, s, parameters, cal, perYear);

    // The state at t0: restriction biting and perceived, tax adjustment, knowledge, cluster maturity,
    // capability, cumulative output, contested and forced self-reliance, growth paths G and V.
    sectors[r + L.S_RB] = cal.restriction0[s]!;
    sectors[r + L.S_RBAR] = cal.restriction0[s]!;
    sectors[r + L.S_THETA] = 1;
    sectors[r + L.S_K] = cal.K0[s]!;
    sectors[r + L.S_KT] = leverDefaults.clusters;
    sectors[r + L.S_C] = cal.C0[s]!;
    sectors[r + L.S_X] = cal.X0[s]!;
    sectors[r + L.S_SC] = cal.Sc0[s]!;
    sectors[r + L.S_SF] = cal.Sf0[s]!;
    // Version 2's forward pricing reads the attainable contested share π·Q of the last sub-step.
    sectors[r + L.S_COMMITTED] = cal.attainable0[s]!;
    sectors[r + L.S_G] = 1;
    sectors[r + L.S_V] = parameters.data.V0[s]!;
    // Set by the loop before they are read; NaN marks "no earlier value" for the multiplicative updates.
    sectors.fill(0, r + L.S_DC, r + L.S_LAST_EXPERIENCE);
    sectors[r + L.S_LAST_KREL] = Number.NaN;
    sectors[r + L.S_KREL_EXACT] = 0;
    sectors[r + L.S_GAP_EXACT] = 0;
    sectors[r + L.S_LAST_EXPERIENCE] = Number.NaN;
    sectors[r + L.S_LN_EXPERIENCE] = 0;
    sectors[r + L.S_LAST_LN_P] = Number.NaN;
    sectors[r + L.S_LAST_P] = 0;
    sectors[r + L.S_LAST_LOGIT] = Number.NaN;
    sectors[r + L.S_EXP_LOGIT] = 0;
    // The capability at which the sector's chokepoints next close or re-open: set before the loop.
    sectors[r + L.S_CLOSE_AT] = Infinity;
    sectors[r + L.S_REOPEN_AT] = -Infinity;

    // Inputs set to "default" (NaN) take this run's base-year default.
    // (The parameters' m0 and r0, not the catalogue's: a Monte Carlo draw may vary them.)
    const defaultOf = (input: InputId): number =>
      inputDefaultFrom(input, leverDefaults, (key) => parameters.data[key][s]!);
    const bDefault = defaultOf('basicResearch');
    const tauDefault = defaultOf('rdTaxCut');
    const mDefault = defaultOf('procurement');
    const uDefault = defaultOf('universityLinks');
    const kDefault = defaultOf('clusters');
    const oDefault = defaultOf('openness');
    const rDefault = defaultOf('restriction');
    const or = (value: number, fallback: number): number => (Number.isNaN(value) ? fallback : value);
    let bPrevious = leverDefaults.basicResearch;
    const bOf = (year: number): number =>
      year >= 0 ? years[(s * inYears + year) * L.YEAR_FIELDS + L.Y_B]! : leverDefaults.basicResearch;
    for (let y = 0; y < inYears; y++) {
      const iy = s * inYears + y;
      const at = iy * L.YEAR_FIELDS;
      const b = or(bSchedule[iy]!, bDefault);
      const tau = or(tauSchedule[iy]!, tauDefault);
      const m = or(mSchedule[iy]!, mDefault);
      const u = or(uSchedule[iy]!, uDefault);
      const k = or(kSchedule[iy]!, kDefault);
      const restricted = or(rSchedule[iy]!, rDefault) * (1 - v.leakage[s]!);
      years[at + L.Y_B] = b;
      years[at + L.Y_K_CLUSTERS] = k;
      years[at + L.Y_RESTRICTED] = restricted;
      // Base-year levers give factors of exactly 1: skip the (slow) general power then.
      years[at + L.Y_CROWD_IN] = bPrevious === 1 ? 1 : Math.pow(bPrevious, v.gamma[s]!);
      years[at + L.Y_THETA_TARGET] = tau === 0 ? 1 : Math.pow(1 - tau, -v.eta[s]!);
      years[at + L.Y_CHOICE_BASE] = cal.pi0[s]! + v.lambdaM[s]! * m;
      years[at + L.Y_ADOPTION_BOOST] = 1 + v.muM[s]! * m;
      // Each product as the loop multiplied it before (left to right), so the dynamics keep their bits.
      years[at + L.Y_BASIC_EFFECT] = v.phi[s]! * (1 + v.muU[s]! * u);
      years[at + L.Y_ABSORB_BOOST] = 1 + v.muA[s]! * u;
      years[at + L.Y_SPILL] = cal.psi[s]! * or(oSchedule[iy]!, oDefault) * (1 - restricted);
      // (E12)'s fiscal flow: basic research above the default, university links and clusters above
      // theirs (all on the growth path G), and the tax cut on R with relabelling.
      years[at + L.Y_FISCAL_GROWTH] =
        (b - 1) * cal.B0[s]! +
        v.cU[s]! * Math.max(0, u - leverDefaults.universityLinks) * cal.R0[s]! +
        v.cK[s]! * Math.max(0, k - leverDefaults.clusters) * cal.R0[s]!;
      years[at + L.Y_FISCAL_R] = tau * (1 + v.relabel[s]!);
      // Earlier years' b are in the table already (the constants, and so L_B, are filled first).
      const lagged = y - sectors[r + L.S_LAG_B_YEARS]!;
      years[at + L.Y_B_LAGGED] = bOf(lagged);
      years[at + L.Y_B_LAGGED_BEFORE] = bOf(lagged - 1);
      bPrevious = b;
    }
  }
  return {
    sectors,
    years,
    sectorRecords:
      reuse && sectors === reuse.sectors ? reuse.sectorRecords : records(sectors, L.SECTOR_FIELDS),
    yearRecords: reuse && years === reuse.years ? reuse.yearRecords : records(years, L.YEAR_FIELDS),
    history,
    histories:
      reuse && history === reuse.history && reuse.histories.length === n
        ? reuse.histories
        : records(history, steps),
    pairs: dependencyPairs(parameters.omega, n),
    chokepoints: sized(reuse?.chokepoints, 2 * chokepoints),
    constantsOf: { parameters, cal, perYear },
  };
}

/** Sector s's parameters, calibration and the constants of the run (the fields before the state). */
function fillConstants(
  sectors: Float64Array,
  r: number,
  s: number,
  parameters: ModelParameters,
  cal: Calibration,
  perYear: number,
): void {
  const v = parameters.values;
  const dt = 1 / perYear;
  sectors[r + L.S_M] = v.M[s]!;
  sectors[r + L.S_BETA] = v.beta[s]!;
  sectors[r + L.S_CHI] = v.chi[s]!;
  sectors[r + L.S_D] = v.d[s]!;
  sectors[r + L.S_DELTA] = v.delta[s]!;
  sectors[r + L.S_GF] = v.gF[s]!;
  sectors[r + L.S_H] = v.h[s]!;
  sectors[r + L.S_KAPPA_CAT] = v.kappaCat[s]!;
  sectors[r + L.S_KAPPA_FIN] = v.kappaFin[s]!;
  sectors[r + L.S_LAMBDA_P] = v.lambdaP[s]!;
  sectors[r + L.S_LAMBDA_SEC] = v.lambdaSec[s]!;
  sectors[r + L.S_MU_K] = v.muK[s]!;
  sectors[r + L.S_NU] = v.nu[s]!;
  sectors[r + L.S_P] = v.p[s]!;
  sectors[r + L.S_PF] = v.pF[s]!;
  sectors[r + L.S_Q] = v.q[s]!;
  sectors[r + L.S_G_NEW] = v.gNew[s]!;
  sectors[r + L.S_ZETA] = v.zeta[s]!;
  sectors[r + L.S_KAPPA] = parameters.data.kappa[s]!;

  sectors[r + L.S_B0] = cal.B0[s]!;
  sectors[r + L.S_KF0] = cal.KF0[s]!;
  sectors[r + L.S_R0] = cal.R0[s]!;
  sectors[r + L.S_A_CAL] = cal.a[s]!;
  sectors[r + L.S_XREF] = cal.Xref[s]!;

  // ln(1 + g_R), ln(1 + g_V); Wright's-law exponent b_L = −log2(1 − LR).
  const g = Math.log(1 + v.gR[s]!);
  const gVlog = Math.log(1 + v.gV[s]!);
  const lagRSteps = Math.round(v.lagR[s]! * perYear);
  const lagBSteps = Math.round(v.lagB[s]! * perYear);
  sectors[r + L.S_GV_LOG] = gVlog;
  sectors[r + L.S_BL] = -Math.log2(1 - v.learningRate[s]!);
  sectors[r + L.S_LAG_R_STEPS] = lagRSteps;
  // L_B as whole years and remaining sub-steps: the loop finds the lagged year without dividing.
  sectors[r + L.S_LAG_B_YEARS] = Math.floor(lagBSteps / perYear);
  sectors[r + L.S_LAG_B_REST] = lagBSteps - Math.floor(lagBSteps / perYear) * perYear;
  // 1/(1 + κ_cat·r̄0) and 1/(1 − κ_fin·U0): the base-year normalisations of (E4).
  sectors[r + L.S_CAT_NORM] = 1 / (1 + v.kappaCat[s]! * cal.restriction0[s]!);
  sectors[r + L.S_FIN_NORM] = 1 / (1 - v.kappaFin[s]! * cal.U0[s]!);
  sectors[r + L.S_LN_PREMIUM] = Math.log(1 + v.pricePremium[s]!);
  // Growth paths advance by a constant factor per sub-step; lagged flows are the path scaled back.
  sectors[r + L.S_GROWTH_STEP] = Math.exp(g * dt);
  sectors[r + L.S_DEMAND_STEP] = Math.exp(gVlog * dt);
  sectors[r + L.S_LAG_R_BACK] = Math.exp(-g * lagRSteps * dt);
  sectors[r + L.S_LAG_B_BACK] = Math.exp(-g * lagBSteps * dt);
  // The four delays (stockpiles, perception, tax adjustment, cluster ramp) relax exactly over a
  // sub-step, x += (1 − e^(−dt/T))·(target − x): with Euler's dt/T a restriction jump under a short
  // stockpile delay made dt = 1/12 and 1/48 disagree beyond model.md §8.8 (docs/model.md, Readings 1).
  sectors[r + L.S_STOCK_STEP] = -Math.expm1(-dt / v.tStock[s]!);
  sectors[r + L.S_PERCEPTION_STEP] = -Math.expm1(-dt / v.tCat[s]!);
  sectors[r + L.S_TAX_STEP] = -Math.expm1(-dt * v.lambda[s]!);
  sectors[r + L.S_CLUSTER_STEP] = -Math.expm1(-dt / v.tK[s]!);
}
