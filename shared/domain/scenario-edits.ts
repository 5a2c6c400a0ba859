import type { InputId } from './inputs';
import type { DataKey, ScalarParameterKey } from './parameter-keys';
import type { Scenario, SectorInputs } from './scenario';
import type { Schedule } from './schedule';

/** Pure edits of a scenario: each returns a new object and drops what became empty. */

function withSector(
  scenario: Scenario,
  sectorId: string,
  edit: (sector: SectorInputs) => SectorInputs,
): Scenario {
  const next = edit(scenario.sectors[sectorId] ?? {});
  const sectors = { ...scenario.sectors };
  if (Object.keys(next).length === 0) delete sectors[sectorId];
  else sectors[sectorId] = next;
  return { ...scenario, sectors };
}

function without<T extends object, K extends keyof T>(object: T, key: K): T {
  const copy = { ...object };
  delete copy[key];
  return copy;
}

/** Sets (or with undefined, resets to the catalogue default) one input's schedule in one sector. */
export function setInputSchedule(
  scenario: Scenario,
  sectorId: string,
  input: InputId,
  schedule: Schedule | undefined,
): Scenario {
  return withSector(scenario, sectorId, (sector) => {
    if (input === 'restriction') {
      return schedule === undefined ? without(sector, 'restriction') : { ...sector, restriction: schedule };
    }
    const levers =
      schedule === undefined ? without(sector.levers ?? {}, input) : { ...sector.levers, [input]: schedule };
    return Object.keys(levers).length === 0 ? without(sector, 'levers') : { ...sector, levers };
  });
}

/** The same schedule for one input in several sectors: one edit, one undo step. */
export function setInputScheduleIn(
  scenario: Scenario,
  sectorIds: readonly string[],
  input: InputId,
  schedule: Schedule | undefined,
): Scenario {
  return sectorIds.reduce((next, sectorId) => setInputSchedule(next, sectorId, input, schedule), scenario);
}

/** Sets or clears a parameter override, globally (sectorId undefined) or in one sector. */
export function setParameterOverride(
  scenario: Scenario,
  key: ScalarParameterKey,
  sectorId: string | undefined,
  value: number | undefined,
): Scenario {
  if (sectorId === undefined) {
    const parameters =
      value === undefined
        ? without(scenario.parameters ?? {}, key)
        : { ...scenario.parameters, [key]: value };
    return Object.keys(parameters).length === 0
      ? without(scenario, 'parameters')
      : { ...scenario, parameters };
  }
  return withSector(scenario, sectorId, (sector) => {
    const parameters =
      value === undefined ? without(sector.parameters ?? {}, key) : { ...sector.parameters, [key]: value };
    return Object.keys(parameters).length === 0 ? without(sector, 'parameters') : { ...sector, parameters };
  });
}

/** Sets or clears (undefined: back to the catalogue's value) one datum of one sector's base year. */
export function setDataOverride(
  scenario: Scenario,
  sectorId: string,
  key: DataKey,
  value: number | undefined,
): Scenario {
  return withSector(scenario, sectorId, (sector) => {
    const data = value === undefined ? without(sector.data ?? {}, key) : { ...sector.data, [key]: value };
    return Object.keys(data).length === 0 ? without(sector, 'data') : { ...sector, data };
  });
}

/**
 * The scenario's baseline: the same assumptions with every lever and restriction at its base-year
 * value (so without its restriction packages too).
 */
export function baselineOf(scenario: Scenario): Scenario {
  const sectors: Record<string, SectorInputs> = {};
  for (const [sectorId, inputs] of Object.entries(scenario.sectors)) {
    const kept: SectorInputs = {
      ...(inputs.data ? { data: inputs.data } : {}),
      ...(inputs.parameters ? { parameters: inputs.parameters } : {}),
    };
    if (Object.keys(kept).length > 0) sectors[sectorId] = kept;
  }
  const { restrictionPackages: _packages, ...rest } = scenario;
  return { ...rest, id: `${scenario.id}:baseline`, sectors };
}

/** The scenario applying `ids` (bottom to top); an empty list removes the key. */
export function setRestrictionPackages(scenario: Scenario, ids: readonly string[]): Scenario {
  const { restrictionPackages: _previous, ...rest } = scenario;
  return ids.length === 0 ? rest : { ...rest, restrictionPackages: [...ids] };
}
