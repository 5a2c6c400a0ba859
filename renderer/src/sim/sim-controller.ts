import { bindVersion } from '../perf';
import { runDeterministic } from './engine-tasks';
import { enginePool } from './engine-pool';
import type { EngineRunner } from './runner';
import { SimClient } from './sim-client';
import type { SimSnapshot } from './sim-client';
import type { VisibleInputs, VisibleScenario } from './visible-scenarios';
import { visibleScenarios } from './visible-scenarios';

/** What the runner layer reads of the app's state, and where its results go. */
export interface SimInputs extends VisibleInputs {
  readonly settings: { readonly draws: number } | null;
  setSim(snapshot: SimSnapshot<VisibleScenario>): void;
}

/** The app's store as the runner layer sees it (the store itself satisfies it; the sim layer never imports the store). */
export interface SimSource {
  getState(): SimInputs;
  subscribe(listener: (state: SimInputs, previous: SimInputs) => void): () => void;
}

/**
 * Connects the store to the engine: whenever the visible scenarios change (an edit, undo, a compared
 * scenario, the baseline toggle), the client gets the new inputs; its results land in the sim slice.
 * Deterministic runs are made at once, on this thread; Monte Carlo bands on the app's engine pool, one
 * lane per worker so a scenario's draws are split over all of them, and bands never delay a redraw.
 */
export function connectSim(store: SimSource, lanes?: readonly EngineRunner[], settleMs?: number): () => void {
  const client = new SimClient<VisibleScenario>({
    run: runDeterministic,
    lanes: lanes ?? Array.from({ length: enginePool().size }, () => enginePool().lane()),
    onUpdate: (snapshot) => store.getState().setSim(snapshot),
    draws: () => store.getState().settings?.draws ?? 500,
    ...(settleMs === undefined ? {} : { settleMs }),
  });
  let version = 0;
  const request = (state: SimInputs) => {
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
      state.libraryPackages !== previous.libraryPackages ||
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
