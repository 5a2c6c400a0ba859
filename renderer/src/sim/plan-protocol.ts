import type { OptimizeError, OptimizeProblem, OptimizeProgress, PlanResult } from '../../../shared/optimize';
import type { Result } from '../../../shared/result';

/** A target quantity's yearly series under the starting scenario and under the plan (central runs). */
export interface PlanTrajectory {
  /** `IC:S`, `aggregate`, `chokepoints` (quantityKey of the target). */
  readonly quantity: string;
  readonly start: readonly number[];
  readonly plan: readonly number[];
}

/** The plan finder's answer with what the view draws beside it. */
export interface PlanAnswer {
  readonly result: PlanResult;
  readonly years: readonly number[];
  readonly trajectories: readonly PlanTrajectory[];
}

/** Messages of the plan finder's worker (its own: a search takes seconds and must not hold up the others). */
export type ToPlanWorker =
  | { readonly type: 'find'; readonly job: number; readonly problem: OptimizeProblem }
  | { readonly type: 'cancel'; readonly job: number };

export type FromPlanWorker =
  | { readonly type: 'progress'; readonly job: number; readonly progress: OptimizeProgress }
  | { readonly type: 'answer'; readonly job: number; readonly outcome: Result<PlanAnswer, OptimizeError> };
