import type { Scenario } from '../shared/domain/scenario';

/** The scenarios a `--scenario NAME|ID` option selects: by id, else by name (case-insensitive). */
export function pickScenarios(scenarios: readonly Scenario[], selector: string | undefined): Scenario[] {
  if (selector === undefined) return [...scenarios];
  const byId = scenarios.filter((scenario) => scenario.id === selector);
  if (byId.length) return byId;
  return scenarios.filter((scenario) => scenario.name.toLowerCase() === selector.toLowerCase());
}
