import type { ApiError } from '../../../shared/api/api-result';
import type { Language, Settings, Theme } from '../api-types';
import type { AppInfo } from '../api-types';
import type { ImportReport, ScenarioSummary, StoredPackage } from '../api-types';
import type { RestrictionPackage } from '../../../shared/packages/restriction-package';
import type { InputRef } from '../../../shared/domain/edit-input';
import type { Scenario } from '../../../shared/domain/scenario';
import type { SimSnapshot } from '../sim/sim-client';
import type { VisibleScenario } from '../sim/visible-scenarios';
import type { Route } from './route';
import type { CompareSlice } from './compare-slice';

export type { Language, Theme };

/** A message for the user: a catalogue key with parameters, or an API error described at display time. */
export type Notice =
  | {
      readonly id: number;
      readonly tone: 'info' | 'success' | 'error';
      readonly kind: 'text';
      readonly key: string;
      readonly params?: Record<string, string | number>;
      readonly action?: NoticeAction;
    }
  | {
      readonly id: number;
      readonly tone: 'error';
      readonly kind: 'api';
      readonly context: string;
      readonly error: ApiError;
      readonly file?: string;
    };

export interface NoticeAction {
  readonly labelKey: string;
  readonly run: () => void;
}

export type NewNotice = Notice extends infer N ? (N extends Notice ? Omit<N, 'id'> : never) : never;

export interface UiSlice {
  route: Route;
  language: Language;
  theme: Theme;
  settings: Settings | null;
  appInfo: AppInfo | null;
  notices: readonly Notice[];
  /** Presentation mode: the trajectories alone, full width (View → Presentation). */
  presentation: boolean;
  aboutOpen: boolean;
  /** The observed record drawn before the base year on the editor's and Compare's charts. */
  showObserved: boolean;
  navigate(route: Route): void;
  setPresentation(on: boolean): void;
  setShowObserved(show: boolean): void;
  setAboutOpen(open: boolean): void;
  setLanguage(language: Language): Promise<void>;
  setTheme(theme: Theme): Promise<void>;
  loadSettings(): Promise<void>;
  notify(notice: NewNotice): number;
  dismiss(id: number): void;
}

export type LibrarySort = 'updated' | 'name' | 'created';

export interface LibrarySlice {
  libraryItems: readonly ScenarioSummary[];
  libraryLoaded: boolean;
  libraryText: string;
  libraryTag: string;
  librarySort: LibrarySort;
  selection: readonly string[];
  trashItems: readonly ScenarioSummary[];
  /** The last refused import, shown until dismissed: names the file, the place and the problem. */
  importError: { readonly fileName: string; readonly error: ApiError } | null;
  importReports: readonly ImportReport[];
  refreshLibrary(): Promise<void>;
  setLibraryQuery(query: Partial<{ text: string; tag: string; sort: LibrarySort }>): void;
  setSelection(ids: readonly string[]): void;
  toggleSelected(id: string): void;
  /** `preset`: the preset's name, recorded as the new scenario's origin. */
  createScenario(from: Scenario, name: string, preset?: string): Promise<string | undefined>;
  duplicateScenario(id: string): Promise<string | undefined>;
  renameScenario(id: string, name: string): Promise<boolean>;
  trashScenarios(ids: readonly string[]): Promise<void>;
  untrashScenarios(ids: readonly string[]): Promise<void>;
  refreshTrash(): Promise<void>;
  restoreRevision(id: string, revision: number): Promise<boolean>;
  setImportOutcome(outcome: { report?: ImportReport; error?: { fileName: string; error: ApiError } }): void;
  clearImportMessages(): void;
}

/** The grid cell selected in the editor: one input of one sector. */
export type CellRef = InputRef;

export type EditorTab = 'inputs' | 'packages' | 'assumptions';

export type SaveState = 'idle' | 'pending' | 'saving' | 'saved' | 'error';

export interface ComparedScenario {
  readonly id: string;
  readonly name: string;
  readonly scenario: Scenario;
}

export interface EditorSlice {
  /**
   * The scenario being edited, the store's one copy of it: the controls, the charts (through the sim
   * layer), saving and undo all read it; views of it are derived (`use-scenario-view.ts`). It is the
   * only state undo and redo track.
   */
  scenario: Scenario | null;
  scenarioId: string | null;
  /** Head revision in the library this editor's edits build on. */
  revision: number;
  saveState: SaveState;
  saveError: ApiError | null;
  loadError: ApiError | null;
  selectedCell: CellRef | null;
  editorTab: EditorTab;
  showBaseline: boolean;
  compared: readonly ComparedScenario[];
  openScenario(id: string): Promise<void>;
  closeScenario(): void;
  /** Applies an edit; edits with the same `group` in quick succession are one undo step (a drag). */
  editScenario(edit: (scenario: Scenario) => Scenario, group?: string): void;
  selectCell(cell: CellRef | null): void;
  setEditorTab(tab: EditorTab): void;
  setShowBaseline(show: boolean): void;
  addCompared(id: string): Promise<void>;
  removeCompared(id: string): void;
  undo(): void;
  redo(): void;
  /** Replaces the edited scenario without an undo step (a save elsewhere, a restore). */
  replaceScenario(scenario: Scenario, revision: number): void;
  /** Called by the store when the edited scenario changed (an edit, an undo, a redo): autosave. */
  scenarioChanged(): void;
  /** Saves pending edits now (before switching scenarios or leaving the page). */
  flushSave(): Promise<void>;
}

export interface SimSlice {
  sim: SimSnapshot<VisibleScenario> | null;
  setSim(snapshot: SimSnapshot<VisibleScenario>): void;
}

/** The library's restriction packages (the built-in ones are the page's own, in shared/packages). */
export interface PackagesSlice {
  libraryPackages: readonly StoredPackage[];
  packagesLoaded: boolean;
  refreshPackages(): Promise<void>;
  /** Saves a new package or a new revision; the scenarios applying it record the edit. */
  savePackage(
    entry: RestrictionPackage,
    expectedRevision?: number,
  ): Promise<
    { readonly revision: number; readonly recordedIn: readonly { readonly name: string }[] } | undefined
  >;
  restorePackageRevision(id: string, revision: number): Promise<boolean>;
  trashPackage(id: string): Promise<void>;
  untrashPackage(id: string): Promise<void>;
  emptyPackageTrash(): Promise<void>;
}

export type AppState = UiSlice & LibrarySlice & EditorSlice & SimSlice & CompareSlice & PackagesSlice;
