import type { Catalogue } from '../catalogue/types';
import type { Scenario } from '../domain/scenario';
import { baseCapability, demandUpTo } from './ladder';
import { resolveModelParameters } from './model-parameters';

/** What the base year of one sector allows: self-reliance may not exceed D(C0) (model.md §4). */
export interface BaseYearLimit {
  /** The base-year self-reliance the scenario gives the sector. */
  readonly S0: number;
  /** D(C0): the share of demand domestic capability can serve in the base year. */
  readonly limit: number;
  readonly lag0: number;
  readonly kappa: number;
  readonly gF: number;
}

/**
 * The base year of `sectorId` as the engine will calibrate it, with the scenario's data and parameter
 * overrides: its self-reliance and the most capability allows, D(C0). The engine caps a larger
 * self-reliance at D(C0) and says so; the app checks it as a value is typed, with this.
 */
export function baseYearLimit(
  catalogue: Catalogue,
  scenario: Pick<Scenario, 'sectors' | 'parameters'>,
  sectorId: string,
): BaseYearLimit | undefined {
  const s = catalogue.sectors.findIndex((sector) => sector.id === sectorId);
  if (s < 0) return undefined;
  const { values, data } = resolveModelParameters(catalogue, scenario).parameters;
  const [S0, lag0, kappa, gF] = [data.S0[s]!, data.lag0[s]!, data.kappa[s]!, values.gF[s]!];
  return { S0, lag0, kappa, gF, limit: demandUpTo(baseCapability(gF, lag0), kappa) };
}

/** Whether the base year is consistent: self-reliance at most D(C0) (to rounding). */
export function withinBaseYearLimit(limit: BaseYearLimit): boolean {
  return limit.S0 <= limit.limit + 1e-12;
}
