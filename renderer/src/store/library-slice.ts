import type { ApiError } from '../../../shared/api/api-result';
import type { Scenario } from '../../../shared/domain/scenario';
import { call } from '../api';
import type { SliceCreator } from './slice';
import type { LibrarySlice } from './store-types';

function newId(): string {
  return crypto.randomUUID();
}

export const createLibrarySlice: SliceCreator<LibrarySlice> = (set, get) => {
  const failed = (context: string, error: ApiError) =>
    get().notify({ tone: 'error', kind: 'api', context, error });

  return {
    libraryItems: [],
    libraryLoaded: false,
    libraryText: '',
    libraryTag: '',
    librarySort: 'updated',
    selection: [],
    trashItems: [],
    importError: null,
    importReports: [],

    async refreshLibrary() {
      const result = await call('listScenarios', {});
      if (!result.ok) {
        failed('library.error.list', result.error);
        set({ libraryLoaded: true });
        return;
      }
      const ids = new Set(result.value.map((item) => item.id));
      set({
        libraryItems: result.value,
        libraryLoaded: true,
        selection: get().selection.filter((id) => ids.has(id)),
      });
    },

    setLibraryQuery(query) {
      set({
        ...(query.text === undefined ? {} : { libraryText: query.text }),
        ...(query.tag === undefined ? {} : { libraryTag: query.tag }),
        ...(query.sort === undefined ? {} : { librarySort: query.sort }),
      });
    },

    setSelection(ids) {
      set({ selection: [...ids] });
    },

    toggleSelected(id) {
      const selection = get().selection;
      set({
        selection: selection.includes(id) ? selection.filter((entry) => entry !== id) : [...selection, id],
      });
    },

    async createScenario(from: Scenario, name: string, preset?: string) {
      const now = new Date().toISOString();
      const scenario: Scenario = {
        ...from,
        id: newId(),
        name,
        author: get().settings?.author ?? '',
        tags: [],
        createdAt: now,
        updatedAt: now,
      };
      const saved = await call('saveScenario', { scenario, ...(preset === undefined ? {} : { preset }) });
      if (!saved.ok) {
        failed('library.error.create', saved.error);
        return undefined;
      }
      await get().refreshLibrary();
      return saved.value.id;
    },

    async duplicateScenario(id) {
      const saved = await call('duplicateScenario', { id });
      if (!saved.ok) {
        failed('library.error.duplicate', saved.error);
        return undefined;
      }
      await get().refreshLibrary();
      get().notify({
        tone: 'success',
        kind: 'text',
        key: 'library.duplicated',
        params: { name: saved.value.scenario.name },
      });
      return saved.value.id;
    },

    async renameScenario(id, name) {
      const saved = await call('renameScenario', { id, name });
      if (!saved.ok) {
        failed('library.error.rename', saved.error);
        return false;
      }
      if (get().scenarioId === id) get().replaceScenario(saved.value.scenario, saved.value.revision);
      await get().refreshLibrary();
      return true;
    },

    async trashScenarios(ids) {
      const names = get()
        .libraryItems.filter((item) => ids.includes(item.id))
        .map((item) => item.name);
      const moved: string[] = [];
      for (const id of ids) {
        const result = await call('trashScenario', { id });
        if (result.ok) moved.push(id);
        else failed('library.error.trash', result.error);
      }
      if (moved.includes(get().scenarioId ?? '')) get().closeScenario();
      set({ selection: get().selection.filter((id) => !moved.includes(id)) });
      await Promise.all([get().refreshLibrary(), get().refreshTrash()]);
      if (moved.length > 0) {
        get().notify({
          tone: 'info',
          kind: 'text',
          key: 'library.trashed',
          params: { count: moved.length, name: names[0] ?? '' },
          action: { labelKey: 'common.undo', run: () => void get().untrashScenarios(moved) },
        });
      }
    },

    async untrashScenarios(ids) {
      for (const id of ids) {
        const result = await call('untrashScenario', { id });
        if (!result.ok) failed('library.error.untrash', result.error);
      }
      await Promise.all([get().refreshLibrary(), get().refreshTrash()]);
    },

    async refreshTrash() {
      const result = await call('listTrash', {});
      if (result.ok) set({ trashItems: result.value });
      else failed('library.error.list', result.error);
    },

    async restoreRevision(id, revision) {
      const saved = await call('restoreRevision', { id, revision });
      if (!saved.ok) {
        failed('library.error.restore', saved.error);
        return false;
      }
      if (get().scenarioId === id) get().replaceScenario(saved.value.scenario, saved.value.revision);
      await get().refreshLibrary();
      get().notify({ tone: 'success', kind: 'text', key: 'history.restored', params: { revision } });
      return true;
    },

    setImportOutcome({ report, error }) {
      set({
        importReports: report ? [...get().importReports.slice(-4), report] : get().importReports,
        importError: error ?? (report ? null : get().importError),
      });
    },

    clearImportMessages() {
      set({ importError: null, importReports: [] });
    },
  };
};
