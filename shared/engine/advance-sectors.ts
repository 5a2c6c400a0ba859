import type { Crossings } from './chokepoint-crossings';
import { closeOrReopen } from './chokepoint-crossings';
import { demandBelowCutoff } from './ladder';
import * as L from './run-layout';
import type { RunTable } from './run-table';
import type { SimulationOutput } from './simulation-output';
import { expm1Small, log1pSmall, SMALL_STEP } from './small-step';

/** Floor of the domestic-output flow in (E8), so a sector starting from nothing still learns. */
const OUTPUT_FLOOR = 0.01;

/** Values updated multiplicatively stay below this; past it (overflow near) they are recomputed. */
const HUGE = 1e300;

/** What a run's sub-steps share: its tables, its output and its chokepoints. */
export interface SectorRun {
  readonly table: RunTable;
  readonly out: SimulationOutput;
  readonly crossings: Crossings;
  readonly sectors: number;
  readonly inYears: number;
  readonly outYears: number;
  readonly perYear: number;
  readonly dt: number;
  /** An `observe` callback reads every sub-step's P. */
  readonly observing: boolean;
}

/**
 * Moves every sector's record one sub-step on (equations E4–E11 of docs/model.md §3), each from the state
 * at the start of the sub-step after the coupling (sector-coupling.ts); records the year's values in the
 * first sub-step of a year and integrates the cost flows (E12). Returns the sector whose capability step
 * breaks the stability condition, or −1.
 * The equations stay one loop body: split into functions per sector and sub-step, V8 stopped inlining
 * them (its inlining budget) and a deterministic run took about 10 % longer.
 */
export function advanceSectors(run: SectorRun, step: number): number {
  const { table, out, crossings, inYears, outYears, perYear, dt, observing } = run;
  const { sectors: w, histories, sectorRecords, yearRecords } = table;
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
  const y = (step / perYear) | 0;
  const t = step * dt;
  const subStep = step - y * perYear;
  const recording = subStep === 0;
  // The next sub-step records a year: its powers are recomputed exactly.
  const exact = (step + 1) % perYear === 0;
  for (let s = 0; s < run.sectors; s++) {
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
    if (dt * slope > 1) return s;
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
  return -1;
}
