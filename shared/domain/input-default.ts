import type { Catalogue, LeverDefaults } from '../catalogue/types';
import type { InputId, SectorDataDefaultKey } from './inputs';
import { SECTOR_DATA_DEFAULTS, isSectorDataInput } from './inputs';
import type { Scenario } from './scenario';

/**
 * The base-year value an unset input takes, the one rule everything reads: levers take the catalogue's
 * lever defaults; procurement and restriction take the sector's m0 and r0 (SECTOR_DATA_DEFAULTS), read
 * through `sectorData`, since each reader holds them its own way (the scenario's overrides over the
 * catalogue's sector, or the engine's parameters, which a Monte Carlo draw may vary).
 */
export function inputDefaultFrom(
  input: InputId,
  leverDefaults: LeverDefaults,
  sectorData: (key: SectorDataDefaultKey) => number,
): number {
  return isSectorDataInput(input) ? sectorData(SECTOR_DATA_DEFAULTS[input]) : leverDefaults[input];
}

/**
 * The base-year value an unset input takes in a scenario (the editor's cells, the scenario diff, the
 * history, goal seek's lever changes, the plan finder): sector data as overridden by the scenario's own.
 * A sector the catalogue does not have gives `unknownSector`, NaN unless the caller says otherwise:
 * such a scenario fails validation and the engine refuses it (`unknown-sector`), so the value never
 * reaches a run or a chart.
 */
export function inputDefault(
  catalogue: Catalogue,
  scenario: Scenario,
  sectorId: string,
  input: InputId,
  unknownSector = Number.NaN,
): number {
  return inputDefaultFrom(
    input,
    catalogue.leverDefaults,
    (key) =>
      scenario.sectors[sectorId]?.data?.[key] ??
      catalogue.sectors.find((entry) => entry.id === sectorId)?.data[key] ??
      unknownSector,
  );
}
