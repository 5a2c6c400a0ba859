import { bindVersion } from '../perf';
import type { AppStore } from '../store/create-store';
import type { AppState } from '../store/store-types';
import type { EngineRunner } from './runner';
import { createRunner } from './runner';
import { SimClient } from './sim-client';
import type { VisibleScenario } from './visible-scenarios';
import { visibleScenarios } from './visible-scenarios';

/**
 * Connects the store to the engine: whenever the visible scenarios change (an edit, undo, a compared
 * scenario, the baseline toggle), the client gets the new inputs; its results land in the sim slice.
 * Deterministic runs and Monte Carlo bands use two workers, so bands never delay a redraw.
 */
export function connectSim(
  store: AppStore,
  runners?: { runner: EngineRunner; bandRunner: EngineRunner },
  settleMs?: number,
): () => void {
  const client = new SimClient<VisibleScenario>({
    runner: runners?.runner ?? createRunner('engine'),
    bandRunner: runners?.bandRunner ?? createRunner('bands'),
    onUpdate: (snapshot) => store.getState().setSim(snapshot),
    draws: () => store.getState().settings?.draws ?? 500,
    ...(settleMs === undefined ? {} : { settleMs }),
  });
  let version = 0;
  const request = (state: AppState) => {
    version += 1;
    bindVersion(version);
    // Names do not change results; the baseline label is only for display.
    client.request(visibleScenarios(state, ''), version);
  };
  const unsubscribe = store.subscribe((state, previous) => {
    if (
      state.scenario !== previous.scenario ||
      state.compared !== previous.compared ||
      state.showBaseline !== previous.showBaseline ||
      state.settings?.draws !== previous.settings?.draws
    ) {
      request(state);
    }
  });
  if (store.getState().scenario) request(store.getState());
  return () => {
    unsubscribe();
    client.dispose();
  };
}
