import type { Catalogue } from '../catalogue/types';
import type { InputId, LeverId } from '../domain/inputs';
import { INPUT_RANGES } from '../domain/inputs';
import type { Scenario } from '../domain/scenario';
import type { Result } from '../result';
import { err, ok } from '../result';
import type { EngineError } from './engine-error';
import { describeEngineError } from './engine-error';

/** Lever steps of this size are indistinguishable in practice; about 1e-4 of a typical range. */
export const DEFAULT_GOAL_TOLERANCE = 1e-4;

/**
 * "What is the least value of `lever` (in `sectors`, from `fromYear` on) that brings `target.sector`'s
 * S (or C) to `target.value` by `target.byYear`?" By means: in some year up to and including `byYear`,
 * read on the start-of-year values as the targets table reads them (model.md, Readings 5).
 */
export interface GoalSeekRequest {
  /** An input id: the restriction is accepted by the type only to be refused with a reason. */
  readonly lever: InputId;
  readonly sectors: readonly string[];
  readonly fromYear: number;
  readonly target: {
    readonly sector: string;
    readonly variable?: 'S' | 'C';
    readonly value: number;
    readonly byYear: number;
  };
  /** Width of the lever interval the answer is pinned to (default 1e-4). */
  readonly tolerance?: number;
  readonly stepsPerYear?: number;
}

export type GoalSeekError =
  /** The restriction raises S through substitution and lowers it through lost capability. */
  | { readonly kind: 'not-monotone'; readonly lever: 'restriction' }
  | { readonly kind: 'no-sectors' }
  | { readonly kind: 'unknown-sector'; readonly sector: string }
  | {
      readonly kind: 'year-out-of-range';
      readonly field: 'fromYear' | 'byYear';
      readonly year: number;
      readonly min: number;
      readonly max: number;
    }
  | { readonly kind: 'target-out-of-range'; readonly value: number }
  | { readonly kind: 'invalid-tolerance'; readonly tolerance: number }
  | { readonly kind: 'engine'; readonly error: EngineError };

/** A request that passed the checks, with its lever narrowed and its defaults filled in. */
export interface CheckedGoalSeek {
  readonly lever: LeverId;
  readonly sectors: readonly string[];
  readonly fromYear: number;
  readonly sector: string;
  readonly variable: 'S' | 'C';
  readonly value: number;
  readonly byYear: number;
  readonly tolerance: number;
  readonly stepsPerYear?: number;
}

/** Refuses what bisection cannot answer or the engine cannot run, naming the field. */
export function checkGoalSeek(
  scenario: Scenario,
  catalogue: Catalogue,
  request: GoalSeekRequest,
): Result<CheckedGoalSeek, GoalSeekError> {
  const { lever, target } = request;
  if (lever === 'restriction') return err({ kind: 'not-monotone', lever });
  if (request.sectors.length === 0) return err({ kind: 'no-sectors' });
  const known = new Set(catalogue.sectors.map((sector) => sector.id));
  const unknown = [...request.sectors, target.sector].find((sector) => !known.has(sector));
  if (unknown !== undefined) return err({ kind: 'unknown-sector', sector: unknown });
  const min = scenario.baseYear;
  const max = scenario.baseYear + scenario.horizon;
  for (const [field, year] of [
    ['fromYear', request.fromYear],
    ['byYear', target.byYear],
  ] as const) {
    if (!Number.isInteger(year) || year < min || year > max)
      return err({ kind: 'year-out-of-range', field, year, min, max });
  }
  if (!(target.value >= 0 && target.value <= 1))
    return err({ kind: 'target-out-of-range', value: target.value });
  const tolerance = request.tolerance ?? DEFAULT_GOAL_TOLERANCE;
  const range = INPUT_RANGES[lever];
  if (!(tolerance > 0 && tolerance <= range.max - range.min))
    return err({ kind: 'invalid-tolerance', tolerance });
  return ok({
    lever,
    sectors: [...new Set(request.sectors)],
    fromYear: request.fromYear,
    sector: target.sector,
    variable: target.variable ?? 'S',
    value: target.value,
    byYear: target.byYear,
    tolerance,
    stepsPerYear: request.stepsPerYear,
  });
}

/** A plain-English sentence for a goal-seek refusal (the interface maps kinds to its own messages). */
export function describeGoalSeekError(error: GoalSeekError): string {
  switch (error.kind) {
    case 'not-monotone':
      return 'Goal seek cannot solve for the restriction level: it does not move self-reliance in one direction (it forces substitution but cuts capability).';
    case 'no-sectors':
      return 'Choose at least one sector to change the lever in.';
    case 'unknown-sector':
      return `Unknown sector "${error.sector}".`;
    case 'year-out-of-range':
      return `${error.field === 'fromYear' ? 'The first year of the change' : 'The target year'} must be a year from ${error.min} to ${error.max}, got ${error.year}.`;
    case 'target-out-of-range':
      return `The target must be a share from 0 to 1, got ${error.value}.`;
    case 'invalid-tolerance':
      return `The tolerance must be positive and smaller than the lever's range, got ${error.tolerance}.`;
    case 'engine':
      return describeEngineError(error.error);
  }
}
