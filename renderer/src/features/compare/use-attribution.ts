import { useEffect, useState } from 'react';
import type { CompareError } from '../../../../shared/compare';
import type { Scenario } from '../../../../shared/domain/scenario';
import type { Attribution } from '../../../../shared/engine/attribution';
import { useCompareEngine } from './use-compare-engine';

export type AttributionState =
  | { readonly kind: 'running' }
  | { readonly kind: 'done'; readonly attribution: Attribution }
  | { readonly kind: 'failed'; readonly error: CompareError };

/** The exact Shapley attribution of other − reference, from the worker (cached per pair there). */
export function useAttribution(
  reference: Scenario | undefined,
  other: Scenario | undefined,
): AttributionState {
  const engine = useCompareEngine();
  const [state, setState] = useState<{
    readonly for: readonly [Scenario, Scenario];
    readonly value: AttributionState;
  } | null>(null);
  useEffect(() => {
    if (!reference || !other) return undefined;
    let current = true;
    void engine.attribution(reference, other).then((result) => {
      if (current)
        setState({
          for: [reference, other],
          value: result.ok
            ? { kind: 'done', attribution: result.value }
            : { kind: 'failed', error: result.error },
        });
    });
    return () => {
      current = false;
    };
  }, [engine, reference, other]);
  // A result for another pair is not shown while this pair's is computed.
  return state && state.for[0] === reference && state.for[1] === other ? state.value : { kind: 'running' };
}
