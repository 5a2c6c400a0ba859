import type { ParameterDefinition } from './types';

/** A parameter's default in one sector: its per-sector value where the catalogue gives one. */
export function parameterDefault(definition: ParameterDefinition, sectorId: string): number {
  const perSector = definition.sectorDefaults;
  // Own-property test: a sector id such as "constructor" must not read the prototype.
  if (perSector && Object.hasOwn(perSector, sectorId)) return perSector[sectorId] as number;
  return definition.default;
}
