/** The plan finder: the least-cost lever package that meets targets with a confidence, and what breaks it. */
export type { Target, TargetQuantity, TargetParseError, TargetTiming } from './targets';
export { parseTarget, formatTarget, quantityKey } from './targets';
export type { OptimizeProblem, CheckedProblem, DecisionVariable } from './problem';
export {
  checkProblem,
  DEFAULT_CONFIDENCE,
  DEFAULT_DISCOUNT_RATE,
  DEFAULT_OPTIMIZE_DRAWS,
  MAX_OPTIMIZE_DRAWS,
  MAX_RAMP_YEARS,
  MIN_OPTIMIZE_DRAWS,
} from './problem';
export type { OptimizeError } from './optimize-error';
export { describeOptimizeError } from './optimize-error';
export { applyPackage } from './apply-package';
export type { CentralRunner, DrawRunner, DrawFailure } from './draw-runner';
export { localDrawRunner } from './draw-runner';
export type { FrontierPoint } from './frontier';
export { paretoFrontier } from './frontier';
export type {
  BoxCheck,
  FailureBox,
  FailureDriver,
  PeelStep,
  RankedUncertainty,
  UncertainColumn,
} from './failure-box';
export { checkBox, findFailureBox } from './failure-box';
export type { FailureDrivers } from './failure-drivers';
export type { TargetShortfall } from './shortfall';
export { COST_TOLERANCE, costTolerance, MIN_COST_TOLERANCE } from './lexicographic-choice';
export type {
  BindingBound,
  OtherCosts,
  PlanCosts,
  PackageEntry,
  PlanResult,
  PriceOfConfidence,
  PriceStep,
  Robustness,
} from './plan-result';
export type { OptimizeProgress, SearchOptions } from './search-options';
export { findPlan } from './find-plan';
export { holdoutSeed } from './fresh-draws';
export type { PlanScenarioMeta } from './plan-scenario';
export { PLAN_ORIGIN_KEY, planScenario } from './plan-scenario';
