import type { BandOutputs, CompareError, RunOutputs } from '../../../shared/compare';
import type { Scenario } from '../../../shared/domain/scenario';
import type { Attribution } from '../../../shared/engine/attribution';
import type { GoalSeekAnswer } from '../../../shared/engine/goal-seek';
import type { GoalSeekError, GoalSeekRequest } from '../../../shared/engine/goal-seek-request';
import type { Result } from '../../../shared/result';

/**
 * Messages of the comparison engine (a worker of its own beside the editor's: a comparison's Monte
 * Carlo runs take seconds and must not hold up the editor's redraws, nor the editor's its bands).
 */
export interface CompareItem {
  /** Content key of the scenario (`contentKey`): equal keys, equal runs. */
  readonly key: string;
  readonly scenario: Scenario;
  /** Whether its deterministic run, and its bands on `seed`, are still needed. */
  readonly run: boolean;
  readonly bands: boolean;
}

export type ToCompareWorker =
  | {
      readonly type: 'compare-run';
      readonly job: number;
      readonly items: readonly CompareItem[];
      readonly seed: number;
      readonly draws: number;
    }
  | {
      readonly type: 'attribution';
      readonly job: number;
      readonly reference: Scenario;
      readonly other: Scenario;
    }
  | {
      readonly type: 'goal-seek';
      readonly job: number;
      readonly scenario: Scenario;
      readonly request: GoalSeekRequest;
    }
  | { readonly type: 'cancel'; readonly job: number };

export type FromCompareWorker =
  | {
      readonly type: 'run-result';
      readonly job: number;
      readonly results: readonly {
        readonly key: string;
        readonly outcome: Result<RunOutputs, CompareError>;
      }[];
    }
  | {
      readonly type: 'bands-result';
      readonly job: number;
      readonly key: string;
      readonly seed: number;
      readonly draws: number;
      readonly outcome: Result<BandOutputs, CompareError>;
    }
  | {
      readonly type: 'attribution-result';
      readonly job: number;
      readonly outcome: Result<Attribution, CompareError>;
    }
  | {
      readonly type: 'goal-seek-result';
      readonly job: number;
      readonly outcome: Result<GoalSeekAnswer, GoalSeekError>;
    };

/** Where bands of a scenario on a seed with a number of draws are kept. */
export function bandsKey(key: string, seed: number, draws: number): string {
  return `${seed}:${draws}:${key}`;
}
