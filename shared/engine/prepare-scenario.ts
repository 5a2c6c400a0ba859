import type { Catalogue } from '../catalogue/types';
import type { Scenario } from '../domain/scenario';
import type { Result } from '../result';
import { err, ok } from '../result';
import type { ChokepointTable } from './chokepoint-table';
import { buildChokepointTable } from './chokepoint-table';
import type { EngineError } from './engine-error';
import type { ModelParameters, OverrideMask } from './model-parameters';
import { resolveModelParameters } from './model-parameters';
import type { ModelVersion } from './model-version';
import { MODEL_VERSION } from './model-version';
import type { ScenarioInputs } from './scenario-inputs';
import { expandScenarioInputs } from './scenario-inputs';

/** A scenario turned into the arrays the engine runs on; reusable across Monte Carlo draws. */
export interface PreparedScenario {
  readonly catalogue: Catalogue;
  readonly inputs: ScenarioInputs;
  readonly parameters: ModelParameters;
  readonly overrides: OverrideMask;
  readonly chokepoints: ChokepointTable;
  /** The model version the run implements (version 1 for reproducing published results). */
  readonly modelVersion: ModelVersion;
}

export interface PrepareOptions {
  /** Default: the current MODEL_VERSION. */
  readonly modelVersion?: ModelVersion;
}

export function prepareScenario(
  scenario: Pick<Scenario, 'sectors' | 'parameters' | 'baseYear' | 'horizon' | 'restrictionPackages'>,
  catalogue: Catalogue,
  options: PrepareOptions = {},
): Result<PreparedScenario, EngineError> {
  const modelVersion = options.modelVersion ?? MODEL_VERSION;
  // The engine knows no packages: running a scenario that lists some would silently ignore them.
  if (scenario.restrictionPackages !== undefined && scenario.restrictionPackages.length > 0)
    return err({ kind: 'unresolved-packages', packages: scenario.restrictionPackages });
  const known = new Set(catalogue.sectors.map((sector) => sector.id));
  for (const sectorId of Object.keys(scenario.sectors)) {
    if (!known.has(sectorId)) return err({ kind: 'unknown-sector', sector: sectorId });
  }
  const { parameters, overrides } = resolveModelParameters(catalogue, scenario, modelVersion);
  return ok({
    catalogue,
    inputs: expandScenarioInputs(catalogue, scenario),
    parameters,
    overrides,
    chokepoints: buildChokepointTable(catalogue),
    modelVersion,
  });
}
