import type { Scenario } from '../../../shared/domain/scenario';
import type { Attribution } from '../../../shared/engine/attribution';
import type { EngineError } from '../../../shared/engine/engine-error';
import type { GoalSeekAnswer } from '../../../shared/engine/goal-seek';
import type { GoalSeekError, GoalSeekRequest } from '../../../shared/engine/goal-seek-request';
import type { ModelVersion } from '../../../shared/engine/model-version';
import type { MonteCarloResult } from '../../../shared/engine/monte-carlo';
import type { DrawSamples } from '../../../shared/engine/monte-carlo-draws';
import type { SimulationResult } from '../../../shared/engine/simulation-result';
import type { CompareError } from '../../../shared/compare/compare-error';
import type { OptimizeError, OptimizeProblem, OptimizeProgress, PlanResult } from '../../../shared/optimize';
import type { Result } from '../../../shared/result';

/**
 * The one protocol between the interface and the engine, the same in a worker and on the main thread.
 * The editor, the comparison and the plan finder each keep their own scheduling on top of it (see
 * sim-client.ts, compare-client.ts and features/plan/use-plan-search.ts), on lanes of the one engine
 * pool (engine-pool.ts), which numbers their jobs pool-wide and routes the replies back. The engine
 * side only runs what it is asked: long jobs (bands, draws, plan searches) side by side, chunk by
 * chunk, each until done or its own `cancel` (a newer job does not stop an older one: a client that
 * replaces a job cancels it).
 */

/** What the charts and comparisons read of a deterministic run: only typed arrays cross the boundary. */
export type EngineRun = Pick<
  SimulationResult,
  'years' | 'sectorIds' | 'S' | 'C' | 'aggregateS' | 'chokepointsOpen' | 'notices' | 'dt'
> & {
  readonly costs: Pick<SimulationResult['costs'], 'fiscalTotal' | 'disruptionTotal' | 'substitutionTotal'>;
};

/** P10–P90 bands after `draws` Monte Carlo draws on `seed`. */
export type EngineBands = Pick<
  MonteCarloResult,
  'draws' | 'seed' | 'S' | 'C' | 'aggregateS' | 'chokepointsOpen' | 'targetProbability'
>;

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

export interface EngineItem {
  /** Content key (`contentKey`): equal keys mean equal results, so results are cached by it. */
  readonly key: string;
  readonly scenario: Scenario;
  /** The model version to run (default: the current one); the backtest view runs version 1 too. */
  readonly modelVersion?: ModelVersion;
}

export type EngineRequest =
  | { readonly type: 'run'; readonly job: number; readonly items: readonly EngineItem[] }
  | {
      readonly type: 'bands';
      readonly job: number;
      readonly item: EngineItem;
      readonly seed: number;
      readonly draws: number;
      /** Draw counts after which the bands so far are sent (the last is `draws`). */
      readonly checkpoints: readonly number[];
    }
  | {
      /** Draws `from … to − 1` as raw samples, for bands merged from several threads. */
      readonly type: 'draws';
      readonly job: number;
      readonly item: EngineItem;
      readonly seed: number;
      readonly from: number;
      readonly to: number;
      /** Draw counts after which the samples so far are sent (the end of the range always is). */
      readonly checkpoints: readonly number[];
    }
  | {
      /**
       * Bands of the draws gathered so far for job `job`: `parts` adds to what earlier messages of the
       * job brought; `final` says no more will come. Answered with 'bands-progress'.
       */
      readonly type: 'summarize';
      readonly job: number;
      readonly item: EngineItem;
      readonly seed: number;
      readonly total: number;
      readonly parts: readonly DrawSamples[];
      readonly final: boolean;
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
  /** The least-cost lever package meeting the targets (seconds): answered with progress, then the plan. */
  | { readonly type: 'plan'; readonly job: number; readonly problem: OptimizeProblem }
  /** Stops one long job (bands, draws, plan) at its next yield: between two chunks or waves of draws. */
  | { readonly type: 'cancel'; readonly job: number };

export type EngineReply =
  | {
      readonly type: 'run-result';
      readonly job: number;
      readonly results: readonly { readonly key: string; readonly outcome: Result<EngineRun, EngineError> }[];
    }
  | {
      readonly type: 'bands-progress';
      readonly job: number;
      readonly key: string;
      readonly seed: number;
      readonly done: number;
      readonly total: number;
      readonly outcome: Result<EngineBands, EngineError & { readonly draw?: number }>;
    }
  | {
      readonly type: 'draws-progress';
      readonly job: number;
      readonly key: string;
      /** The last message of the job. */
      readonly last: boolean;
      /** The draws since the job's previous message, in draw order. */
      readonly outcome: Result<readonly DrawSamples[], EngineError & { readonly draw?: number }>;
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
    }
  | { readonly type: 'plan-progress'; readonly job: number; readonly progress: OptimizeProgress }
  /** A cancelled plan job answers `cancelled`. */
  | {
      readonly type: 'plan-result';
      readonly job: number;
      readonly outcome: Result<PlanAnswer, OptimizeError>;
    };

/** The content key of a scenario's run: only what changes the numbers (names and notes do not). */
export function contentKey(scenario: Scenario): string {
  const { catalogue, baseYear, horizon, seed, sectors, parameters } = scenario;
  return JSON.stringify([catalogue, baseYear, horizon, seed, sectors, parameters ?? null]);
}
