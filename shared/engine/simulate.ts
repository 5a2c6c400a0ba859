import type { LeverDefaults } from '../catalogue/types';
import type { Calibration } from './calibrate';
import type { ChokepointTable } from './chokepoint-table';
import { demandBelowCutoff } from './ladder';
import type { ModelParameters } from './model-parameters';
import type { RunTable } from './run-table';
import * as L from './run-layout';
import { fillRunTable } from './run-table';
import type { ScenarioInputs } from './scenario-inputs';
import { expm1Small, log1pSmall, SMALL_STEP } from './small-step';
import type { SimulationOutput } from './simulation-output';
import { allocateOutput, finishOutput, reuseOutput } from './simulation-output';
import type { SimulationResult } from './simulation-result';
import type { Instability } from './stability';
import { CAPABILITY_CONDITION, checkStaticStability } from './stability';

export interface SimulateOptions {
  readonly stepsPerYear: number;
  /** Record the ids of open chokepoints per year (off in Monte Carlo draws, which only count them). */
  readonly recordOpenIds: boolean;
  /**
   * Write the result into this thread's output of its last such run instead of new arrays (Monte Carlo
   * draws, which copy what they keep): the result is valid only until the next run that reuses it.
   */
  readonly reuseOutput?: boolean;
  /** Called after every sub-step with the updated state (tests read the dynamics between years). */
  readonly observe?: (step: number, state: SimulationState) => void;
}

/** The state after a sub-step, per sector; valid only during the `observe` call. */
export interface SimulationState {
  readonly time: number;
  readonly C: Float64Array;
  readonly Sc: Float64Array;
  readonly Sf: Float64Array;
  readonly K: Float64Array;
  readonly X: Float64Array;
  /** Absorptive capacity A used in the sub-step. */
  readonly A: Float64Array;
  /** Relative cost P used in the sub-step (E8). */
  readonly P: Float64Array;
  /** D(C) and D(x_r) of the updated state: Q = min of the two, F = max(0, difference). */
  readonly demandC: Float64Array;
  readonly demandCutoff: Float64Array;
}

/** Floor of the domestic-output flow in (E8), so a sector starting from nothing still learns. */
const OUTPUT_FLOOR = 0.01;

/** The run tables of this thread's last run, free for the next one. */
let spareTable: RunTable | undefined;
/** The output of this thread's last run that asked for reuse. */
let spareOutput: SimulationOutput | undefined;

/** Values updated multiplicatively stay below this; past it (overflow near) they are recomputed. */
const HUGE = 1e300;

/**
 * Integrates the model (equations E1–E12 of docs/model.md §3) in sub-steps of 1/stepsPerYear. All
 * right-hand sides use the state at the start of the sub-step. Returns the instability instead of a
 * result when a stability condition breaks, so the caller can retry with a smaller step.
 * This loop is the hot path of every Monte Carlo draw: it works on one flat table of per-sector records
 * (run-table.ts) that the thread reuses from run to run, allocates nothing per sub-step, and writes x^y
 * as exp(y·ln x) with each logarithm shared where it can be. The slowly moving powers and
 * logarithms (κ_rel^β, ln of experience, P, the choice logit's exponential, (1 − C)^κ and (1 − C)^ν) are
 * updated multiplicatively by short series when a sub-step moves them little (small-step.ts), and
 * recomputed exactly otherwise and at the start of every year: results agree with the direct formulas
 * to about 1e-14.
 */
export function simulate(
  inputs: ScenarioInputs,
  parameters: ModelParameters,
  cal: Calibration,
  leverDefaults: LeverDefaults,
  chokepoints: ChokepointTable,
  options: SimulateOptions,
): { result: SimulationResult } | { instability: Instability } {
  const perYear = options.stepsPerYear;
  const dt = 1 / perYear;
  const staticProblem = checkStaticStability(parameters, dt);
  if (staticProblem) return { instability: staticProblem };

  const n = inputs.sectorIds.length;
  const outYears = inputs.horizon + 1;
  const inYears = inputs.years;
  const totalSteps = outYears * perYear;
  // This thread's tables of its last run are reused (no allocation per Monte Carlo draw), unless a run
  // is already using them (an `observe` callback that runs the engine again).
  const items = chokepoints.ids.length;
  const table = fillRunTable(parameters, cal, inputs, leverDefaults, perYear, items, spareTable);
  spareTable = undefined;
  const { sectors: w, histories, pairs, sectorRecords, yearRecords } = table;
  const SF = L.SECTOR_FIELDS;

  for (let s = 0; s < n; s++) {
    const r = s * SF;
    const logGap = Math.log(1 - w[r + L.S_C]!);
    w[r + L.S_GAP_KAPPA] = Math.exp(w[r + L.S_KAPPA]! * logGap);
    w[r + L.S_DC] = 1 - w[r + L.S_GAP_KAPPA]!;
    w[r + L.S_GAP_NU] = 1 - w[r + L.S_C]! > 0 ? Math.exp(w[r + L.S_NU]! * logGap) : 0;
    w[r + L.S_LAST_C] = w[r + L.S_C]!;
    w[r + L.S_GAP_EXACT] = 1;
    w[r + L.S_DCUT] = demandBelowCutoff(w[r + L.S_RB]!, w[r + L.S_KAPPA]!);
    w[r + L.S_LAST_RB] = w[r + L.S_RB]!;
    w[r + L.S_U] = 1 - Math.max(w[r + L.S_DC]!, w[r + L.S_DCUT]!);
    w[r + L.S_UPSTREAM] = 1;
    w[r + L.S_BUYERS_EXPOSURE] = 0;
  }

  const open = new Uint8Array(items);
  const threshold = table.chokepoints.subarray(0, items);
  for (let i = 0; i < items; i++) {
    threshold[i] = cal.C0[chokepoints.sector[i]!]! + chokepoints.offset[i]!;
    open[i] = w[chokepoints.sector[i]! * SF + L.S_C]! < threshold[i]! ? 1 : 0;
  }
  const hysteresis = chokepoints.hysteresis;
  // The chokepoints of sector s are bySector[first[s] … first[s + 1] − 1]; the sector's C is checked
  // against them only when it crosses the nearest threshold (see closeOrReopen).
  const first = new Int32Array(n + 1);
  for (let i = 0; i < items; i++) first[chokepoints.sector[i]! + 1]! += 1;
  for (let s = 0; s < n; s++) first[s + 1]! += first[s]!;
  const bySector = table.chokepoints.subarray(items, 2 * items);
  const filled = first.slice(0, n);
  for (let i = 0; i < items; i++) bySector[filled[chokepoints.sector[i]!]!++] = i;
  const crossings = { open, threshold, hysteresis, bySector, first };
  for (let s = 0; s < n; s++) closeOrReopen(crossings, w, s);

  const reusing = options.reuseOutput === true && !options.recordOpenIds;
  const out = reusing
    ? reuseOutput(spareOutput, n, outYears)
    : allocateOutput(n, outYears, options.recordOpenIds);
  if (reusing) spareOutput = undefined;
  const outS = out.S,
    outC = out.C,
    outU = out.U,
    outF = out.F,
    outR = out.R,
    outP = out.P,
    outK = out.K,
    outX = out.X,
    outYearsBehind = out.yearsBehind,
    outFiscal = out.fiscal,
    outDisruption = out.disruption,
    outSubstitution = out.substitution;
  const observe = options.observe;
  const observing = observe !== undefined;
  const view = observing ? observedState(n) : undefined;
  for (let step = 0; step < totalSteps; step++) {
    const y = (step / perYear) | 0;
    const t = step * dt;
    const subStep = step - y * perYear;
    const recording = subStep === 0;
    // The next sub-step records a year: its powers are recomputed exactly.
    const exact = (step + 1) % perYear === 0;

    // The sectors couple only here, through ω: upstream supply from the suppliers' U, and the buyers'
    // perceived restriction. Each sector's U, and these two sums back at 1 and 0, were left by the end
    // of its record's update in the sub-step before (or before the first).
    for (let i = 0; i < pairs.weight.length; i++) {
      const buyer = pairs.buyer[i]! * SF;
      const supplier = pairs.supplier[i]! * SF;
      const weight = pairs.weight[i]!;
      w[buyer + L.S_UPSTREAM] = w[buyer + L.S_UPSTREAM]! * (1 - weight * w[supplier + L.S_U]!);
      w[supplier + L.S_BUYERS_EXPOSURE] = w[supplier + L.S_BUYERS_EXPOSURE]! + weight * w[buyer + L.S_RBAR]!;
    }

    if (recording) {
      let count = 0;
      const ids: number[] | undefined = out.openIds ? [] : undefined;
      for (let i = 0; i < items; i++) {
        if (open[i] !== 1) continue;
        count++;
        ids?.push(chokepoints.ids[i]!);
      }
      out.chokepointsOpen[y] = count;
      if (ids) out.openIds!.push(ids);
    }

    let demandTotal = 0;
    let domesticTotal = 0;
    for (let s = 0; s < n; s++) {
      const ws = sectorRecords[s]!;
      const ys = yearRecords[s * inYears + y]!;
      const ky = ys[L.Y_K_CLUSTERS]!;
      const ra = ys[L.Y_RESTRICTED]!;
      const Gs = ws[L.S_G]!;
      const Vs = ws[L.S_V]!;
      const R0 = ws[L.S_R0]!;
      const Ks = ws[L.S_K]!;
      const Xs = ws[L.S_X]!;
      const Scs = ws[L.S_SC]!;
      const Sfs = ws[L.S_SF]!;
      const rbarS = ws[L.S_RBAR]!;
      const DCs = ws[L.S_DC]!;
      const Dcuts = ws[L.S_DCUT]!;
      const S = Scs + Sfs;
      const Us = ws[L.S_U]!;
      const F = Math.max(0, DCs - Dcuts);
      const Q = Math.min(DCs, Dcuts);

      // (E4) private R&D: tax adjustment, crowd-in, catalyst, cash-flow drag.
      const R =
        R0 *
        Gs *
        ws[L.S_THETA]! *
        ys[L.Y_CROWD_IN]! *
        (1 + ws[L.S_KAPPA_CAT]! * rbarS) *
        ws[L.S_CAT_NORM]! *
        (1 - ws[L.S_KAPPA_FIN]! * Us) *
        ws[L.S_FIN_NORM]!;
      const Rhist = histories[s]!;
      Rhist[step] = R;

      // (E5) knowledge, with gestation lags; before t0 inputs and flows are on their growth paths.
      const rStep = step - ws[L.S_LAG_R_STEPS]!;
      const Rlag = rStep >= 0 ? Rhist[rStep]! : R0 * Gs * ws[L.S_LAG_R_BACK]!;
      const bLagged = subStep < ws[L.S_LAG_B_REST]! ? ys[L.Y_B_LAGGED_BEFORE]! : ys[L.Y_B_LAGGED]!;
      const Blag = bLagged * ws[L.S_B0]! * Gs * ws[L.S_LAG_B_BACK]!;
      const dK = -ws[L.S_DELTA]! * Ks + Rlag + ys[L.Y_BASIC_EFFECT]! * Blag;
      const kRel = Ks / (ws[L.S_KF0]! * Gs);

      // (E6) effort: own knowledge, clusters, upstream supply, absorbed foreign knowledge.
      const absorb = Math.min(1, (ys[L.Y_ABSORB_BOOST]! * kRel) / (kRel + ws[L.S_H]!));
      ws[L.S_ABSORB] = absorb;
      // κ_rel^β: κ_rel often stays exactly put (knowledge on its growth path), so the power changes
      // only when it moved, by the factor (κ_rel/κ_rel')^β when the move is small. A year's record
      // recomputes it exactly, unless it already is the exact power of this very κ_rel.
      const lastKRel = ws[L.S_LAST_KREL]!;
      if (kRel !== lastKRel || (recording && ws[L.S_KREL_EXACT] === 0)) {
        const beta = ws[L.S_BETA]!;
        const pow = ws[L.S_KREL_POW]!;
        const moved = (kRel - lastKRel) / lastKRel;
        const a = moved <= SMALL_STEP && moved >= -SMALL_STEP ? beta * log1pSmall(moved) : Number.NaN;
        if (!recording && a <= SMALL_STEP && a >= -SMALL_STEP && pow < HUGE) {
          ws[L.S_KREL_POW] = pow + pow * expm1Small(a);
          ws[L.S_KREL_EXACT] = 0;
        } else {
          ws[L.S_KREL_POW] = kRel > 0 ? Math.exp(beta * Math.log(kRel)) : 0;
          ws[L.S_KREL_EXACT] = 1;
        }
        ws[L.S_LAST_KREL] = kRel;
      }
      const own = ws[L.S_KREL_POW]! * (1 + ws[L.S_MU_K]! * ws[L.S_KT]!) * ws[L.S_UPSTREAM]!;
      const E = own + ys[L.Y_SPILL]! * absorb;

      // (E7) capability, with the last-mile factor (1 − C)^ν.
      const Cs = ws[L.S_C]!;
      const gap = 1 - Cs;
      const gapNuS = ws[L.S_GAP_NU]!;
      const nu = ws[L.S_NU]!;
      const gF = ws[L.S_GF]!;
      const aE = ws[L.S_A_CAL]! * E;
      const slope = aE * nu * (gap > 0 ? gapNuS / gap : nu === 1 ? 1 : 0) + gF;
      if (dt * slope > 1) {
        spareTable = table;
        return { instability: { condition: CAPABILITY_CONDITION, sector: s } };
      }
      const dC = aE * gapNuS - gF * Cs;

      // (E8) relative cost by Wright's law against demand growth; (E9) choice of a domestic supplier.
      // Version 2: experience includes ζ years of output at the attainable share, the capacity entrants
      // build and price on (forward pricing); with ζ = 0 it is X, as in version 1.
      const experience = Xs + ws[L.S_ZETA]! * ws[L.S_COMMITTED]! * Vs;
      const lastExperience = ws[L.S_LAST_EXPERIENCE]!;
      const grew = (experience - lastExperience) / lastExperience;
      const lnExperience =
        !recording && grew <= SMALL_STEP && grew >= -SMALL_STEP
          ? ws[L.S_LN_EXPERIENCE]! + log1pSmall(grew)
          : Math.log(experience / ws[L.S_XREF]!);
      ws[L.S_LAST_EXPERIENCE] = experience;
      ws[L.S_LN_EXPERIENCE] = lnExperience;
      const lnP = ws[L.S_LN_PREMIUM]! - ws[L.S_BL]! * (lnExperience - ws[L.S_GV_LOG]! * t);
      // P only matters where it is reported or above 1 (the substitution premium max(0, P − 1) is 0 at
      // or below 1): where domestic supply is cheaper and nothing is recorded, skip the exponential.
      let P = 1;
      if (lnP > 0 || recording || observing) {
        const lastP = ws[L.S_LAST_P]!;
        const a = lnP - ws[L.S_LAST_LN_P]!;
        P =
          !recording && a <= SMALL_STEP && a >= -SMALL_STEP && lastP < HUGE
            ? lastP + lastP * expm1Small(a)
            : Math.exp(lnP);
        ws[L.S_LAST_LN_P] = lnP;
        ws[L.S_LAST_P] = P;
      } else {
        ws[L.S_LAST_LN_P] = Number.NaN;
      }
      ws[L.S_COST] = P;
      const exposure = Math.min(1, rbarS + ws[L.S_CHI]! * ws[L.S_BUYERS_EXPOSURE]!);
      const logit = ws[L.S_LAMBDA_P]! * lnP - ys[L.Y_CHOICE_BASE]! - ws[L.S_LAMBDA_SEC]! * exposure;
      const expLogit = ws[L.S_EXP_LOGIT]!;
      const moved = logit - ws[L.S_LAST_LOGIT]!;
      const expLogitS =
        !recording && moved <= SMALL_STEP && moved >= -SMALL_STEP && expLogit < HUGE
          ? expLogit + expLogit * expm1Small(moved)
          : Math.exp(logit);
      ws[L.S_LAST_LOGIT] = logit;
      ws[L.S_EXP_LOGIT] = expLogitS;
      const pi = 1 / (1 + expLogitS);

      const at = s * outYears + y;
      if (recording) {
        outS[at] = S;
        outC[at] = Cs;
        outU[at] = Us;
        outF[at] = F;
        outR[at] = R;
        outP[at] = P;
        outK[at] = Ks;
        outX[at] = Xs;
        outYearsBehind[at] = -Math.log(Cs) / gF;
        demandTotal += Vs;
        domesticTotal += Vs * S;
      }

      // (E12) cost flows, integrated over the year.
      const fiscalFlow = Gs * ys[L.Y_FISCAL_GROWTH]! + R * ys[L.Y_FISCAL_R]!;
      outFiscal[at] = outFiscal[at]! + fiscalFlow * dt;
      outDisruption[at] = outDisruption[at]! + Us * Vs * ws[L.S_M]! * dt;
      outSubstitution[at] = outSubstitution[at]! + S * Vs * Math.max(0, P - 1) * dt;

      // (E10) self-reliance: Bass adoption toward the attainable share (sped up by procurement, v2), new
      // demand placed at the attainable share (v2), forced share ramps up.
      const attainable = pi * Q;
      const gNew = ws[L.S_G_NEW]!;
      let Sc =
        attainable >= Scs
          ? Scs + dt * ((ws[L.S_P]! + ws[L.S_Q]! * S) * ys[L.Y_ADOPTION_BOOST]! + gNew) * (attainable - Scs)
          : Scs - dt * (ws[L.S_D]! + gNew) * (Scs - attainable);
      ws[L.S_COMMITTED] = attainable;
      let Sf = Sfs + dt * ws[L.S_PF]! * (F - Sfs);

      const rbS = ws[L.S_RB]!;
      const rbNext = rbS + ws[L.S_STOCK_STEP]! * (ra - rbS);
      ws[L.S_RB] = rbNext;
      ws[L.S_RBAR] = rbarS + ws[L.S_PERCEPTION_STEP]! * (ra - rbarS);
      const theta = ws[L.S_THETA]!;
      ws[L.S_THETA] = theta + ws[L.S_TAX_STEP]! * (ys[L.Y_THETA_TARGET]! - theta);
      const kt = ws[L.S_KT]!;
      ws[L.S_KT] = kt + ws[L.S_CLUSTER_STEP]! * (ky - kt);
      ws[L.S_K] = Ks + dt * dK;
      const C = Cs + dt * dC;
      ws[L.S_C] = C;
      ws[L.S_X] = Xs + dt * Math.max(S, OUTPUT_FLOOR) * Vs;
      ws[L.S_G] = Gs * ws[L.S_GROWTH_STEP]!;
      ws[L.S_V] = Vs * ws[L.S_DEMAND_STEP]!;

      // The sector's own end of the sub-step, in the same pass (nothing here reads another sector):
      // tiers move between contested and forced as C and r_b move, so the two parts are re-sorted.
      const kappa = ws[L.S_KAPPA]!;
      // D(C) and (1 − C)^ν change only with C, which stays exactly put in most sub-steps of a
      // stable-gap sector; a small move of C changes (1 − C)^κ and (1 − C)^ν by a factor near 1. Before a
      // year's record they are recomputed exactly, unless they already are the exact powers of this C.
      let DCnext = DCs;
      if (C !== ws[L.S_LAST_C] || (exact && ws[L.S_GAP_EXACT] === 0)) {
        const gapBefore = 1 - ws[L.S_LAST_C]!;
        const movedC = (1 - C - gapBefore) / gapBefore;
        const logMove = movedC <= SMALL_STEP && movedC >= -SMALL_STEP ? log1pSmall(movedC) : Number.NaN;
        const aKappa = kappa * logMove;
        const aNu = nu * logMove;
        if (
          !exact &&
          aKappa <= SMALL_STEP &&
          aKappa >= -SMALL_STEP &&
          aNu <= SMALL_STEP &&
          aNu >= -SMALL_STEP
        ) {
          ws[L.S_GAP_KAPPA] = ws[L.S_GAP_KAPPA]! + ws[L.S_GAP_KAPPA]! * expm1Small(aKappa);
          ws[L.S_GAP_NU] = gapNuS + gapNuS * expm1Small(aNu);
          ws[L.S_GAP_EXACT] = 0;
        } else {
          const logGap = Math.log(1 - C);
          ws[L.S_GAP_KAPPA] = Math.exp(kappa * logGap);
          ws[L.S_GAP_NU] = 1 - C > 0 ? Math.exp(nu * logGap) : 0;
          ws[L.S_GAP_EXACT] = 1;
        }
        DCnext = 1 - ws[L.S_GAP_KAPPA]!;
        ws[L.S_DC] = DCnext;
        ws[L.S_LAST_C] = C;
      }
      let DcutNext = Dcuts;
      if (rbNext !== ws[L.S_LAST_RB]) {
        DcutNext = demandBelowCutoff(rbNext, kappa);
        ws[L.S_DCUT] = DcutNext;
        ws[L.S_LAST_RB] = rbNext;
      }
      const Qnext = Math.min(DCnext, DcutNext);
      const Fnext = Math.max(0, DCnext - DcutNext);
      const toForced = Math.max(0, Sc - Qnext);
      Sc = Sc - toForced;
      Sf = Sf + toForced;
      const toContested = Math.max(0, Sf - Fnext);
      Sf = Math.min(Sf - toContested, Fnext);
      Sc = Math.min(Sc + toContested, Qnext);
      ws[L.S_SC] = Sc;
      ws[L.S_SF] = Sf;
      // What the next sub-step's coupling reads and accumulates into.
      ws[L.S_U] = 1 - Math.max(DCnext, DcutNext);
      ws[L.S_UPSTREAM] = 1;
      ws[L.S_BUYERS_EXPOSURE] = 0;

      // (E11) chokepoints close when capability passes their threshold; re-open only below the hysteresis.
      if (C >= ws[L.S_CLOSE_AT]! || C < ws[L.S_REOPEN_AT]!) closeOrReopen(crossings, w, s);
    }
    if (recording) out.aggregateS[y] = demandTotal > 0 ? domesticTotal / demandTotal : 0;

    if (view) {
      view.copyFrom(w, n);
      observe!(step, { time: (step + 1) * dt, ...view.state });
    }
  }

  spareTable = table;
  if (reusing) spareOutput = out;
  return { result: finishOutput(out, inputs.sectorIds, inputs.baseYear, dt, cal.notices) };
}

/**
 * Closes sector s's open chokepoints whose threshold C has reached, re-opens its closed ones C has
 * fallen below by more than the hysteresis, and records the nearest C at which either can happen next:
 * the lowest threshold still open, the highest re-opening point of the closed ones.
 */
function closeOrReopen(
  crossings: {
    readonly open: Uint8Array;
    readonly threshold: Float64Array;
    readonly hysteresis: number;
    readonly bySector: Float64Array;
    readonly first: Int32Array;
  },
  w: Float64Array,
  s: number,
): void {
  const { open, threshold, hysteresis, bySector, first } = crossings;
  const r = s * L.SECTOR_FIELDS;
  const c = w[r + L.S_C]!;
  let closeAt = Infinity;
  let reopenAt = -Infinity;
  for (let k = first[s]!; k < first[s + 1]!; k++) {
    const i = bySector[k]!;
    if (open[i] === 1) {
      if (c >= threshold[i]!) open[i] = 0;
    } else if (c < threshold[i]! - hysteresis) {
      open[i] = 1;
    }
    if (open[i] === 1) closeAt = Math.min(closeAt, threshold[i]!);
    else reopenAt = Math.max(reopenAt, threshold[i]! - hysteresis);
  }
  w[r + L.S_CLOSE_AT] = closeAt;
  w[r + L.S_REOPEN_AT] = reopenAt;
}

/** Per-sector arrays for the `observe` callback, copied from the run table after each sub-step. */
function observedState(n: number) {
  const state = {
    C: new Float64Array(n),
    Sc: new Float64Array(n),
    Sf: new Float64Array(n),
    K: new Float64Array(n),
    X: new Float64Array(n),
    A: new Float64Array(n),
    P: new Float64Array(n),
    demandC: new Float64Array(n),
    demandCutoff: new Float64Array(n),
  };
  const fields: readonly [Float64Array, number][] = [
    [state.C, L.S_C],
    [state.Sc, L.S_SC],
    [state.Sf, L.S_SF],
    [state.K, L.S_K],
    [state.X, L.S_X],
    [state.A, L.S_ABSORB],
    [state.P, L.S_COST],
    [state.demandC, L.S_DC],
    [state.demandCutoff, L.S_DCUT],
  ];
  return {
    state,
    copyFrom(w: Float64Array, sectors: number): void {
      for (const [target, field] of fields) {
        for (let s = 0; s < sectors; s++) target[s] = w[s * L.SECTOR_FIELDS + field]!;
      }
    },
  };
}
