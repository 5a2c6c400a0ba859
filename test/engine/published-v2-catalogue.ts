import type { Catalogue, ParameterDefinition } from '../../shared/catalogue/types';

/**
 * What changed in the catalogues' data since model version 2's numbers were published (docs/model.md
 * §9, "Sourced demand growth"): g_N got per-sector defaults from market series, and μ_m, fitted on the
 * in-sample observations with those series, moved with them. Setting these back (g_N at its one
 * judgement default 0.05 in every sector, μ_m at 2.2 drawn from U[1.1, 3.3]) gives the catalogues the
 * published numbers were computed on: the engine must still reproduce them to 1e-12.
 */
const PUBLISHED: Readonly<Record<string, (parameter: ParameterDefinition) => ParameterDefinition>> = {
  gNew: ({ sectorDefaults: _defaults, sectorSources: _sources, ...parameter }) => parameter,
  muM: (parameter) => ({
    ...parameter,
    default: 2.2,
    distribution: { kind: 'uniform', min: 1.1, max: 3.3 },
  }),
};

export function publishedV2Catalogue(catalogue: Catalogue): Catalogue {
  return {
    ...catalogue,
    parameters: catalogue.parameters.map((parameter) => PUBLISHED[parameter.key]?.(parameter) ?? parameter),
  };
}
