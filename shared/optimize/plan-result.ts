import type { LeverId } from '../domain/inputs';
import type { Scenario } from '../domain/scenario';
import type { ScheduleShape } from '../domain/schedule-shape';
import type { FailureDrivers } from './failure-drivers';
import type { FrontierPoint } from './frontier';
import type { TargetShortfall } from './shortfall';

/** One lever in one sector of the plan, with its level in the starting scenario for comparison. */
export interface PackageEntry {
  readonly lever: LeverId;
  readonly sector: string;
  /** The level from the package's first year (for a lever left alone, the start's value that year). */
  readonly level: number;
  /** The lever's value in the package's first year under the starting scenario. */
  readonly start: number;
  /** The starting scenario's schedule of the lever (a constant, a step, a ramp…). */
  readonly startShape: ScheduleShape;
  /** Left at the start's schedule: changing it changed neither the cost nor the confidence. */
  readonly leftAlone: boolean;
}

/** A package one step away from the answer in one lever, measured on the same draws. */
export interface PriceStep {
  readonly level: number;
  readonly cost: number;
  readonly confidence: number;
}

/** Why the package holds this lever where it does: what a step down or up would cost and buy. */
export interface PriceOfConfidence {
  readonly lever: LeverId;
  readonly sector: string;
  readonly level: number;
  /** Absent at the bottom of the lever's range. */
  readonly down?: PriceStep;
  /** Absent at the top of the lever's range. */
  readonly up?: PriceStep;
}

/** The answer read again on fresh draws: does its confidence hold off the draws it was chosen on? */
export interface Robustness {
  readonly seed: number;
  readonly draws: number;
  readonly confidence: number;
  readonly meets: boolean;
  /** The fewest of the search's passing draws whose failing would lose the asked confidence (feasible answers). */
  readonly dependsOn?: number;
  /** The answer hinges on two draws or fewer. */
  readonly fragile: boolean;
}

/** A lever held at the top of its range where more of it would still help: why a target is out of reach. */
export interface BindingBound {
  readonly lever: LeverId;
  readonly sector: string;
  readonly level: number;
  /** How much the confidence falls when the lever is one pre-screen step lower. */
  readonly effect: number;
}

export interface OtherCosts {
  readonly disruption: number;
  readonly substitution: number;
}

/** The starting scenario measured as the plan is: what the plan is compared with. */
export interface PlanCosts extends OtherCosts {
  readonly cost: number;
  readonly confidence: number;
}

export interface PlanResult {
  readonly feasible: boolean;
  /** Present when the time limit stopped the search: the answer is the best package found until then. */
  readonly stopped?: 'time';
  /** When not feasible: what held the best package back, the levers' ranges or the budget. */
  readonly limitedBy?: 'bounds' | 'budget';
  /** Share of the problem's draws in which every target holds under the plan. */
  readonly confidence: number;
  /** Cumulative fiscal cost to the horizon, discounted to the base year (E12), on the central run. */
  readonly cost: number;
  readonly package: readonly PackageEntry[];
  /** The starting scenario with the package written in (same id: the caller names and saves it). */
  readonly scenario: Scenario;
  readonly start: PlanCosts;
  /** The plan's disruption and substitution costs (discounted alike), which the search does not minimise. */
  readonly otherCosts: OtherCosts;
  readonly frontier: readonly FrontierPoint[];
  readonly bindingBounds: readonly BindingBound[];
  /** When not feasible: per target, the value reached at the asked confidence and the confidence at the target. */
  readonly shortfall?: readonly TargetShortfall[];
  /** For each lever the package changes: a step down and up, one at a time, on the same draws. */
  readonly priceOfConfidence: readonly PriceOfConfidence[];
  /** The answer on fresh draws (absent when the time limit stopped the search first). */
  readonly robustness: Robustness | null;
  readonly failureDrivers: FailureDrivers | null;
  /** Candidates refused because a draw was numerically unstable even at the smallest step. */
  readonly unstableCandidates: number;
  readonly evaluations: { readonly centralRuns: number; readonly drawRuns: number };
  readonly problem: {
    readonly confidence: number;
    readonly draws: number;
    readonly seed: number;
    readonly discountRate: number;
    readonly fromYear: number;
    readonly rampYears: number;
    readonly budget?: number;
    /** Packages within this much (USD bn) of the least cost found count as least-cost. */
    readonly costTolerance: number;
  };
}

/** A level as the answer reports it (six significant digits: no binary fractions in the output). */
export const tidyLevel = (value: number) => Number(value.toPrecision(6));
