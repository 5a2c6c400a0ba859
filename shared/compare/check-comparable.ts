import { getCatalogue } from '../catalogue';
import type { Catalogue } from '../catalogue/types';
import type { CatalogueLookup } from '../domain/catalogue-lookup';
import type { Scenario } from '../domain/scenario';
import type { Result } from '../result';
import { err, ok } from '../result';
import type { CompareError } from './compare-error';
import { MAX_COMPARED } from './compare-types';

export interface Comparable {
  readonly catalogue: Catalogue;
  readonly reference: Scenario;
}

/**
 * Scenarios can be compared when there are `min`–4 of them, each once, the reference among them, all on
 * one catalogue with one base year and horizon (attribution mixes their inputs year by year).
 * `min` is 2 for the compare view; a single-scenario report passes 1.
 */
export function checkComparable(
  scenarios: readonly Scenario[],
  referenceId: string,
  options: { readonly min?: number; readonly lookup?: CatalogueLookup } = {},
): Result<Comparable, CompareError> {
  const min = options.min ?? 2;
  if (scenarios.length < min || scenarios.length > MAX_COMPARED) {
    return err({ kind: 'scenario-count', count: scenarios.length, min, max: MAX_COMPARED });
  }
  const seen = new Set<string>();
  for (const scenario of scenarios) {
    if (seen.has(scenario.id)) return err({ kind: 'duplicate-scenario', id: scenario.id });
    seen.add(scenario.id);
  }
  const reference = scenarios.find((scenario) => scenario.id === referenceId);
  if (!reference) return err({ kind: 'unknown-reference', referenceId });
  const catalogue = (options.lookup ?? getCatalogue)(reference.catalogue);
  if (!catalogue) return err({ kind: 'unknown-catalogue', catalogue: reference.catalogue });
  for (const scenario of scenarios) {
    if (scenario.catalogue !== reference.catalogue) {
      return err({
        kind: 'different-catalogues',
        name: scenario.name,
        catalogue: scenario.catalogue,
        expected: reference.catalogue,
      });
    }
    if (scenario.baseYear !== reference.baseYear || scenario.horizon !== reference.horizon) {
      return err({
        kind: 'different-years',
        name: scenario.name,
        baseYear: scenario.baseYear,
        horizon: scenario.horizon,
        expectedBaseYear: reference.baseYear,
        expectedHorizon: reference.horizon,
      });
    }
  }
  return ok({ catalogue, reference });
}
