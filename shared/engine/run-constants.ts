import type { LeverDefaults } from '../catalogue/types';
import type { InputId } from '../domain/inputs';
import type { Calibration } from './calibrate';
import type { DependencyPairs } from './dependency-pairs';
import { dependencyPairs } from './dependency-pairs';
import type { ModelParameters } from './model-parameters';

/**
 * Everything the time loop needs that does not change within a run: per-sector factors, and per-year
 * input factors (inputs are constant within a year), computed once instead of every sub-step.
 */
export interface RunConstants {
  /** ln(1 + g_R), ln(1 + g_V). */
  readonly g: Float64Array;
  readonly gVlog: Float64Array;
  /** Wright's-law exponent b_L = −log2(1 − LR). */
  readonly bL: Float64Array;
  readonly lagRSteps: Int32Array;
  readonly lagBSteps: Int32Array;
  /** 1/(1 + κ_cat·r̄0) and 1/(1 − κ_fin·U0): the base-year normalisations of (E4). */
  readonly catNorm: Float64Array;
  readonly finNorm: Float64Array;
  readonly lnPremium: Float64Array;
  /** Growth paths advance by a constant factor per sub-step; lagged flows are the path scaled back. */
  readonly growthStep: Float64Array;
  readonly demandStep: Float64Array;
  readonly lagRBack: Float64Array;
  readonly lagBBack: Float64Array;
  /**
   * The four delays (stockpiles, perception, tax adjustment, cluster ramp) relax exactly over a
   * sub-step, x += (1 − e^(−dt/T))·(target − x): with Euler's dt/T a restriction jump under a short
   * stockpile delay made dt = 1/12 and 1/48 disagree beyond model.md §8.8 (docs/model.md, Readings 1).
   */
  readonly stockStep: Float64Array;
  readonly perceptionStep: Float64Array;
  readonly taxStep: Float64Array;
  readonly clusterStep: Float64Array;
  /** Per sector and year (`s * years + y`): b(y − 1)^γ, (1 − τ)^(−η), r·(1 − ℓ), π0 + λ_m·m. */
  readonly crowdIn: Float64Array;
  readonly thetaTarget: Float64Array;
  readonly restricted: Float64Array;
  readonly choiceBase: Float64Array;
  /** Per sector and year: 1 + μ_m·m, procurement's speed-up of adoption (model version 2; 1 in version 1). */
  readonly adoptionBoost: Float64Array;
  /** ω is sparse (a handful of pairs): the loop walks only the pairs that exist. */
  readonly pairs: DependencyPairs;
}

export function runConstants(
  parameters: ModelParameters,
  cal: Calibration,
  input: Readonly<Record<InputId, Float64Array>>,
  inYears: number,
  leverDefaults: LeverDefaults,
  perYear: number,
): RunConstants {
  const v = parameters.values;
  const n = parameters.sectorIds.length;
  const dt = 1 / perYear;
  const f64 = (size: number): Float64Array => new Float64Array(size);
  const c = {
    g: f64(n),
    gVlog: f64(n),
    bL: f64(n),
    lagRSteps: new Int32Array(n),
    lagBSteps: new Int32Array(n),
    catNorm: f64(n),
    finNorm: f64(n),
    lnPremium: f64(n),
    growthStep: f64(n),
    demandStep: f64(n),
    lagRBack: f64(n),
    lagBBack: f64(n),
    stockStep: f64(n),
    perceptionStep: f64(n),
    taxStep: f64(n),
    clusterStep: f64(n),
    crowdIn: f64(n * inYears),
    thetaTarget: f64(n * inYears),
    restricted: f64(n * inYears),
    choiceBase: f64(n * inYears),
    adoptionBoost: f64(n * inYears),
    pairs: dependencyPairs(parameters.omega, n),
  };
  for (let s = 0; s < n; s++) {
    c.g[s] = Math.log(1 + v.gR[s]!);
    c.gVlog[s] = Math.log(1 + v.gV[s]!);
    c.bL[s] = -Math.log2(1 - v.learningRate[s]!);
    c.lagRSteps[s] = Math.round(v.lagR[s]! * perYear);
    c.lagBSteps[s] = Math.round(v.lagB[s]! * perYear);
    c.catNorm[s] = 1 / (1 + v.kappaCat[s]! * cal.restriction0[s]!);
    c.finNorm[s] = 1 / (1 - v.kappaFin[s]! * cal.U0[s]!);
    c.lnPremium[s] = Math.log(1 + v.pricePremium[s]!);
    c.growthStep[s] = Math.exp(c.g[s]! * dt);
    c.demandStep[s] = Math.exp(c.gVlog[s]! * dt);
    c.lagRBack[s] = Math.exp(-c.g[s]! * c.lagRSteps[s]! * dt);
    c.lagBBack[s] = Math.exp(-c.g[s]! * c.lagBSteps[s]! * dt);
    c.stockStep[s] = -Math.expm1(-dt / v.tStock[s]!);
    c.perceptionStep[s] = -Math.expm1(-dt / v.tCat[s]!);
    c.taxStep[s] = -Math.expm1(-dt * v.lambda[s]!);
    c.clusterStep[s] = -Math.expm1(-dt / v.tK[s]!);
    for (let y = 0; y < inYears; y++) {
      const iy = s * inYears + y;
      const bPrevious = y >= 1 ? input.basicResearch[iy - 1]! : leverDefaults.basicResearch;
      // Base-year levers give factors of exactly 1: skip the (slow) general power then.
      c.crowdIn[iy] = bPrevious === 1 ? 1 : Math.pow(bPrevious, v.gamma[s]!);
      c.thetaTarget[iy] = input.rdTaxCut[iy] === 0 ? 1 : Math.pow(1 - input.rdTaxCut[iy]!, -v.eta[s]!);
      c.restricted[iy] = input.restriction[iy]! * (1 - v.leakage[s]!);
      c.choiceBase[iy] = cal.pi0[s]! + v.lambdaM[s]! * input.procurement[iy]!;
      c.adoptionBoost[iy] = 1 + v.muM[s]! * input.procurement[iy]!;
    }
  }
  return c;
}
