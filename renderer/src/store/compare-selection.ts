import type {
  ComparisonView,
  ComparisonViewDraft,
  ComparisonViewOptions,
} from '../../../shared/api/view-schemas';
import { MAX_COMPARED } from '../../../shared/compare';
import { DEFAULT_DISCOUNT_RATE } from '../../../shared/results/run-json';
import type { DeepReadonly } from '../../../shared/api/contract';

/** Which scenarios are compared, in display order, and which of them is the reference. */
export interface CompareSelection {
  readonly ids: readonly string[];
  readonly referenceId: string | null;
}

export const DEFAULT_COMPARE_OPTIONS: ComparisonViewOptions = {
  variable: 'S',
  bands: true,
  discountRate: DEFAULT_DISCOUNT_RATE,
};

/** The reference stays what it was while it is compared; otherwise the first scenario takes its place. */
function withReference(ids: readonly string[], referenceId: string | null): CompareSelection {
  return {
    ids,
    referenceId: referenceId !== null && ids.includes(referenceId) ? referenceId : (ids[0] ?? null),
  };
}

/** A new list of compared scenarios: each once, at most four (later ones are left out). */
export function selectScenarios(selection: CompareSelection, ids: readonly string[]): CompareSelection {
  return withReference([...new Set(ids)].slice(0, MAX_COMPARED), selection.referenceId);
}

/** Adds a scenario at the end (unless four are compared already) or removes it. */
export function toggleScenario(selection: CompareSelection, id: string): CompareSelection {
  if (selection.ids.includes(id))
    return withReference(
      selection.ids.filter((entry) => entry !== id),
      selection.referenceId,
    );
  if (selection.ids.length >= MAX_COMPARED) return selection;
  return withReference([...selection.ids, id], selection.referenceId);
}

/** Makes a compared scenario the reference; anything else leaves the selection as it is. */
export function chooseReference(selection: CompareSelection, id: string): CompareSelection {
  return selection.ids.includes(id) ? { ...selection, referenceId: id } : selection;
}

/** The scenario "why they differ" explains against the reference: the one chosen, else the first other. */
export function otherScenario(selection: CompareSelection, chosen: string | null): string | null {
  if (chosen !== null && chosen !== selection.referenceId && selection.ids.includes(chosen)) return chosen;
  return selection.ids.find((id) => id !== selection.referenceId) ?? null;
}

/** What the views API stores of the comparison on screen. */
export function viewDraft(
  selection: CompareSelection,
  options: ComparisonViewOptions,
  name: string,
  id?: string,
): ComparisonViewDraft | null {
  if (selection.referenceId === null || selection.ids.length < 2) return null;
  return {
    ...(id === undefined ? {} : { id }),
    name,
    scenarioIds: [...selection.ids],
    referenceId: selection.referenceId,
    options: { ...options },
  };
}

/**
 * The comparison a saved view reopens: its scenarios still in the library, in its order, its reference
 * (or, when that was deleted, the first left), its options exactly.
 */
export function selectionFromView(view: DeepReadonly<ComparisonView>): {
  selection: CompareSelection;
  options: ComparisonViewOptions;
} {
  const ids = view.scenarioIds.filter((id) => !view.missingScenarioIds.includes(id));
  return { selection: withReference(ids, view.referenceId), options: { ...view.options } };
}
