import { ownSlot, viewSlots } from '../charts/scenario-identity';
import type { Scenario } from '../domain/scenario';
import type { ComparedScenario } from './compare-types';

/**
 * Each scenario's name, numbered where it would repeat one before it ("Push", "Push (2)"): legends and
 * tooltips identify series by name, so equal names would merge two scenarios' lines. Each keeps its own
 * identity (`ownSlot`: stored with it); when two shown together own the same one, the later is drawn
 * in a free slot and says whose identity it gave way to (`viewSlots`).
 */
export function comparedScenarios(
  scenarios: readonly Pick<Scenario, 'id' | 'name' | 'display'>[],
  referenceId: string,
): ComparedScenario[] {
  const used = new Set(scenarios.map((scenario) => scenario.name));
  const labelled = new Set<string>();
  const slots = viewSlots(scenarios.map((scenario) => ({ id: scenario.id, own: ownSlot(scenario) })));
  return scenarios.map((scenario) => {
    let label = scenario.name;
    // A numbered label that is another scenario's own name is skipped too.
    for (let n = 2; labelled.has(label) || (label !== scenario.name && used.has(label)); n++)
      label = `${scenario.name} (${n})`;
    labelled.add(label);
    const { slot, yieldsTo } = slots[scenario.id]!;
    return {
      id: scenario.id,
      name: scenario.name,
      label,
      reference: scenario.id === referenceId,
      colorIndex: slot,
      ...(yieldsTo === undefined ? {} : { identityHeldBy: yieldsTo }),
    };
  });
}
