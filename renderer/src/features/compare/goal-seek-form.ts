import type { LeverId } from '../../../../shared/domain/inputs';
import type { GoalSeekRequest } from '../../../../shared/engine/goal-seek-request';

/** The goal-seek question as the form holds it. */
export interface GoalSeekForm {
  readonly scenarioId: string;
  readonly lever: LeverId;
  /** Empty: every sector. */
  readonly sectors: readonly string[];
  readonly fromYear: number;
  readonly targetSector: string;
  readonly variable: 'S' | 'C';
  /** A share, 0–1. */
  readonly value: number;
  readonly byYear: number;
}

/** A first question: the reference, basic research everywhere from the first year, the first sector to 50 % by the horizon. */
export function initialGoalSeek(
  scenarioId: string,
  sectorIds: readonly string[],
  years: readonly number[],
): GoalSeekForm {
  return {
    scenarioId,
    lever: 'basicResearch',
    sectors: [],
    fromYear: years[1] ?? years[0]!,
    targetSector: sectorIds[0]!,
    variable: 'S',
    value: 0.5,
    byYear: years[years.length - 1]!,
  };
}

/** The engine's request for the form's question. */
export function goalSeekRequest(form: GoalSeekForm, sectorIds: readonly string[]): GoalSeekRequest {
  return {
    lever: form.lever,
    sectors: form.sectors.length ? [...form.sectors] : [...sectorIds],
    fromYear: form.fromYear,
    target: { sector: form.targetSector, variable: form.variable, value: form.value, byYear: form.byYear },
  };
}
