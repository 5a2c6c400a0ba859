import type { Scenario } from '../../../shared/domain/scenario';
import type { StoredPackage } from '../api-types';
import { baselineOf } from '../../../shared/domain/scenario-edits';
import { runnableScenario } from './runnable-scenario';
import { contentKey } from './sim-types';

export type ScenarioRole = 'edited' | 'baseline' | 'compared';

/** One scenario on the charts. */
export interface VisibleScenario {
  readonly role: ScenarioRole;
  /** Library id, or the edited scenario's id with ":baseline". */
  readonly id: string;
  readonly name: string;
  readonly key: string;
  readonly scenario: Scenario;
}

/**
 * What decides the scenarios on the charts, as the app's state holds it (the sim layer names only the
 * fields it reads, so that it does not depend on the store, which holds its results).
 */
export interface VisibleInputs {
  readonly scenario: Scenario | null;
  readonly showBaseline: boolean;
  readonly compared: readonly { readonly id: string; readonly name: string; readonly scenario: Scenario }[];
  readonly libraryPackages: readonly StoredPackage[];
}

const keys = new WeakMap<Scenario, string>();
const baselines = new WeakMap<Scenario, Scenario>();

/** Content key, computed once per scenario object. */
export function keyOf(scenario: Scenario): string {
  let key = keys.get(scenario);
  if (key === undefined) {
    key = contentKey(scenario);
    keys.set(scenario, key);
  }
  return key;
}

function baseline(scenario: Scenario): Scenario {
  let value = baselines.get(scenario);
  if (!value) {
    value = baselineOf(scenario);
    baselines.set(scenario, value);
  }
  return value;
}

/**
 * The scenarios the trajectories show, edited first, each as the engine runs it (restriction packages
 * applied); `baselineName` is the translated label.
 */
export function visibleScenarios(state: VisibleInputs, baselineName: string): VisibleScenario[] {
  if (!state.scenario) return [];
  const scenario = runnableScenario(state.scenario, state.libraryPackages);
  const out: VisibleScenario[] = [
    { role: 'edited', id: scenario.id, name: scenario.name, key: keyOf(scenario), scenario },
  ];
  if (state.showBaseline) {
    const base = baseline(scenario);
    out.push({ role: 'baseline', id: base.id, name: baselineName, key: keyOf(base), scenario: base });
  }
  for (const entry of state.compared) {
    const compared = runnableScenario(entry.scenario, state.libraryPackages);
    out.push({ role: 'compared', id: entry.id, name: entry.name, key: keyOf(compared), scenario: compared });
  }
  return out;
}
