import type { IpcRendererEvent } from 'electron';
import { contextBridge, ipcRenderer } from 'electron';
import type { ChannelInput, FileText, MenuCommand, PlannerApi, PlannerEvents } from '../../shared/api';

// Sandboxed preload: only `electron` at run time (shared/ is imported for types only, erased by the
// bundler), one function per channel, never a generic invoke (Electron's context-isolation guidance).
const invoke = (channel: string, input: unknown) => ipcRenderer.invoke(`planner:${channel}`, input);

const api = {
  listScenarios: (input: ChannelInput<'listScenarios'>) => invoke('listScenarios', input),
  getScenario: (input: ChannelInput<'getScenario'>) => invoke('getScenario', input),
  getRevision: (input: ChannelInput<'getRevision'>) => invoke('getRevision', input),
  scenarioHistory: (input: ChannelInput<'scenarioHistory'>) => invoke('scenarioHistory', input),
  saveScenario: (input: ChannelInput<'saveScenario'>) => invoke('saveScenario', input),
  renameScenario: (input: ChannelInput<'renameScenario'>) => invoke('renameScenario', input),
  setScenarioTags: (input: ChannelInput<'setScenarioTags'>) => invoke('setScenarioTags', input),
  restoreRevision: (input: ChannelInput<'restoreRevision'>) => invoke('restoreRevision', input),
  duplicateScenario: (input: ChannelInput<'duplicateScenario'>) => invoke('duplicateScenario', input),
  trashScenario: (input: ChannelInput<'trashScenario'>) => invoke('trashScenario', input),
  untrashScenario: (input: ChannelInput<'untrashScenario'>) => invoke('untrashScenario', input),
  listTrash: (input: ChannelInput<'listTrash'>) => invoke('listTrash', input),
  emptyTrash: (input: ChannelInput<'emptyTrash'>) => invoke('emptyTrash', input),
  previewImport: (input: ChannelInput<'previewImport'>) => invoke('previewImport', input),
  previewImportFile: (input: ChannelInput<'previewImportFile'>) => invoke('previewImportFile', input),
  importFile: (input: ChannelInput<'importFile'>) => invoke('importFile', input),
  exportScenarios: (input: ChannelInput<'exportScenarios'>) => invoke('exportScenarios', input),
  openScenarioFiles: (input: ChannelInput<'openScenarioFiles'>) => invoke('openScenarioFiles', input),
  saveFile: (input: ChannelInput<'saveFile'>) => invoke('saveFile', input),
  listRecentFiles: (input: ChannelInput<'listRecentFiles'>) => invoke('listRecentFiles', input),
  openRecentFile: (input: ChannelInput<'openRecentFile'>) => invoke('openRecentFile', input),
  exportReportPdf: (input: ChannelInput<'exportReportPdf'>) => invoke('exportReportPdf', input),
  getSettings: (input: ChannelInput<'getSettings'>) => invoke('getSettings', input),
  updateSettings: (input: ChannelInput<'updateSettings'>) => invoke('updateSettings', input),
  getAppInfo: (input: ChannelInput<'getAppInfo'>) => invoke('getAppInfo', input),
  saveView: (input: ChannelInput<'saveView'>) => invoke('saveView', input),
  listViews: (input: ChannelInput<'listViews'>) => invoke('listViews', input),
  getView: (input: ChannelInput<'getView'>) => invoke('getView', input),
  deleteView: (input: ChannelInput<'deleteView'>) => invoke('deleteView', input),
  listPackages: (input: ChannelInput<'listPackages'>) => invoke('listPackages', input),
  packageHistory: (input: ChannelInput<'packageHistory'>) => invoke('packageHistory', input),
  savePackage: (input: ChannelInput<'savePackage'>) => invoke('savePackage', input),
  restorePackageRevision: (input: ChannelInput<'restorePackageRevision'>) =>
    invoke('restorePackageRevision', input),
  trashPackage: (input: ChannelInput<'trashPackage'>) => invoke('trashPackage', input),
  untrashPackage: (input: ChannelInput<'untrashPackage'>) => invoke('untrashPackage', input),
  emptyPackageTrash: (input: ChannelInput<'emptyPackageTrash'>) => invoke('emptyPackageTrash', input),
  previewImportPackages: (input: ChannelInput<'previewImportPackages'>) =>
    invoke('previewImportPackages', input),
} satisfies PlannerApi;

function subscribe<T>(channel: string, listener: (value: T) => void): () => void {
  const handler = (_event: IpcRendererEvent, value: T): void => listener(value);
  ipcRenderer.on(channel, handler);
  return () => void ipcRenderer.removeListener(channel, handler);
}

const events = {
  onOpenFiles: (listener: (files: readonly FileText[]) => void) =>
    subscribe('planner-event:open-files', listener),
  onMenuCommand: (listener: (command: MenuCommand) => void) =>
    subscribe('planner-event:menu-command', listener),
} satisfies PlannerEvents;

contextBridge.exposeInMainWorld('planner', api);
contextBridge.exposeInMainWorld('plannerEvents', events);
