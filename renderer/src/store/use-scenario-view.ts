import { useRef } from 'react';
import type { Scenario } from '../../../shared/domain/scenario';
import { useApp } from './index';

/**
 * A view derived from the edited scenario, the store's one copy of it: computed again only when the
 * scenario changes, and kept as the same object while it stays `equal`, so that a component re-renders
 * only when its own view changes (a slider move re-renders its cell, not the whole grid). `empty` is the
 * view while no scenario is open.
 */
export function useScenarioView<T>(
  derive: (scenario: Scenario) => T,
  equal: (a: T, b: T) => boolean,
  empty: T,
): T {
  const last = useRef<{ scenario: Scenario | null; derive: (scenario: Scenario) => T; view: T } | null>(null);
  return useApp((state) => {
    const cached = last.current;
    if (cached && cached.scenario === state.scenario && cached.derive === derive) return cached.view;
    const next = state.scenario ? derive(state.scenario) : empty;
    const view = cached && equal(cached.view, next) ? cached.view : next;
    last.current = { scenario: state.scenario, derive, view };
    return view;
  });
}
