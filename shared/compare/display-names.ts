import type { Scenario } from '../domain/scenario';
import type { ComparedScenario } from './compare-types';

/**
 * Each scenario's name, numbered where it would repeat one before it ("Push", "Push (2)"): legends and
 * tooltips identify series by name, so equal names would merge two scenarios' lines.
 */
export function comparedScenarios(
  scenarios: readonly Pick<Scenario, 'id' | 'name'>[],
  referenceId: string,
): ComparedScenario[] {
  const used = new Set(scenarios.map((scenario) => scenario.name));
  const labelled = new Set<string>();
  return scenarios.map((scenario, colorIndex) => {
    let label = scenario.name;
    // A numbered label that is another scenario's own name is skipped too.
    for (let n = 2; labelled.has(label) || (label !== scenario.name && used.has(label)); n++)
      label = `${scenario.name} (${n})`;
    labelled.add(label);
    return {
      id: scenario.id,
      name: scenario.name,
      label,
      reference: scenario.id === referenceId,
      colorIndex,
    };
  });
}
