import * as L from './run-layout';
import { expm1Small, log1pSmall, SMALL_STEP } from './small-step';

/*
 * The slowly moving powers and logarithms of a sector's record (κ_rel^β, ln of experience, P, the choice
 * logit's exponential, (1 − C)^κ and (1 − C)^ν), updated multiplicatively by short series when a sub-step
 * moves them little (small-step.ts) and recomputed exactly otherwise and at every year's record. Each
 * reads and writes only its own fields of the sector's record.
 */

/** Values updated multiplicatively stay below this; past it (overflow near) they are recomputed. */
const HUGE = 1e300;

/**
 * κ_rel^β of (E6), in S_KREL_POW. κ_rel often stays exactly put (knowledge on its growth path), so the
 * power changes only when it moved, by the factor (κ_rel/κ_rel')^β when the move is small. A year's record
 * recomputes it exactly, unless it already is the exact power of this very κ_rel.
 */
export function updateKnowledgePower(ws: Float64Array, kRel: number, recording: boolean): void {
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
}

/** ln(experience / X_ref) of (E8). */
export function updateLnExperience(ws: Float64Array, experience: number, recording: boolean): number {
  const lastExperience = ws[L.S_LAST_EXPERIENCE]!;
  const grew = (experience - lastExperience) / lastExperience;
  const lnExperience =
    !recording && grew <= SMALL_STEP && grew >= -SMALL_STEP
      ? ws[L.S_LN_EXPERIENCE]! + log1pSmall(grew)
      : Math.log(experience / ws[L.S_XREF]!);
  ws[L.S_LAST_EXPERIENCE] = experience;
  ws[L.S_LN_EXPERIENCE] = lnExperience;
  return lnExperience;
}

/**
 * The relative cost P = exp(ln P) of (E8), also in S_COST. P only matters where it is reported or above 1
 * (the substitution premium max(0, P − 1) is 0 at or below 1): where domestic supply is cheaper and
 * nothing is recorded or observed, the exponential is skipped and P is 1.
 */
export function updateRelativeCost(
  ws: Float64Array,
  lnP: number,
  recording: boolean,
  observing: boolean,
): number {
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
  return P;
}

/** exp(logit) of the choice of a domestic supplier (E9). */
export function updateChoiceOdds(ws: Float64Array, logit: number, recording: boolean): number {
  const expLogit = ws[L.S_EXP_LOGIT]!;
  const moved = logit - ws[L.S_LAST_LOGIT]!;
  const expLogitS =
    !recording && moved <= SMALL_STEP && moved >= -SMALL_STEP && expLogit < HUGE
      ? expLogit + expLogit * expm1Small(moved)
      : Math.exp(logit);
  ws[L.S_LAST_LOGIT] = logit;
  ws[L.S_EXP_LOGIT] = expLogitS;
  return expLogitS;
}

/**
 * (1 − C)^κ and (1 − C)^ν of the new C, and D(C) = 1 − (1 − C)^κ, which the function returns. They change
 * only with C, which stays exactly put in most sub-steps of a stable-gap sector; a small move of C changes
 * them by a factor near 1. Before a year's record (`exact`) they are recomputed exactly, unless they
 * already are the exact powers of this C.
 */
export function updateGapPowers(ws: Float64Array, C: number, exact: boolean): number {
  if (C === ws[L.S_LAST_C] && !(exact && ws[L.S_GAP_EXACT] === 0)) return ws[L.S_DC]!;
  const kappa = ws[L.S_KAPPA]!;
  const nu = ws[L.S_NU]!;
  const gapNu = ws[L.S_GAP_NU]!;
  const gapBefore = 1 - ws[L.S_LAST_C]!;
  const movedC = (1 - C - gapBefore) / gapBefore;
  const logMove = movedC <= SMALL_STEP && movedC >= -SMALL_STEP ? log1pSmall(movedC) : Number.NaN;
  const aKappa = kappa * logMove;
  const aNu = nu * logMove;
  if (!exact && aKappa <= SMALL_STEP && aKappa >= -SMALL_STEP && aNu <= SMALL_STEP && aNu >= -SMALL_STEP) {
    ws[L.S_GAP_KAPPA] = ws[L.S_GAP_KAPPA]! + ws[L.S_GAP_KAPPA]! * expm1Small(aKappa);
    ws[L.S_GAP_NU] = gapNu + gapNu * expm1Small(aNu);
    ws[L.S_GAP_EXACT] = 0;
  } else {
    const logGap = Math.log(1 - C);
    ws[L.S_GAP_KAPPA] = Math.exp(kappa * logGap);
    ws[L.S_GAP_NU] = 1 - C > 0 ? Math.exp(nu * logGap) : 0;
    ws[L.S_GAP_EXACT] = 1;
  }
  const DC = 1 - ws[L.S_GAP_KAPPA]!;
  ws[L.S_DC] = DC;
  ws[L.S_LAST_C] = C;
  return DC;
}
