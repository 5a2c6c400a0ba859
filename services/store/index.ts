/** The local scenario library: open it, bind a context, and call the library's operations. */
export { openStore } from './open-store';
export type { OpenedStore, OpenOutcome, OpenStoreOptions } from './open-store';
export { LIBRARY_FILE_NAME, libraryPath } from './library-file';
export { createStoreContext } from './store-context';
export type { StoreContext, StoreContextDeps } from './store-context';
export { createScenarioLibrary } from './scenario-library';
export type { ScenarioLibrary } from './scenario-library';
export type { StoreError, StoreErrorCode, StoreResult } from './store-error';
export type {
  ListQuery,
  RevisionInfo,
  RevisionOrigin,
  RevisionProvenance,
  SavedRevision,
  ScenarioSummary,
  StoredScenario,
} from './library-types';
export type { SaveOptions } from './edits';
export type { SaveViewOptions } from './views';
export { CONFLICT_POLICIES } from './import-scenarios';
export type { ConflictPolicy, ImportReport, ImportStatus, ImportWarning } from './import-scenarios';
export type { ImportFileRequest, ImportPreviewItem } from './import-file';
export type { ExportRequest, ExportedFile } from './export-scenarios';
export type { SeedReport } from './seed-examples';
export { SCHEMA_VERSION } from './migrations';
