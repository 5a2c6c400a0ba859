import type { ApiError } from '../../../shared/api/api-result';
import type { DeepReadonly } from '../../../shared/api/contract';
import type { ComparisonView, ComparisonViewOptions } from '../../../shared/api/view-schemas';
import type { Scenario } from '../../../shared/domain/scenario';
import { call } from '../api';
import { runnableScenario } from '../sim/runnable-scenario';
import type { CompareSnapshot } from '../sim/compare-client';
import type { ComparisonInUrl } from './route';
import type { SliceCreator } from './slice';
import type { CompareSelection } from './compare-selection';
import {
  chooseReference,
  DEFAULT_COMPARE_OPTIONS,
  selectScenarios,
  selectionFromView,
  toggleScenario,
  viewDraft,
} from './compare-selection';

export type SavedView = DeepReadonly<ComparisonView>;

export interface CompareSlice {
  /** The compared scenarios and the reference. */
  compare: CompareSelection;
  compareOptions: ComparisonViewOptions;
  /** The scenario the attribution explains against the reference (null: the first other one). */
  compareOtherId: string | null;
  /** The saved view on screen, if the comparison was opened from or saved as one. */
  compareView: { readonly id: string; readonly name: string; readonly updatedAt: string } | null;
  compareViews: readonly SavedView[];
  /**
   * The compared scenarios as the engine runs them (their restriction packages applied), by id: every
   * run, attribution, export and diff of the comparison reads these.
   */
  compareDocs: Readonly<Record<string, Scenario>>;
  /** The restriction packages each compared scenario applies, by id (for the charts' event markers). */
  comparePackages: Readonly<Record<string, readonly string[]>>;
  compareSnapshot: CompareSnapshot | null;
  /**
   * The sectors that get their own slide, in presentation mode and in the exported deck (null: every
   * sector of the catalogue).
   */
  slideSectors: readonly string[] | null;
  setSlideSectors(sectors: readonly string[] | null): void;
  /** The title of the slides and the deck ('': the comparison's own title). */
  slideTitle: string;
  setSlideTitle(title: string): void;
  /** The comparison a URL names (a reload, a link): its scenarios, reference and slide sectors. */
  restoreComparison(comparison: ComparisonInUrl): void;
  setCompareScenarios(ids: readonly string[]): void;
  /** A new comparison of these scenarios (the first the reference), not tied to a saved view. */
  startComparison(ids: readonly string[]): void;
  toggleCompareScenario(id: string): void;
  setCompareReference(id: string): void;
  setCompareOther(id: string): void;
  setCompareOptions(patch: Partial<ComparisonViewOptions>): void;
  /** Reads the compared scenarios from the library (again: they may have been edited meanwhile). */
  loadCompareDocs(): Promise<void>;
  refreshCompareViews(): Promise<void>;
  openCompareView(id: string): Promise<boolean>;
  /** Saves the comparison as a view: over the one on screen, or as a new one. */
  saveCompareView(name: string, asNew: boolean): Promise<boolean>;
  deleteCompareView(id: string): Promise<void>;
  setCompareSnapshot(snapshot: CompareSnapshot): void;
}

export const createCompareSlice: SliceCreator<CompareSlice> = (set, get) => {
  const failed = (context: string, error: ApiError) =>
    get().notify({ tone: 'error', kind: 'api', context, error });
  const select = (compare: CompareSelection) => {
    set({ compare });
    void get().loadCompareDocs();
  };

  return {
    compare: { ids: [], referenceId: null },
    compareOptions: DEFAULT_COMPARE_OPTIONS,
    compareOtherId: null,
    compareView: null,
    compareViews: [],
    compareDocs: {},
    comparePackages: {},
    compareSnapshot: null,
    slideSectors: null,
    slideTitle: '',
    setSlideTitle: (title) => set({ slideTitle: title }),

    setSlideSectors: (sectors) => set({ slideSectors: sectors === null ? null : [...sectors] }),
    restoreComparison(comparison) {
      const current = get().compare;
      const sameSectors = JSON.stringify(comparison.sectors) === JSON.stringify(get().slideSectors);
      if (!sameSectors) set({ slideSectors: comparison.sectors === null ? null : [...comparison.sectors] });
      const wanted = selectScenarios({ ids: [], referenceId: comparison.referenceId }, comparison.ids);
      if (
        wanted.ids.join('\n') === current.ids.join('\n') &&
        (wanted.referenceId === current.referenceId || comparison.referenceId === null)
      )
        return;
      set({ compareView: null, compareOtherId: null });
      select(wanted);
    },

    setCompareScenarios: (ids) => select(selectScenarios(get().compare, ids)),
    startComparison(ids) {
      set({ compareView: null, compareOtherId: null });
      select(selectScenarios({ ids: [], referenceId: null }, ids));
    },
    toggleCompareScenario: (id) => select(toggleScenario(get().compare, id)),
    setCompareReference: (id) => set({ compare: chooseReference(get().compare, id) }),
    setCompareOther: (id) => set({ compareOtherId: id }),
    setCompareOptions: (patch) => set({ compareOptions: { ...get().compareOptions, ...patch } }),

    async loadCompareDocs() {
      const ids = get().compare.ids;
      const [results] = await Promise.all([
        Promise.all(ids.map((id) => call('getScenario', { id }))),
        get().packagesLoaded ? undefined : get().refreshPackages(),
      ]);
      // A newer selection may have been made while these were read: keep what it still compares.
      const docs: Record<string, Scenario> = { ...get().compareDocs };
      const packages: Record<string, readonly string[]> = { ...get().comparePackages };
      results.forEach((result, i) => {
        if (!result.ok) {
          failed('compare.error.load', result.error);
          return;
        }
        const scenario = result.value.scenario as Scenario;
        docs[ids[i]!] = runnableScenario(scenario, get().libraryPackages);
        packages[ids[i]!] = scenario.restrictionPackages ?? [];
      });
      const wanted = new Set(get().compare.ids);
      const missing = ids.filter((_, i) => !results[i]!.ok);
      const kept = <T>(record: Record<string, T>) =>
        Object.fromEntries(Object.entries(record).filter(([id]) => wanted.has(id)));
      set({ compareDocs: kept(docs), comparePackages: kept(packages) });
      if (missing.length)
        set({
          compare: selectScenarios(
            get().compare,
            get().compare.ids.filter((id) => !missing.includes(id)),
          ),
        });
    },

    async refreshCompareViews() {
      const result = await call('listViews', {});
      if (result.ok) set({ compareViews: result.value });
      else failed('compare.error.views', result.error);
    },

    async openCompareView(id) {
      const result = await call('getView', { id });
      if (!result.ok) {
        failed('compare.error.openView', result.error);
        return false;
      }
      const view = result.value;
      const { selection, options } = selectionFromView(view);
      set({
        compareOptions: options,
        compareOtherId: null,
        compareView: { id: view.id, name: view.name, updatedAt: view.updatedAt },
      });
      select(selection);
      if (view.missingScenarioIds.length) {
        get().notify({
          tone: 'info',
          kind: 'text',
          key: 'compare.views.missing',
          params: { name: view.name, count: view.missingScenarioIds.length },
        });
      }
      return true;
    },

    async saveCompareView(name, asNew) {
      const current = asNew ? null : get().compareView;
      const draft = viewDraft(get().compare, get().compareOptions, name, current?.id);
      if (!draft) return false;
      const result = await call('saveView', {
        view: draft,
        ...(current ? { expectedUpdatedAt: current.updatedAt } : {}),
      });
      if (!result.ok) {
        failed('compare.error.saveView', result.error);
        return false;
      }
      set({
        compareView: { id: result.value.id, name: result.value.name, updatedAt: result.value.updatedAt },
      });
      get().notify({
        tone: 'success',
        kind: 'text',
        key: 'compare.views.saved',
        params: { name: result.value.name },
      });
      await get().refreshCompareViews();
      return true;
    },

    async deleteCompareView(id) {
      const result = await call('deleteView', { id });
      if (!result.ok) failed('compare.error.deleteView', result.error);
      if (get().compareView?.id === id) set({ compareView: null });
      await get().refreshCompareViews();
    },

    setCompareSnapshot: (snapshot) => set({ compareSnapshot: snapshot }),
  };
};
