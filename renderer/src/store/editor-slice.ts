import type { TemporalState } from 'zundo';
import type { StoreApi } from 'zustand';
import { call } from '../api';
import { noteOpening } from '../perf';
import { createAutosave } from './autosave';
import type { EditGroups } from './edit-groups';
import type { SliceCreator } from './slice';
import type { AppState, EditorSlice } from './store-types';

type Tracked = Pick<AppState, 'scenario'>;

export const MAX_COMPARED = 3;

export function createEditorSlice(groups: EditGroups): SliceCreator<EditorSlice> {
  return (set, get, api) => {
    const temporal = () =>
      (api as unknown as { temporal: StoreApi<TemporalState<Tracked>> }).temporal.getState();
    const autosave = createAutosave(get, set);

    /** Sets state without recording an undo step. */
    const untracked = (state: Partial<AppState>) => {
      temporal().pause();
      try {
        set(state);
      } finally {
        temporal().resume();
      }
    };

    return {
      scenario: null,
      scenarioId: null,
      revision: 0,
      saveState: 'idle',
      saveError: null,
      loadError: null,
      selectedCell: null,
      editorTab: 'inputs',
      showBaseline: true,
      compared: [],

      scenarioChanged: autosave.changed,

      flushSave: autosave.flush,

      async openScenario(id) {
        if (get().scenarioId === id && get().scenario) return;
        noteOpening();
        await autosave.flush();
        autosave.saved(null);
        untracked({
          scenarioId: id,
          scenario: null,
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
        autosave.saved(result.value.scenario);
        untracked({ scenario: result.value.scenario, revision: result.value.headRevision });
        temporal().clear();
        groups.reset();
      },

      closeScenario() {
        void autosave.flush();
        autosave.saved(null);
        untracked({
          scenarioId: null,
          scenario: null,
          selectedCell: null,
          compared: [],
          saveState: 'idle',
          saveError: null,
        });
        temporal().clear();
      },

      editScenario(edit, group) {
        const scenario = get().scenario;
        if (!scenario) return;
        groups.within(group, () => set({ scenario: edit(scenario) }));
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
      },

      redo() {
        groups.reset();
        temporal().redo();
      },

      replaceScenario(scenario, revision) {
        autosave.saved(scenario);
        untracked({
          scenario,
          revision,
          saveState: 'saved',
          saveError: null,
        });
        temporal().clear();
      },
    };
  };
}
