import type { Catalogue } from '../../../../shared/catalogue/types';
import type { CompareError, ComparisonModel, ScenarioOutcome } from '../../../../shared/compare';
import { buildComparison, checkComparable, comparisonSeed } from '../../../../shared/compare';
import type { Scenario } from '../../../../shared/domain/scenario';
import type { CompareSnapshot } from '../../sim/compare-client';
import { bandsKey } from '../../sim/compare-client';
import { contentKey } from '../../sim/protocol';

/** What the compare view can show now. */
export type ComparisonState =
  | { readonly kind: 'too-few'; readonly count: number }
  | { readonly kind: 'loading' }
  | { readonly kind: 'incomparable'; readonly error: CompareError }
  | { readonly kind: 'running' }
  | { readonly kind: 'failed'; readonly error: CompareError }
  | {
      readonly kind: 'ready';
      readonly model: ComparisonModel;
      readonly catalogue: Catalogue;
      /** The compared scenarios as shown (display names), in order. */
      readonly scenarios: readonly Scenario[];
      readonly outcomes: readonly ScenarioOutcome[];
      readonly seed: number;
      /** How many scenarios have their bands yet. */
      readonly banded: number;
    };

export interface ComparisonInput {
  readonly ids: readonly string[];
  readonly referenceId: string | null;
  readonly docs: Readonly<Record<string, Scenario>>;
  readonly snapshot: CompareSnapshot | null;
  readonly draws: number;
  readonly discountRate: number;
  /** The name a scenario is shown under (Chinese names of the built-in examples). */
  readonly displayName: (scenario: Scenario) => string;
}

/** The scenarios a selection compares, once all are read from the library. */
export function comparedDocs(input: Pick<ComparisonInput, 'ids' | 'docs'>): Scenario[] | null {
  const docs = input.ids.map((id) => input.docs[id]);
  return docs.every((doc) => doc !== undefined) ? (docs as Scenario[]) : null;
}

/**
 * The comparison of the runs the engine has delivered so far: lines as soon as every scenario has
 * its deterministic run, bands (and target probabilities) for the scenarios whose Monte Carlo runs on
 * the reference's seed are done. Cheap (no engine runs): rebuilt on every change of reference or rate.
 */
export function comparisonState(input: ComparisonInput): ComparisonState {
  if (input.ids.length < 2 || input.referenceId === null) return { kind: 'too-few', count: input.ids.length };
  const docs = comparedDocs(input);
  if (!docs) return { kind: 'loading' };
  const comparable = checkComparable(docs, input.referenceId);
  if (!comparable.ok) return { kind: 'incomparable', error: comparable.error };
  const seed = comparisonSeed(docs, input.referenceId);
  const outcomes: ScenarioOutcome[] = [];
  let banded = 0;
  for (const doc of docs) {
    const key = contentKey(doc);
    const run = input.snapshot?.runs.get(key);
    if (!run) return { kind: 'running' };
    if (!run.ok) return { kind: 'failed', error: run.error };
    const bands = input.draws > 0 ? input.snapshot?.bands.get(bandsKey(key, seed, input.draws)) : undefined;
    if (bands && !bands.ok) return { kind: 'failed', error: bands.error };
    if (bands) banded += 1;
    outcomes.push({
      scenario: { ...doc, name: input.displayName(doc) },
      run: run.value,
      ...(bands ? { bands: bands.value } : {}),
    });
  }
  const { catalogue } = comparable.value;
  const model = buildComparison(outcomes, catalogue, {
    referenceId: input.referenceId,
    discountRate: input.discountRate,
  });
  return {
    kind: 'ready',
    model,
    catalogue,
    scenarios: outcomes.map((outcome) => outcome.scenario),
    outcomes,
    seed,
    banded,
  };
}

/** A comparison ready to show. */
export type ReadyComparison = Extract<ComparisonState, { kind: 'ready' }>;
