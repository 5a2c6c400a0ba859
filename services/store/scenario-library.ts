import type { ComparisonViewDraft } from '../../shared/api/view-schemas';
import type { Scenario } from '../../shared/domain/scenario';
import { duplicateScenario, renameScenario, restoreRevision, saveScenario, setScenarioTags } from './edits';
import type { SaveOptions } from './edits';
import type { ExportRequest } from './export-scenarios';
import { exportScenarios } from './export-scenarios';
import type { FileToRead, ImportFileRequest } from './import-file';
import { importScenarioFile, previewFilePackages, previewScenarioFile } from './import-file';
import { getPackage, listPackages, packageHistory } from './package-reads';
import { emptyPackageTrash, trashPackage, untrashPackage } from './package-trash';
import type { PackageSaveOptions } from './package-writes';
import { restorePackageRevision, savePackage } from './package-writes';
import { classifyImport } from './import-scenarios';
import type { ListQuery } from './library-types';
import { getRevision, getScenario, listScenarios, scenarioHistory } from './queries';
import { seedExamples } from './seed-examples';
import type { StoreContext } from './store-context';
import { emptyTrash, listTrash, trashScenario, untrashScenario } from './trash';
import type { SaveViewOptions } from './views';
import { deleteView, getView, listViews, saveView } from './views';

/**
 * The library's operations bound to one open store: the shape the IPC handler table and the CLI
 * call. Every method returns a `Result`; none throws on bad input or a bad disk.
 */
export function createScenarioLibrary(ctx: StoreContext) {
  return {
    list: (query?: ListQuery) => listScenarios(ctx, query),
    get: (id: string) => getScenario(ctx, id),
    getRevision: (id: string, revision: number) => getRevision(ctx, id, revision),
    history: (id: string) => scenarioHistory(ctx, id),
    save: (scenario: Scenario, options?: SaveOptions) => saveScenario(ctx, scenario, options),
    rename: (id: string, name: string, options?: SaveOptions) => renameScenario(ctx, id, name, options),
    setTags: (id: string, tags: readonly string[], options?: SaveOptions) =>
      setScenarioTags(ctx, id, tags, options),
    restore: (id: string, revision: number) => restoreRevision(ctx, id, revision),
    duplicate: (id: string, name?: string) => duplicateScenario(ctx, id, name),
    trash: (id: string) => trashScenario(ctx, id),
    untrash: (id: string) => untrashScenario(ctx, id),
    listTrash: () => listTrash(ctx),
    emptyTrash: (ids?: readonly string[]) => emptyTrash(ctx, ids),
    seedExamples: (examples: readonly Scenario[]) => seedExamples(ctx, examples),
    classifyImport: (scenarios: readonly Scenario[]) => classifyImport(ctx, scenarios),
    previewFile: (request: FileToRead) => previewScenarioFile(ctx, request),
    importFile: (request: ImportFileRequest) => importScenarioFile(ctx, request),
    exportScenarios: (request: ExportRequest) => exportScenarios(ctx, request),
    saveView: (view: ComparisonViewDraft, options?: SaveViewOptions) => saveView(ctx, view, options),
    listViews: () => listViews(ctx),
    getView: (id: string) => getView(ctx, id),
    deleteView: (id: string) => deleteView(ctx, id),
    listPackages: () => listPackages(ctx),
    getPackage: (id: string) => getPackage(ctx, id),
    packageHistory: (id: string) => packageHistory(ctx, id),
    savePackage: (draft: unknown, options?: PackageSaveOptions) => savePackage(ctx, draft, options),
    restorePackageRevision: (id: string, revision: number) => restorePackageRevision(ctx, id, revision),
    trashPackage: (id: string) => trashPackage(ctx, id),
    untrashPackage: (id: string) => untrashPackage(ctx, id),
    emptyPackageTrash: (ids?: readonly string[]) => emptyPackageTrash(ctx, ids),
    previewFilePackages: (request: FileToRead) => previewFilePackages(ctx, request),
  };
}

export type ScenarioLibrary = ReturnType<typeof createScenarioLibrary>;
