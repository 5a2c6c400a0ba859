import type { TemporalState } from 'zundo';
import type { StoreApi } from 'zustand';
import { call } from '../api';
import { noteOpening } from '../perf';
import type { EditGroups } from './edit-groups';
import type { SliceCreator } from './slice';
import type { AppState, EditorSlice } from './store-types';

type Tracked = Pick<AppState, 'scenario'>;

/** Quiet time after the last edit before it is saved: one burst of edits, one revision. */
export const AUTOSAVE_MS = 700;
export const MAX_COMPARED = 3;

export function createEditorSlice(groups: EditGroups): SliceCreator<EditorSlice> {
  return (set, get, api) => {
    const temporal = () =>
      (api as unknown as { temporal: StoreApi<TemporalState<Tracked>> }).temporal.getState();
    let timer: ReturnType<typeof setTimeout> | undefined;
    let inFlight: Promise<void> | undefined;

    /** Sets state without recording an undo step. */
    const untracked = (state: Partial<AppState>) => {
      temporal().pause();
      try {
        set(state);
      } finally {
        temporal().resume();
      }
    };

    async function saveOnce(): Promise<void> {
      const { scenario, savedScenario, revision } = get();
      if (!scenario) return;
      // Undone and redone before the save: what is shown is what is saved (the state said 'pending').
      if (scenario === savedScenario) {
        if (get().saveState === 'pending') set({ saveState: 'saved' });
        return;
      }
      set({ saveState: 'saving' });
      const result = await call('saveScenario', { scenario, expectedRevision: revision });
      if (get().scenarioId !== scenario.id) return;
      if (!result.ok) {
        set({ saveState: 'error', saveError: result.error });
        get().notify({ tone: 'error', kind: 'api', context: 'editor.error.save', error: result.error });
        return;
      }
      const current = get().scenario;
      set({
        revision: result.value.revision,
        savedScenario: scenario,
        saveError: null,
        saveState: current === scenario ? 'saved' : 'pending',
      });
      if (current !== scenario) schedule();
    }

    async function saveNow(): Promise<void> {
      clearTimeout(timer);
      timer = undefined;
      while (inFlight) await inFlight;
      // A conflict waits for the user (reload or keep editing a copy); other failures retry on the next edit.
      if (get().saveError?.code === 'conflict') return;
      inFlight = saveOnce().finally(() => {
        inFlight = undefined;
      });
      await inFlight;
    }

    function schedule(): void {
      clearTimeout(timer);
      timer = setTimeout(() => void saveNow(), AUTOSAVE_MS);
    }

    return {
      scenario: null,
      shownScenario: null,
      scenarioId: null,
      revision: 0,
      savedScenario: null,
      saveState: 'idle',
      saveError: null,
      loadError: null,
      selectedCell: null,
      editorTab: 'inputs',
      showBaseline: true,
      compared: [],

      showScenario() {
        if (get().shownScenario !== get().scenario) set({ shownScenario: get().scenario });
      },

      scenarioChanged() {
        const { scenario, savedScenario, saveError } = get();
        if (!scenario || scenario === savedScenario) return;
        if (saveError?.code !== 'conflict') set({ saveState: 'pending' });
        schedule();
      },

      flushSave: saveNow,

      async openScenario(id) {
        if (get().scenarioId === id && get().scenario) return;
        noteOpening();
        await saveNow();
        untracked({
          scenarioId: id,
          scenario: null,
          shownScenario: null,
          savedScenario: null,
          loadError: null,
          saveError: null,
          saveState: 'idle',
          compared: [],
        });
        // The library's restriction packages come with the first scenario: its runs may apply them.
        const [result] = await Promise.all([
          call('getScenario', { id }),
          get().packagesLoaded ? undefined : get().refreshPackages(),
        ]);
        if (get().scenarioId !== id) return;
        if (!result.ok) {
          set({ loadError: result.error });
          return;
        }
        if (result.value.deletedAt) {
          set({ loadError: { code: 'not-found', message: 'in-trash' } });
          return;
        }
        untracked({
          scenario: result.value.scenario,
          shownScenario: result.value.scenario,
          savedScenario: result.value.scenario,
          revision: result.value.headRevision,
        });
        temporal().clear();
        groups.reset();
      },

      closeScenario() {
        void saveNow();
        untracked({
          scenarioId: null,
          scenario: null,
          shownScenario: null,
          savedScenario: null,
          selectedCell: null,
          compared: [],
          saveState: 'idle',
          saveError: null,
        });
        temporal().clear();
      },

      editScenario(edit, group, options) {
        const scenario = get().scenario;
        if (!scenario) return;
        groups.within(group, () => set({ scenario: edit(scenario) }));
        if (options?.show) get().showScenario();
      },

      selectCell(cell) {
        set({ selectedCell: cell });
      },

      setEditorTab(tab) {
        set({ editorTab: tab });
      },

      setShowBaseline(show) {
        set({ showBaseline: show });
      },

      async addCompared(id) {
        if (get().compared.some((entry) => entry.id === id) || get().compared.length >= MAX_COMPARED) return;
        const result = await call('getScenario', { id });
        if (!result.ok) {
          get().notify({ tone: 'error', kind: 'api', context: 'editor.error.compare', error: result.error });
          return;
        }
        const { scenario } = result.value;
        set({ compared: [...get().compared, { id, name: scenario.name, scenario }] });
      },

      removeCompared(id) {
        set({ compared: get().compared.filter((entry) => entry.id !== id) });
      },

      undo() {
        groups.reset();
        temporal().undo();
        get().showScenario();
      },

      redo() {
        groups.reset();
        temporal().redo();
        get().showScenario();
      },

      replaceScenario(scenario, revision) {
        untracked({
          scenario,
          shownScenario: scenario,
          savedScenario: scenario,
          revision,
          saveState: 'saved',
          saveError: null,
        });
        temporal().clear();
      },
    };
  };
}
