import { temporal } from 'zundo';
import { createStore } from 'zustand/vanilla';
import { createEditGroups } from './edit-groups';
import { createEditorSlice } from './editor-slice';
import { createLibrarySlice } from './library-slice';
import { createSimSlice } from './sim-slice';
import { createCompareSlice } from './compare-slice';
import { createPackagesSlice } from './packages-slice';
import type { AppState } from './store-types';
import { createUiSlice } from './ui-slice';

/** Undo steps kept per scenario. */
export const UNDO_LIMIT = 200;

/**
 * The one app store: its slices, the temporal (undo) middleware applied once. Undo tracks only the
 * scenario being edited; equal scenarios add no step; rapid edits of one cell are one step.
 */
export function createAppStore(options: { quietMs?: number } = {}) {
  const groups = createEditGroups(options.quietMs);
  const store = createStore<AppState>()(
    temporal(
      (...args) => ({
        ...createUiSlice(...args),
        ...createLibrarySlice(...args),
        ...createEditorSlice(groups)(...args),
        ...createSimSlice(...args),
        ...createCompareSlice(...args),
        ...createPackagesSlice(...args),
      }),
      {
        partialize: (state): Pick<AppState, 'scenario'> => ({ scenario: state.scenario }),
        equality: (past, current) => past.scenario === current.scenario,
        limit: UNDO_LIMIT,
        handleSet: (handleSet) => groups.handleSet(handleSet),
      },
    ),
  );
  store.subscribe((state, previous) => {
    if (state.scenario !== previous.scenario) state.scenarioChanged();
  });
  return store;
}

export type AppStore = ReturnType<typeof createAppStore>;
