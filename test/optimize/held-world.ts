import type { Catalogue } from '../../shared/catalogue/types';
import type { Scenario, SectorInputs } from '../../shared/domain/scenario';

/**
 * The scenario with every uncertain value (parameters, sector data, ω weights) held at its catalogue
 * value: every Monte Carlo draw then equals the central run, so a confidence is 0 or 1 and the plan
 * finder's answer can be checked against a deterministic one.
 */
export function holdEveryUncertainty(scenario: Scenario, catalogue: Catalogue): Scenario {
  const global: Record<string, number> = { ...scenario.parameters };
  const sectors: Record<string, SectorInputs> = {};
  for (const sector of catalogue.sectors) {
    const inputs = scenario.sectors[sector.id] ?? {};
    const parameters: Record<string, unknown> = { ...inputs.parameters };
    for (const definition of catalogue.parameters) {
      if (definition.distribution.kind === 'fixed') continue;
      if (definition.scope === 'global') global[definition.key] = definition.default;
      else parameters[definition.key] = definition.sectorDefaults?.[sector.id] ?? definition.default;
    }
    const omega = Object.fromEntries(
      catalogue.dependencies
        .filter((dependency) => dependency.buyer === sector.id)
        .map((dependency) => [dependency.supplier, dependency.weight]),
    );
    if (Object.keys(omega).length > 0) parameters.omega = omega;
    const { S0, lag0, dSObs, dLagObs, r0 } = sector.data;
    sectors[sector.id] = {
      ...inputs,
      data: { S0, lag0, dSObs, dLagObs, r0, ...inputs.data },
      parameters: parameters as SectorInputs['parameters'],
    };
  }
  return { ...scenario, parameters: global, sectors };
}
