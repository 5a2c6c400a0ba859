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

/** Longest the editor's controls lag behind an edit when the engine is slow (or absent). */
export const SHOW_DELAY_MS = 80;

/**
 * The one app store: its slices, the temporal (undo) middleware applied once. Undo tracks only the
 * scenario being edited; equal scenarios add no step; rapid edits of one cell are one step.
 */
export function createAppStore(options: { quietMs?: number; showDelayMs?: number } = {}) {
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
  let showTimer: ReturnType<typeof setTimeout> | undefined;
  store.subscribe((state, previous) => {
    if (state.scenario === previous.scenario) return;
    state.scenarioChanged();
    // The charts' results normally bring the editor up to date; this is the fallback.
    clearTimeout(showTimer);
    showTimer = setTimeout(() => store.getState().showScenario(), options.showDelayMs ?? SHOW_DELAY_MS);
  });
  return store;
}

export type AppStore = ReturnType<typeof createAppStore>;
