import type { ApiError } from '../../../shared/api/api-result';
import type { RestrictionPackage } from '../../../shared/packages/restriction-package';
import { call } from '../api';
import type { SliceCreator } from './slice';
import type { PackagesSlice } from './store-types';

export const createPackagesSlice: SliceCreator<PackagesSlice> = (set, get) => {
  const failed = (context: string, error: ApiError) =>
    get().notify({ tone: 'error', kind: 'api', context, error });

  /**
   * A package edit wrote a revision of every scenario applying it; the editor's scenario, if one of
   * them, builds on that revision from now on (its content is the same, so nothing is reloaded).
   */
  async function followRecordedRevision(ids: readonly string[]): Promise<void> {
    const open = get().scenarioId;
    if (open === null || !ids.includes(open)) return;
    const head = await call('getScenario', { id: open });
    if (head.ok && get().scenarioId === open) set({ revision: head.value.headRevision });
  }

  return {
    libraryPackages: [],
    packagesLoaded: false,

    async refreshPackages() {
      const result = await call('listPackages', {});
      if (!result.ok) failed('packages.error.list', result.error);
      set({ libraryPackages: result.ok ? result.value : get().libraryPackages, packagesLoaded: true });
    },

    async savePackage(entry: RestrictionPackage, expectedRevision?: number) {
      // Pending edits first: the package's users get a revision, which the editor must build on.
      await get().flushSave();
      const saved = await call('savePackage', {
        package: entry,
        ...(expectedRevision === undefined ? {} : { expectedRevision }),
      });
      if (!saved.ok) {
        failed('packages.error.save', saved.error);
        return undefined;
      }
      await followRecordedRevision(saved.value.recordedIn.map((user) => user.id));
      await get().refreshPackages();
      return saved.value;
    },

    async restorePackageRevision(id, revision) {
      await get().flushSave();
      const saved = await call('restorePackageRevision', { id, revision });
      if (!saved.ok) {
        failed('packages.error.save', saved.error);
        return false;
      }
      await followRecordedRevision(saved.value.recordedIn.map((user) => user.id));
      await get().refreshPackages();
      return true;
    },

    async trashPackage(id) {
      const result = await call('trashPackage', { id });
      if (!result.ok) failed('packages.error.trash', result.error);
      await get().refreshPackages();
    },

    async untrashPackage(id) {
      const result = await call('untrashPackage', { id });
      if (!result.ok) failed('packages.error.trash', result.error);
      await get().refreshPackages();
    },

    async emptyPackageTrash() {
      const result = await call('emptyPackageTrash', {});
      if (!result.ok) failed('packages.error.trash', result.error);
      else if (result.value.kept.length > 0)
        get().notify({
          tone: 'info',
          kind: 'text',
          key: 'packages.trash.kept',
          params: { count: result.value.kept.length },
        });
      await get().refreshPackages();
    },
  };
};
