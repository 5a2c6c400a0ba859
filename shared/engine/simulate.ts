import type { LeverDefaults } from '../catalogue/types';
import type { Calibration } from './calibrate';
import type { ChokepointTable } from './chokepoint-table';
import { dependencyPairs } from './dependency-pairs';
import { demandBelowCutoff } from './ladder';
import type { ModelParameters } from './model-parameters';
import { resolveInputs } from './resolve-inputs';
import type { ScenarioInputs } from './scenario-inputs';
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
  /** D(C) and D(x_r) of the updated state: Q = min of the two, F = max(0, difference). */
  readonly demandC: Float64Array;
  readonly demandCutoff: Float64Array;
}

/** Floor of the domestic-output flow in (E8), so a sector starting from nothing still learns. */
const OUTPUT_FLOOR = 0.01;

/**
 * Integrates the model (equations E1–E12 of model.md §3) with explicit Euler sub-steps of 1/stepsPerYear.
 * All right-hand sides use the state at the start of the sub-step. Returns the instability instead of a
 * result when a stability condition breaks, so the caller can retry with a smaller step.
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

  const { values: v, data, omega } = parameters;
  const n = inputs.sectorIds.length;
  // Typed arrays in locals: the loop below is the hot path of every Monte Carlo draw.
  const vM = v.M;
  const vBeta = v.beta;
  const vCK = v.cK;
  const vCU = v.cU;
  const vChi = v.chi;
  const vD = v.d;
  const vDelta = v.delta;
  const vEta = v.eta;
  const vGF = v.gF;
  const vGR = v.gR;
  const vGV = v.gV;
  const vGamma = v.gamma;
  const vH = v.h;
  const vKappaCat = v.kappaCat;
  const vKappaFin = v.kappaFin;
  const vLagB = v.lagB;
  const vLagR = v.lagR;
  const vLambda = v.lambda;
  const vLambdaM = v.lambdaM;
  const vLambdaP = v.lambdaP;
  const vLambdaSec = v.lambdaSec;
  const vLeakage = v.leakage;
  const vLearningRate = v.learningRate;
  const vMuA = v.muA;
  const vMuK = v.muK;
  const vMuU = v.muU;
  const vNu = v.nu;
  const vP = v.p;
  const vPF = v.pF;
  const vPhi = v.phi;
  const vPricePremium = v.pricePremium;
  const vQ = v.q;
  const vRelabel = v.relabel;
  const vTCat = v.tCat;
  const vTK = v.tK;
  const vTStock = v.tStock;
  const calB0 = cal.B0;
  const calC0 = cal.C0;
  const calK0 = cal.K0;
  const calKF0 = cal.KF0;
  const calR0 = cal.R0;
  const calSc0 = cal.Sc0;
  const calSf0 = cal.Sf0;
  const calU0 = cal.U0;
  const calX0 = cal.X0;
  const calA = cal.a;
  const calPi0 = cal.pi0;
  const calPsi = cal.psi;
  const calRestriction0 = cal.restriction0;
  const dataV0 = data.V0;
  const dataKappa = data.kappa;
  const H = inputs.horizon;
  const outYears = H + 1;
  const inYears = inputs.years;
  const totalSteps = (H + 1) * perYear;
  const input = resolveInputs(inputs, leverDefaults, parameters);
  const b = input.basicResearch;
  const tau = input.rdTaxCut;
  const u = input.universityLinks;
  const k = input.clusters;
  const m = input.procurement;
  const o = input.openness;
  const r = input.restriction;

  const f64 = (size: number): Float64Array => new Float64Array(size);
  // State.
  const rb = f64(n), rbar = f64(n), theta = f64(n), K = f64(n), kt = f64(n), C = f64(n), X = f64(n);
  const Sc = f64(n), Sf = f64(n);
  // Start-of-step ladder values shared across sectors.
  const DC = f64(n), Dcut = f64(n), U = f64(n), exposure = f64(n), upstream = f64(n), buyersExposure = f64(n);
  // Per-sector constants.
  const g = f64(n), gVlog = f64(n), bL = f64(n), lagRSteps = new Int32Array(n), lagBSteps = new Int32Array(n);
  const catNorm = f64(n), finNorm = f64(n), lnPremium = f64(n);
  const Rhist = f64(n * totalSteps);
  // Growth paths advance by a constant factor per sub-step; lagged flows are the current path
  // scaled back by the lag. Per-year input factors are computed once, not every sub-step.
  const G = f64(n), V = f64(n), growthStep = f64(n), demandStep = f64(n), lagRBack = f64(n), lagBBack = f64(n);
  const crowdIn = f64(n * inYears), thetaTarget = f64(n * inYears), restricted = f64(n * inYears);
  const lastRb = f64(n);
  // The four delays (stockpiles, perception, tax adjustment, cluster ramp) relax exactly over a
  // sub-step, x += (1 − e^(−dt/T))·(target − x): Euler's dt/T let a restriction jump with a short
  // stockpile delay make dt = 1/12 and 1/48 disagree beyond model.md §8.8 (see docs/model.md).
  const stockStep = f64(n), perceptionStep = f64(n), taxStep = f64(n), clusterStep = f64(n);
  const A = f64(n);
  // ω is sparse (a handful of pairs): walk only the pairs that exist.
  const pairs = dependencyPairs(omega, n);
  const logGap = f64(n);

  const years: number[] = [];
  for (let y = 0; y < outYears; y++) years.push(inputs.baseYear + y);
  const out = {
    S: f64(n * outYears), C: f64(n * outYears), U: f64(n * outYears), F: f64(n * outYears),
    R: f64(n * outYears), P: f64(n * outYears), K: f64(n * outYears), X: f64(n * outYears),
    yearsBehind: f64(n * outYears),
  };
  const aggregateS = f64(outYears);
  const chokepointsOpen = f64(outYears);
  const openIds: number[][] | undefined = options.recordOpenIds ? [] : undefined;
  const fiscal = f64(n * outYears), disruption = f64(n * outYears), substitution = f64(n * outYears);
  const fiscalTotal = f64(outYears), disruptionTotal = f64(outYears), substitutionTotal = f64(outYears);

  for (let s = 0; s < n; s++) {
    const ra0 = calRestriction0[s]!;
    rb[s] = ra0;
    rbar[s] = ra0;
    theta[s] = 1;
    K[s] = calK0[s]!;
    kt[s] = leverDefaults.clusters;
    C[s] = calC0[s]!;
    X[s] = calX0[s]!;
    Sc[s] = calSc0[s]!;
    Sf[s] = calSf0[s]!;
    g[s] = Math.log(1 + vGR[s]!);
    gVlog[s] = Math.log(1 + vGV[s]!);
    bL[s] = -Math.log2(1 - vLearningRate[s]!);
    lagRSteps[s] = Math.round(vLagR[s]! * perYear);
    lagBSteps[s] = Math.round(vLagB[s]! * perYear);
    catNorm[s] = 1 / (1 + vKappaCat[s]! * ra0);
    finNorm[s] = 1 / (1 - vKappaFin[s]! * calU0[s]!);
    lnPremium[s] = Math.log(1 + vPricePremium[s]!);
    logGap[s] = Math.log(1 - C[s]!);
    DC[s] = 1 - Math.exp(dataKappa[s]! * logGap[s]!);
    Dcut[s] = demandBelowCutoff(rb[s]!, dataKappa[s]!);
    lastRb[s] = rb[s]!;
    G[s] = 1;
    V[s] = dataV0[s]!;
    stockStep[s] = -Math.expm1(-dt / vTStock[s]!);
    perceptionStep[s] = -Math.expm1(-dt / vTCat[s]!);
    taxStep[s] = -Math.expm1(-dt * vLambda[s]!);
    clusterStep[s] = -Math.expm1(-dt / vTK[s]!);
    growthStep[s] = Math.exp(g[s]! * dt);
    demandStep[s] = Math.exp(gVlog[s]! * dt);
    lagRBack[s] = Math.exp(-g[s]! * lagRSteps[s]! * dt);
    lagBBack[s] = Math.exp(-g[s]! * lagBSteps[s]! * dt);
    for (let y = 0; y < inYears; y++) {
      const iy = s * inYears + y;
      const bPrev = y >= 1 ? b[iy - 1]! : leverDefaults.basicResearch;
      crowdIn[iy] = Math.pow(bPrev, vGamma[s]!);
      thetaTarget[iy] = Math.pow(1 - tau[iy]!, -vEta[s]!);
      restricted[iy] = r[iy]! * (1 - vLeakage[s]!);
    }
  }

  const items = chokepoints.ids.length;
  const open = new Uint8Array(items);
  const threshold = f64(items);
  for (let i = 0; i < items; i++) {
    threshold[i] = calC0[chokepoints.sector[i]!]! + chokepoints.offset[i]!;
    open[i] = C[chokepoints.sector[i]!]! < threshold[i]! ? 1 : 0;
  }

  for (let step = 0; step < totalSteps; step++) {
    const y = (step / perYear) | 0;
    const t = step * dt;
    const recording = step % perYear === 0;

    for (let s = 0; s < n; s++) U[s] = 1 - Math.max(DC[s]!, Dcut[s]!);
    for (let s = 0; s < n; s++) {
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
      let open_ = 0;
      let ids: number[] | undefined;
      if (openIds) ids = [];
      for (let i = 0; i < items; i++) {
        if (open[i] === 1) {
          open_++;
          ids?.push(chokepoints.ids[i]!);
        }
      }
      chokepointsOpen[y] = open_;
      if (openIds && ids) openIds.push(ids);
    }

    let demandTotal = 0;
    let domesticTotal = 0;
    for (let s = 0; s < n; s++) {
      const iy = s * inYears + y;
      const by = b[iy]!;
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

      // (E4) private R&D.
      const R =
        R0 * Gs * theta[s]! * crowdIn[iy]! *
        (1 + vKappaCat[s]! * rbar[s]!) * catNorm[s]! * (1 - vKappaFin[s]! * Us) * finNorm[s]!;
      Rhist[s * totalSteps + step] = R;

      // (E5) knowledge, with gestation lags; before t0 inputs and flows are on their growth paths.
      const rStep = step - lagRSteps[s]!;
      const Rlag = rStep >= 0 ? Rhist[s * totalSteps + rStep]! : R0 * Gs * lagRBack[s]!;
      const bStep = step - lagBSteps[s]!;
      const bYear = Math.floor(bStep / perYear);
      const bLagged = bYear >= 0 ? b[s * inYears + bYear]! : leverDefaults.basicResearch;
      const Blag = bLagged * calB0[s]! * Gs * lagBBack[s]!;
      const dK = -vDelta[s]! * K[s]! + Rlag + vPhi[s]! * (1 + vMuU[s]! * uy) * Blag;
      const kRel = K[s]! / (calKF0[s]! * Gs);

      // (E6) effort: own knowledge, clusters, upstream supply, absorbed foreign knowledge.
      const absorb = Math.min(1, ((1 + vMuA[s]! * uy) * kRel) / (kRel + vH[s]!));
      A[s] = absorb;
      const own = (kRel > 0 ? Math.exp(vBeta[s]! * Math.log(kRel)) : 0) * (1 + vMuK[s]! * kt[s]!) * upstream[s]!;
      const E = own + calPsi[s]! * o[iy]! * (1 - ra) * absorb;

      // (E7) capability, with the last-mile factor (1 − C)^ν.
      const Cs = C[s]!;
      const gap = 1 - Cs;
      const gapNu = gap > 0 ? Math.exp(vNu[s]! * logGap[s]!) : 0;
      const aE = calA[s]! * E;
      const slope = aE * vNu[s]! * (gap > 0 ? gapNu / gap : vNu[s]! === 1 ? 1 : 0) + vGF[s]!;
      if (dt * slope > 1) return { instability: { condition: CAPABILITY_CONDITION, sector: s } };
      const dC = aE * gapNu - vGF[s]! * Cs;

      // (E8) relative cost by Wright's law against demand growth.
      const lnP = lnPremium[s]! - bL[s]! * (Math.log(X[s]! / calX0[s]!) - gVlog[s]! * t);
      const P = Math.exp(lnP);
      // (E9) choice of a domestic supplier in the contestable tiers.
      const pi = 1 / (1 + Math.exp(-(calPi0[s]! - vLambdaP[s]! * lnP + vLambdaM[s]! * m[iy]! + vLambdaSec[s]! * exposure[s]!)));

      if (recording) {
        const o_ = s * outYears + y;
        out.S[o_] = S;
        out.C[o_] = Cs;
        out.U[o_] = Us;
        out.F[o_] = F;
        out.R[o_] = R;
        out.P[o_] = P;
        out.K[o_] = K[s]!;
        out.X[o_] = X[s]!;
        out.yearsBehind[o_] = -Math.log(Cs) / vGF[s]!;
        demandTotal += Vs;
        domesticTotal += Vs * S;
      }

      // (E12) cost flows, integrated over the year.
      const costAt = s * outYears + y;
      const fiscalFlow =
        (by - 1) * calB0[s]! * Gs +
        tau[iy]! * R * (1 + vRelabel[s]!) +
        vCU[s]! * Math.max(0, uy - leverDefaults.universityLinks) * R0 * Gs +
        vCK[s]! * Math.max(0, ky - leverDefaults.clusters) * R0 * Gs;
      fiscal[costAt] = fiscal[costAt]! + fiscalFlow * dt;
      disruption[costAt] = disruption[costAt]! + Us * Vs * vM[s]! * dt;
      substitution[costAt] = substitution[costAt]! + S * Vs * Math.max(0, P - 1) * dt;

      // (E10) self-reliance: Bass adoption toward the attainable share, forced share ramps up.
      const attainable = pi * Q;
      let ScNew = Sc[s]!;
      if (attainable >= ScNew) ScNew += dt * (vP[s]! + vQ[s]! * S) * (attainable - ScNew);
      else ScNew -= dt * vD[s]! * (ScNew - attainable);
      Sc[s] = ScNew;
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
    if (recording) aggregateS[y] = demandTotal > 0 ? domesticTotal / demandTotal : 0;

    // Tiers move between contested and forced as C and r_b move: re-sort the two parts.
    for (let s = 0; s < n; s++) {
      logGap[s] = Math.log(1 - C[s]!);
      DC[s] = 1 - Math.exp(dataKappa[s]! * logGap[s]!);
      if (rb[s] !== lastRb[s]) {
        Dcut[s] = demandBelowCutoff(rb[s]!, dataKappa[s]!);
        lastRb[s] = rb[s]!;
      }
      const Q = Math.min(DC[s]!, Dcut[s]!);
      const F = Math.max(0, DC[s]! - Dcut[s]!);
      let excess = Math.max(0, Sc[s]! - Q);
      Sc[s] = Sc[s]! - excess;
      Sf[s] = Sf[s]! + excess;
      excess = Math.max(0, Sf[s]! - F);
      Sf[s] = Sf[s]! - excess;
      Sc[s] = Sc[s]! + excess;
      Sc[s] = Math.min(Sc[s]!, Q);
      Sf[s] = Math.min(Sf[s]!, F);
    }

    options.observe?.(step, { time: (step + 1) * dt, C, Sc, Sf, K, X, A, demandC: DC, demandCutoff: Dcut });

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

  for (let y = 0; y < outYears; y++) {
    let f = 0, d = 0, su = 0;
    for (let s = 0; s < n; s++) {
      f += fiscal[s * outYears + y]!;
      d += disruption[s * outYears + y]!;
      su += substitution[s * outYears + y]!;
    }
    fiscalTotal[y] = f;
    disruptionTotal[y] = d;
    substitutionTotal[y] = su;
  }

  return {
    result: {
      sectorIds: inputs.sectorIds,
      years,
      dt,
      ...out,
      aggregateS,
      chokepointsOpen,
      ...(openIds ? { openIds } : {}),
      costs: { fiscal, disruption, substitution, fiscalTotal, disruptionTotal, substitutionTotal },
      notices: cal.notices,
    },
  };
}
