import type { EngineError } from '../../../shared/engine/engine-error';
import type { RunNotice } from '../../../shared/engine/notice';
import type { Band } from '../../../shared/engine/quantiles';
import type { Scenario } from '../../../shared/domain/scenario';

/** The outputs the interface draws from one deterministic run. */
export interface Trajectory {
  readonly years: readonly number[];
  readonly sectorIds: readonly string[];
  /** Flat per sector: `s * years.length + y`. */
  readonly S: Float64Array;
  readonly C: Float64Array;
  readonly aggregateS: Float64Array;
  readonly chokepointsOpen: Float64Array;
  readonly notices: readonly RunNotice[];
}

/** P10–P90 bands of one scenario after `draws` Monte Carlo draws. */
export interface Bands {
  readonly draws: number;
  readonly S: Band;
  readonly C: Band;
  readonly aggregateS: Band;
  readonly chokepointsOpen: Band;
}

export type Outcome<T> =
  { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: EngineError };

export interface SimItem {
  /** Content key: equal keys mean equal results, so results are cached by it. */
  readonly key: string;
  readonly scenario: Scenario;
}

export type ToWorker =
  | { readonly type: 'run'; readonly job: number; readonly items: readonly SimItem[] }
  | { readonly type: 'bands'; readonly job: number; readonly item: SimItem; readonly draws: number }
  | { readonly type: 'cancel'; readonly job: number };

export type FromWorker =
  | {
      readonly type: 'run-result';
      readonly job: number;
      readonly results: readonly { key: string; outcome: Outcome<Trajectory> }[];
    }
  | {
      readonly type: 'bands-progress';
      readonly job: number;
      readonly key: string;
      readonly outcome: Outcome<Bands>;
      readonly done: number;
      readonly total: number;
    };

/** The content key of a scenario's run: only what changes the numbers. */
export function contentKey(scenario: Scenario): string {
  const { catalogue, baseYear, horizon, seed, sectors, parameters } = scenario;
  return JSON.stringify([catalogue, baseYear, horizon, seed, sectors, parameters ?? null]);
}
