import type { Catalogue } from '../catalogue/types';
import type { InputId } from './inputs';
import type { Scenario } from './scenario';

/**
 * The base-year value an unset input takes, the one rule everything reads (the editor's cells, the
 * scenario diff, goal seek's lever changes): levers take the catalogue's lever defaults; procurement and
 * restriction take the sector's m0 and r0, as overridden by the scenario's own sector data.
 * A sector the catalogue does not have gives NaN: such a scenario fails validation and the engine
 * refuses it (`unknown-sector`), so the value never reaches a run or a chart.
 */
export function inputDefault(
  catalogue: Catalogue,
  scenario: Scenario,
  sectorId: string,
  input: InputId,
): number {
  if (input !== 'procurement' && input !== 'restriction') return catalogue.leverDefaults[input];
  const data = scenario.sectors[sectorId]?.data;
  const sector = catalogue.sectors.find((entry) => entry.id === sectorId);
  if (input === 'procurement') return data?.m0 ?? sector?.data.m0 ?? Number.NaN;
  return data?.r0 ?? sector?.data.r0 ?? Number.NaN;
}
