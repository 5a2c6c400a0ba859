import type { LeverDefaults } from '../catalogue/types';
import type { Calibration } from './calibrate';
import type { ChokepointTable } from './chokepoint-table';
import { demandBelowCutoff } from './ladder';
import type { ModelParameters } from './model-parameters';
import { resolveInputs } from './resolve-inputs';
import { runConstants } from './run-constants';
import type { ScenarioInputs } from './scenario-inputs';
import { expm1Small, log1pSmall, SMALL_STEP } from './small-step';
import { allocateOutput, finishOutput } from './simulation-output';
import type { SimulationResult } from './simulation-result';
import type { Instability } from './stability';
import { CAPABILITY_CONDITION, checkStaticStability } from './stability';

export interface SimulateOptions {
  readonly stepsPerYear: number;
  /** Record the ids of open chokepoints per year (off in Monte Carlo draws, which only count them). */
  readonly recordOpenIds: boolean;
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

/** Values updated multiplicatively stay below this; past it (overflow near) they are recomputed. */
const HUGE = 1e300;

/**
 * Integrates the model (equations E1–E12 of docs/model.md §3) in sub-steps of 1/stepsPerYear. All
 * right-hand sides use the state at the start of the sub-step. Returns the instability instead of a
 * result when a stability condition breaks, so the caller can retry with a smaller step.
 * This loop is the hot path of every Monte Carlo draw: typed arrays in locals, no allocation, and
 * x^y written as exp(y·ln x) with each logarithm shared where it can be. The slowly moving powers and
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
  const input = resolveInputs(inputs, leverDefaults, parameters);
  const { basicResearch: b, rdTaxCut: tau, universityLinks: u, clusters: k, openness: o } = input;
  const {
    M: vM,
    beta: vBeta,
    cK: vCK,
    cU: vCU,
    chi: vChi,
    d: vD,
    delta: vDelta,
    gF: vGF,
    h: vH,
    kappaCat: vKappaCat,
    kappaFin: vKappaFin,
    lambdaP: vLambdaP,
    lambdaSec: vLambdaSec,
    muA: vMuA,
    muK: vMuK,
    muU: vMuU,
    nu: vNu,
    p: vP,
    pF: vPF,
    phi: vPhi,
    q: vQ,
    relabel: vRelabel,
    gNew: vGNew,
    zeta: vZeta,
  } = parameters.values;
  const { kappa: dataKappa, V0: dataV0 } = parameters.data;
  const { B0: calB0, C0: calC0, KF0: calKF0, R0: calR0, a: calA, psi: calPsi } = cal;
  const {
    gVlog,
    bL,
    lagRSteps,
    lagBSteps,
    catNorm,
    finNorm,
    lnPremium,
    growthStep,
    demandStep,
    lagRBack,
    lagBBack,
    stockStep,
    perceptionStep,
    taxStep,
    clusterStep,
    crowdIn,
    thetaTarget,
    restricted,
    choiceBase,
    adoptionBoost,
    pairs,
  } = runConstants(parameters, cal, input, inYears, leverDefaults, perYear);

  const f64 = (size: number): Float64Array => new Float64Array(size);
  // State: restriction biting and perceived, tax adjustment, knowledge, cluster maturity, capability,
  // cumulative output, contested and forced self-reliance; growth paths G and V.
  const rb = Float64Array.from(cal.restriction0),
    rbar = Float64Array.from(cal.restriction0);
  const theta = f64(n).fill(1),
    K = Float64Array.from(cal.K0),
    kt = f64(n).fill(leverDefaults.clusters);
  const C = Float64Array.from(calC0),
    X = Float64Array.from(cal.X0);
  const Sc = Float64Array.from(cal.Sc0),
    Sf = Float64Array.from(cal.Sf0);
  // Version 2's forward pricing reads the attainable contested share π·Q of the last sub-step.
  const committed = Float64Array.from(cal.attainable0);
  const { Xref: calXref } = cal;
  const G = f64(n).fill(1),
    V = Float64Array.from(dataV0);
  // Start-of-step values shared across sectors: D(C), D(x_r), U, ln(1 − C), exposure, upstream supply.
  const DC = f64(n),
    Dcut = f64(n),
    U = f64(n),
    gapNu = f64(n),
    lastC = f64(n),
    gapKappa = f64(n),
    kRelPow = f64(n),
    lastKRel = f64(n).fill(Number.NaN),
    lastRb = f64(n);
  // The last sub-step's experience with ln(experience/X_ref), ln P with P, and the choice logit's
  // argument with its exponential: the bases of the multiplicative updates (NaN: none yet).
  const lastExperience = f64(n).fill(Number.NaN),
    lnExperience = f64(n),
    lastLnP = f64(n).fill(Number.NaN),
    lastP = f64(n),
    lastLogit = f64(n).fill(Number.NaN),
    expLogit = f64(n);
  const exposure = f64(n),
    upstream = f64(n),
    buyersExposure = f64(n),
    A = f64(n),
    cost = f64(n);
  const Rhist = f64(n * totalSteps);
  for (let s = 0; s < n; s++) {
    const logGap = Math.log(1 - C[s]!);
    gapKappa[s] = Math.exp(dataKappa[s]! * logGap);
    DC[s] = 1 - gapKappa[s]!;
    gapNu[s] = 1 - C[s]! > 0 ? Math.exp(vNu[s]! * logGap) : 0;
    lastC[s] = C[s]!;
    Dcut[s] = demandBelowCutoff(rb[s]!, dataKappa[s]!);
    lastRb[s] = rb[s]!;
  }

  const items = chokepoints.ids.length;
  const open = new Uint8Array(items);
  const threshold = f64(items);
  for (let i = 0; i < items; i++) {
    threshold[i] = calC0[chokepoints.sector[i]!]! + chokepoints.offset[i]!;
    open[i] = C[chokepoints.sector[i]!]! < threshold[i]! ? 1 : 0;
  }

  const out = allocateOutput(n, outYears, options.recordOpenIds);
  const observing = options.observe !== undefined;
  for (let step = 0; step < totalSteps; step++) {
    const y = (step / perYear) | 0;
    const t = step * dt;
    const recording = step % perYear === 0;

    for (let s = 0; s < n; s++) {
      U[s] = 1 - Math.max(DC[s]!, Dcut[s]!);
      upstream[s] = 1;
      buyersExposure[s] = 0;
    }
    for (let i = 0; i < pairs.weight.length; i++) {
      const buyer = pairs.buyer[i]!;
      const supplier = pairs.supplier[i]!;
      upstream[buyer] = upstream[buyer]! * (1 - pairs.weight[i]! * U[supplier]!);
      buyersExposure[supplier] = buyersExposure[supplier]! + pairs.weight[i]! * rbar[buyer]!;
    }
    for (let s = 0; s < n; s++) exposure[s] = Math.min(1, rbar[s]! + vChi[s]! * buyersExposure[s]!);

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
      const iy = s * inYears + y;
      const uy = u[iy]!;
      const ky = k[iy]!;
      const ra = restricted[iy]!;
      const Gs = G[s]!;
      const Vs = V[s]!;
      const R0 = calR0[s]!;
      const S = Sc[s]! + Sf[s]!;
      const Us = U[s]!;
      const F = Math.max(0, DC[s]! - Dcut[s]!);
      const Q = Math.min(DC[s]!, Dcut[s]!);

      // (E4) private R&D: tax adjustment, crowd-in, catalyst, cash-flow drag.
      const R =
        R0 *
        Gs *
        theta[s]! *
        crowdIn[iy]! *
        (1 + vKappaCat[s]! * rbar[s]!) *
        catNorm[s]! *
        (1 - vKappaFin[s]! * Us) *
        finNorm[s]!;
      Rhist[s * totalSteps + step] = R;

      // (E5) knowledge, with gestation lags; before t0 inputs and flows are on their growth paths.
      const rStep = step - lagRSteps[s]!;
      const Rlag = rStep >= 0 ? Rhist[s * totalSteps + rStep]! : R0 * Gs * lagRBack[s]!;
      const bYear = Math.floor((step - lagBSteps[s]!) / perYear);
      const bLagged = bYear >= 0 ? b[s * inYears + bYear]! : leverDefaults.basicResearch;
      const Blag = bLagged * calB0[s]! * Gs * lagBBack[s]!;
      const dK = -vDelta[s]! * K[s]! + Rlag + vPhi[s]! * (1 + vMuU[s]! * uy) * Blag;
      const kRel = K[s]! / (calKF0[s]! * Gs);

      // (E6) effort: own knowledge, clusters, upstream supply, absorbed foreign knowledge.
      const absorb = Math.min(1, ((1 + vMuA[s]! * uy) * kRel) / (kRel + vH[s]!));
      A[s] = absorb;
      // κ_rel^β: κ_rel often stays exactly put (knowledge on its growth path), so the power changes
      // only when it moved, by the factor (κ_rel/κ_rel')^β when the move is small.
      if (recording || kRel !== lastKRel[s]) {
        const w = (kRel - lastKRel[s]!) / lastKRel[s]!;
        const a = w <= SMALL_STEP && w >= -SMALL_STEP ? vBeta[s]! * log1pSmall(w) : Number.NaN;
        if (!recording && a <= SMALL_STEP && a >= -SMALL_STEP && kRelPow[s]! < HUGE) {
          kRelPow[s] = kRelPow[s]! + kRelPow[s]! * expm1Small(a);
        } else {
          kRelPow[s] = kRel > 0 ? Math.exp(vBeta[s]! * Math.log(kRel)) : 0;
        }
        lastKRel[s] = kRel;
      }
      const own = kRelPow[s]! * (1 + vMuK[s]! * kt[s]!) * upstream[s]!;
      const E = own + calPsi[s]! * o[iy]! * (1 - ra) * absorb;

      // (E7) capability, with the last-mile factor (1 − C)^ν.
      const Cs = C[s]!;
      const gap = 1 - Cs;
      const gapNuS = gapNu[s]!;
      const aE = calA[s]! * E;
      const slope = aE * vNu[s]! * (gap > 0 ? gapNuS / gap : vNu[s]! === 1 ? 1 : 0) + vGF[s]!;
      if (dt * slope > 1) return { instability: { condition: CAPABILITY_CONDITION, sector: s } };
      const dC = aE * gapNuS - vGF[s]! * Cs;

      // (E8) relative cost by Wright's law against demand growth; (E9) choice of a domestic supplier.
      // Version 2: experience includes ζ years of output at the attainable share, the capacity entrants
      // build and price on (forward pricing); with ζ = 0 it is X, as in version 1.
      const experience = X[s]! + vZeta[s]! * committed[s]! * Vs;
      const grew = (experience - lastExperience[s]!) / lastExperience[s]!;
      const lnExperienceS =
        !recording && grew <= SMALL_STEP && grew >= -SMALL_STEP
          ? lnExperience[s]! + log1pSmall(grew)
          : Math.log(experience / calXref[s]!);
      lastExperience[s] = experience;
      lnExperience[s] = lnExperienceS;
      const lnP = lnPremium[s]! - bL[s]! * (lnExperienceS - gVlog[s]! * t);
      // P only matters where it is reported or above 1 (the substitution premium max(0, P − 1) is 0 at
      // or below 1): where domestic supply is cheaper and nothing is recorded, skip the exponential.
      let P = 1;
      if (lnP > 0 || recording || observing) {
        const a = lnP - lastLnP[s]!;
        P =
          !recording && a <= SMALL_STEP && a >= -SMALL_STEP && lastP[s]! < HUGE
            ? lastP[s]! + lastP[s]! * expm1Small(a)
            : Math.exp(lnP);
        lastLnP[s] = lnP;
        lastP[s] = P;
      } else {
        lastLnP[s] = Number.NaN;
      }
      cost[s] = P;
      const logit = vLambdaP[s]! * lnP - choiceBase[iy]! - vLambdaSec[s]! * exposure[s]!;
      const moved = logit - lastLogit[s]!;
      const expLogitS =
        !recording && moved <= SMALL_STEP && moved >= -SMALL_STEP && expLogit[s]! < HUGE
          ? expLogit[s]! + expLogit[s]! * expm1Small(moved)
          : Math.exp(logit);
      lastLogit[s] = logit;
      expLogit[s] = expLogitS;
      const pi = 1 / (1 + expLogitS);

      const at = s * outYears + y;
      if (recording) {
        out.S[at] = S;
        out.C[at] = Cs;
        out.U[at] = Us;
        out.F[at] = F;
        out.R[at] = R;
        out.P[at] = P;
        out.K[at] = K[s]!;
        out.X[at] = X[s]!;
        out.yearsBehind[at] = -Math.log(Cs) / vGF[s]!;
        demandTotal += Vs;
        domesticTotal += Vs * S;
      }

      // (E12) cost flows, integrated over the year.
      const fiscalFlow =
        (b[iy]! - 1) * calB0[s]! * Gs +
        tau[iy]! * R * (1 + vRelabel[s]!) +
        vCU[s]! * Math.max(0, uy - leverDefaults.universityLinks) * R0 * Gs +
        vCK[s]! * Math.max(0, ky - leverDefaults.clusters) * R0 * Gs;
      out.fiscal[at] = out.fiscal[at]! + fiscalFlow * dt;
      out.disruption[at] = out.disruption[at]! + Us * Vs * vM[s]! * dt;
      out.substitution[at] = out.substitution[at]! + S * Vs * Math.max(0, P - 1) * dt;

      // (E10) self-reliance: Bass adoption toward the attainable share (sped up by procurement, v2), new
      // demand placed at the attainable share (v2), forced share ramps up.
      const attainable = pi * Q;
      const contested = Sc[s]!;
      Sc[s] =
        attainable >= contested
          ? contested +
            dt * ((vP[s]! + vQ[s]! * S) * adoptionBoost[iy]! + vGNew[s]!) * (attainable - contested)
          : contested - dt * (vD[s]! + vGNew[s]!) * (contested - attainable);
      committed[s] = attainable;
      Sf[s] = Sf[s]! + dt * vPF[s]! * (F - Sf[s]!);

      rb[s] = rb[s]! + stockStep[s]! * (ra - rb[s]!);
      rbar[s] = rbar[s]! + perceptionStep[s]! * (ra - rbar[s]!);
      theta[s] = theta[s]! + taxStep[s]! * (thetaTarget[iy]! - theta[s]!);
      kt[s] = kt[s]! + clusterStep[s]! * (ky - kt[s]!);
      K[s] = K[s]! + dt * dK;
      C[s] = Cs + dt * dC;
      X[s] = X[s]! + dt * Math.max(S, OUTPUT_FLOOR) * Vs;
      G[s] = Gs * growthStep[s]!;
      V[s] = Vs * demandStep[s]!;
    }
    if (recording) out.aggregateS[y] = demandTotal > 0 ? domesticTotal / demandTotal : 0;

    // Tiers move between contested and forced as C and r_b move: re-sort the two parts.
    // The next sub-step records a year: its powers are recomputed exactly.
    const exact = (step + 1) % perYear === 0;
    for (let s = 0; s < n; s++) {
      // D(C) and (1 − C)^ν change only with C, which stays exactly put in most sub-steps of a
      // stable-gap sector; a small move of C changes (1 − C)^κ and (1 − C)^ν by a factor near 1.
      if (exact || C[s] !== lastC[s]) {
        const gapBefore = 1 - lastC[s]!;
        const w = (1 - C[s]! - gapBefore) / gapBefore;
        const logMove = w <= SMALL_STEP && w >= -SMALL_STEP ? log1pSmall(w) : Number.NaN;
        const aKappa = dataKappa[s]! * logMove;
        const aNu = vNu[s]! * logMove;
        if (
          !exact &&
          aKappa <= SMALL_STEP &&
          aKappa >= -SMALL_STEP &&
          aNu <= SMALL_STEP &&
          aNu >= -SMALL_STEP
        ) {
          gapKappa[s] = gapKappa[s]! + gapKappa[s]! * expm1Small(aKappa);
          gapNu[s] = gapNu[s]! + gapNu[s]! * expm1Small(aNu);
        } else {
          const logGap = Math.log(1 - C[s]!);
          gapKappa[s] = Math.exp(dataKappa[s]! * logGap);
          gapNu[s] = 1 - C[s]! > 0 ? Math.exp(vNu[s]! * logGap) : 0;
        }
        DC[s] = 1 - gapKappa[s]!;
        lastC[s] = C[s]!;
      }
      if (rb[s] !== lastRb[s]) {
        Dcut[s] = demandBelowCutoff(rb[s]!, dataKappa[s]!);
        lastRb[s] = rb[s]!;
      }
      const Q = Math.min(DC[s]!, Dcut[s]!);
      const F = Math.max(0, DC[s]! - Dcut[s]!);
      const toForced = Math.max(0, Sc[s]! - Q);
      Sc[s] = Sc[s]! - toForced;
      Sf[s] = Sf[s]! + toForced;
      const toContested = Math.max(0, Sf[s]! - F);
      Sf[s] = Math.min(Sf[s]! - toContested, F);
      Sc[s] = Math.min(Sc[s]! + toContested, Q);
    }

    options.observe?.(step, {
      time: (step + 1) * dt,
      C,
      Sc,
      Sf,
      K,
      X,
      A,
      P: cost,
      demandC: DC,
      demandCutoff: Dcut,
    });

    // (E11) chokepoints close when capability passes their threshold; re-open only below the hysteresis.
    for (let i = 0; i < items; i++) {
      const c = C[chokepoints.sector[i]!]!;
      if (open[i] === 1) {
        if (c >= threshold[i]!) open[i] = 0;
      } else if (c < threshold[i]! - chokepoints.hysteresis) {
        open[i] = 1;
      }
    }
  }

  return { result: finishOutput(out, inputs.sectorIds, inputs.baseYear, dt, cal.notices) };
}
