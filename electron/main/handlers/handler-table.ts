import type {
  ApiResult,
  AppInfo,
  Channel,
  ChannelInput,
  ChannelOutput,
  FileText,
  RecentFile,
  Settings,
} from '../../../shared/api';
import { MODEL_VERSION } from '../../../shared/engine/model-version';
import type { FileFormatError } from '../../../shared/file-format';
import { parseScenarioFile, refusedFileError } from '../../../shared/file-format';
import type { ParseResult } from '../../../services/parse-worker/file-parser';
import type { ScenarioLibrary } from '../../../services/store/scenario-library';
import type { StoreResult } from '../../../services/store/store-error';
import type { KeptFiles } from './kept-files';
import { createKeptFiles } from './kept-files';
import { suggestedExportName } from './suggested-export-name';

/** One implementation per channel; the same table serves Electron IPC and the preview's HTTP. */
export type HandlerTable = {
  readonly [C in Channel]: (input: ChannelInput<C>) => Promise<ApiResult<ChannelOutput<C>>>;
};

/** Operations only the desktop app can do; absent in the preview, where they answer `not-available`. */
export interface DesktopOperations {
  openScenarioFiles(): Promise<ApiResult<FileText[]>>;
  saveFile(input: ChannelInput<'saveFile'>): Promise<ApiResult<{ path: string }>>;
  openRecentFile(path: string): Promise<ApiResult<FileText>>;
  exportReportPdf(suggestedName: string, footer?: string): Promise<ApiResult<{ path: string }>>;
}

export interface HandlerDeps {
  readonly library: ScenarioLibrary;
  readonly appVersion: string;
  readonly now: () => Date;
  readonly settings: { get(): Settings; update(patch: Partial<Settings>): ApiResult<Settings> };
  readonly recentFiles: { list(): RecentFile[] };
  readonly appInfo: () => AppInfo;
  readonly desktop?: DesktopOperations;
  /**
   * Parses an imported file's text; the app and the preview pass a worker thread's parser, so a hostile
   * file costs that thread, not the window's other calls (default: in this thread).
   */
  readonly parseFile?: (text: string, fileName: string) => Promise<ParseResult>;
  /** Files parsed for their preview, imported by token (default: the standard limits, on `now`). */
  readonly keptFiles?: KeptFiles;
}

const notAvailable = (what: string): ApiResult<never> => ({
  ok: false,
  error: { code: 'not-available', message: `${what} is available in the desktop app only.` },
});

/** Store results are API results already: their error codes are a subset of the API's. */
const fromStore = async <T>(result: StoreResult<T>): Promise<ApiResult<T>> => result;

const refusedFile = (error: FileFormatError): ApiResult<never> => ({
  ok: false,
  error: refusedFileError(error),
});

/** The preview a token named is gone (expired, dropped for newer ones, or imported): the page sends the text. */
const previewGone = (fileName: string): ApiResult<never> => ({
  ok: false,
  error: {
    code: 'not-found',
    message: `The preview of ${fileName} is no longer kept; import the file's text again.`,
    details: { importToken: 'expired' },
  },
});

export function createHandlerTable(deps: HandlerDeps): HandlerTable {
  const { library, desktop } = deps;
  const parseFile =
    deps.parseFile ?? (async (text: string, fileName: string) => parseScenarioFile(text, { fileName }));
  const keptFiles = deps.keptFiles ?? createKeptFiles(deps.now);
  return {
    listScenarios: (input) => fromStore(library.list(input)),
    getScenario: ({ id }) => fromStore(library.get(id)),
    getRevision: ({ id, revision }) => fromStore(library.getRevision(id, revision)),
    scenarioHistory: ({ id }) => fromStore(library.history(id)),
    saveScenario: ({ scenario, expectedRevision, preset }) =>
      fromStore(library.save(scenario, { expectedRevision, ...(preset === undefined ? {} : { preset }) })),
    renameScenario: ({ id, name }) => fromStore(library.rename(id, name)),
    setScenarioTags: ({ id, tags }) => fromStore(library.setTags(id, tags)),
    restoreRevision: ({ id, revision }) => fromStore(library.restore(id, revision)),
    duplicateScenario: ({ id, name }) => fromStore(library.duplicate(id, name)),
    trashScenario: ({ id }) => fromStore(library.trash(id)),
    untrashScenario: async ({ id }) => {
      const result = library.untrash(id);
      return result.ok ? { ok: true, value: null } : result;
    },
    listTrash: () => fromStore(library.listTrash()),
    emptyTrash: ({ ids }) => fromStore(library.emptyTrash(ids)),
    previewImport: async (input) => {
      const parsed = await parseFile(input.text, input.fileName);
      return parsed.ok
        ? fromStore(library.previewFile({ ...input, parsed: parsed.value }))
        : refusedFile(parsed.error);
    },
    previewImportFile: async ({ fileName, text }) => {
      const parsed = await parseFile(text, fileName);
      if (!parsed.ok) return refusedFile(parsed.error);
      const file = { fileName, parsed: parsed.value };
      const scenarios = library.previewFile(file);
      if (!scenarios.ok) return scenarios;
      const packages = library.previewFilePackages(file);
      if (!packages.ok) return packages;
      const token = keptFiles.keep({ fileName, parsed: parsed.value }, text.length);
      return { ok: true, value: { token, scenarios: scenarios.value, packages: packages.value } };
    },
    importFile: async ({ token, text, ...input }) => {
      if (token !== undefined) {
        const kept = keptFiles.take(token);
        if (!kept) return previewGone(input.fileName);
        return fromStore(library.importFile({ ...input, fileName: kept.fileName, parsed: kept.parsed }));
      }
      const parsed = await parseFile(text ?? '', input.fileName);
      return parsed.ok
        ? fromStore(library.importFile({ ...input, text: text ?? '', parsed: parsed.value }))
        : refusedFile(parsed.error);
    },
    exportScenarios: async ({ ids }) => {
      const exported = library.exportScenarios({
        ids,
        exportedAt: deps.now().toISOString(),
        appVersion: deps.appVersion,
        modelVersion: MODEL_VERSION,
      });
      if (!exported.ok) return exported;
      const names =
        ids?.length === 1 ? [library.get(ids[0]!)].flatMap((r) => (r.ok ? [r.value.name] : [])) : [];
      return {
        ok: true,
        value: {
          text: exported.value.text,
          count: exported.value.count,
          fileName: suggestedExportName(names, exported.value.count, deps.now()),
        },
      };
    },
    openScenarioFiles: () =>
      desktop ? desktop.openScenarioFiles() : Promise.resolve(notAvailable('Opening files with a dialog')),
    saveFile: (input) =>
      desktop ? desktop.saveFile(input) : Promise.resolve(notAvailable('Saving with a dialog')),
    listRecentFiles: async () => ({ ok: true, value: deps.recentFiles.list() }),
    openRecentFile: ({ path }) =>
      desktop ? desktop.openRecentFile(path) : Promise.resolve(notAvailable('Opening recent files')),
    exportReportPdf: ({ suggestedName, footer }) =>
      desktop
        ? desktop.exportReportPdf(suggestedName, footer)
        : Promise.resolve(notAvailable('The PDF report')),
    getSettings: async () => ({ ok: true, value: deps.settings.get() }),
    updateSettings: async (patch) => deps.settings.update(patch),
    getAppInfo: async () => ({ ok: true, value: deps.appInfo() }),
    saveView: ({ view, expectedUpdatedAt }) => fromStore(library.saveView(view, { expectedUpdatedAt })),
    listViews: () => fromStore(library.listViews()),
    getView: ({ id }) => fromStore(library.getView(id)),
    deleteView: ({ id }) => fromStore(library.deleteView(id)),
    listPackages: () => fromStore(library.listPackages()),
    packageHistory: ({ id }) => fromStore(library.packageHistory(id)),
    savePackage: ({ package: draft, expectedRevision }) =>
      fromStore(library.savePackage(draft, expectedRevision === undefined ? {} : { expectedRevision })),
    restorePackageRevision: ({ id, revision }) => fromStore(library.restorePackageRevision(id, revision)),
    trashPackage: ({ id }) => fromStore(library.trashPackage(id)),
    untrashPackage: async ({ id }) => {
      const result = library.untrashPackage(id);
      return result.ok ? { ok: true, value: null } : result;
    },
    emptyPackageTrash: ({ ids }) => fromStore(library.emptyPackageTrash(ids)),
    previewImportPackages: async (input) => {
      const parsed = await parseFile(input.text, input.fileName);
      return parsed.ok
        ? fromStore(library.previewFilePackages({ ...input, parsed: parsed.value }))
        : refusedFile(parsed.error);
    },
  };
}
