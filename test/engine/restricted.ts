import { INPUT_RANGES } from '../../shared/domain/inputs';
import { scheduleValueAt } from '../../shared/domain/schedule';
import type { EngineScenario } from '../support/engine-arbitraries';
import { BASE_YEAR, HORIZON, catalogue } from '../support/engine-arbitraries';

/**
 * The scenario with r0 pinned in every sector: a Monte Carlo draw varies an unpinned r0, and an explicit
 * schedule (which a raised restriction needs) is held fixed, so without pinning the two runs would
 * differ before the raise.
 */
export function pinRestrictionData(scenario: EngineScenario): EngineScenario {
  const sectors = Object.fromEntries(
    catalogue.sectors.map((sector) => {
      const inputs = scenario.sectors[sector.id] ?? {};
      return [sector.id, { ...inputs, data: { ...inputs.data, r0: inputs.data?.r0 ?? sector.data.r0 } }];
    }),
  );
  return { ...scenario, sectors };
}

/** The scenario with the restriction in `sector` raised by `delta` (at most 1) from `year` on. */
export function raiseRestriction(
  scenario: EngineScenario,
  sector: string,
  year: number,
  delta: number,
): EngineScenario {
  const r0 = scenario.sectors[sector]?.data?.r0 ?? catalogue.sectors.find((s) => s.id === sector)!.data.r0;
  const current = scenario.sectors[sector]?.restriction;
  const points = [];
  for (let y = BASE_YEAR; y <= BASE_YEAR + HORIZON + 1; y++) {
    const value = current === undefined ? r0 : scheduleValueAt(current, y, r0);
    points.push({
      year: y,
      value: y >= year ? Math.min(INPUT_RANGES.restriction.max, value + delta) : value,
    });
  }
  return {
    ...scenario,
    sectors: { ...scenario.sectors, [sector]: { ...scenario.sectors[sector], restriction: points } },
  };
}
