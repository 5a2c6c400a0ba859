import { describe, expect, it } from 'vitest';
import {
  chooseReference,
  DEFAULT_COMPARE_OPTIONS,
  otherScenario,
  selectionFromView,
  selectScenarios,
  toggleScenario,
  viewDraft,
} from './compare-selection';

const none = { ids: [], referenceId: null };

describe('compare selection', () => {
  it('adds scenarios up to four, the first becoming the reference', () => {
    let selection = toggleScenario(none, 'a');
    expect(selection).toEqual({ ids: ['a'], referenceId: 'a' });
    for (const id of ['b', 'c', 'd', 'e']) selection = toggleScenario(selection, id);
    expect(selection).toEqual({ ids: ['a', 'b', 'c', 'd'], referenceId: 'a' });
    expect(selectScenarios(none, ['x', 'y', 'x', 'z', 'w', 'v'])).toEqual({
      ids: ['x', 'y', 'z', 'w'],
      referenceId: 'x',
    });
  });

  it('keeps the reference while it is compared and hands it on when it is removed', () => {
    let selection = selectScenarios(none, ['a', 'b', 'c']);
    selection = chooseReference(selection, 'c');
    expect(toggleScenario(selection, 'a')).toEqual({ ids: ['b', 'c'], referenceId: 'c' });
    expect(toggleScenario(selection, 'c')).toEqual({ ids: ['a', 'b'], referenceId: 'a' });
    // A scenario that is not compared cannot be the reference.
    expect(chooseReference(selection, 'zzz')).toBe(selection);
  });

  it('explains the chosen other scenario, or the first that is not the reference', () => {
    const selection = chooseReference(selectScenarios(none, ['a', 'b', 'c']), 'b');
    expect(otherScenario(selection, null)).toBe('a');
    expect(otherScenario(selection, 'c')).toBe('c');
    expect(otherScenario(selection, 'b')).toBe('a');
    expect(otherScenario(selection, 'gone')).toBe('a');
  });

  it('round-trips through a saved view exactly, and drops scenarios the library no longer has', () => {
    const selection = chooseReference(selectScenarios(none, ['a', 'b', 'c']), 'b');
    const options = {
      ...DEFAULT_COMPARE_OPTIONS,
      variable: 'C' as const,
      bands: false,
      discountRate: 0.05,
      sector: 'IC',
      year: 2033,
    };
    const draft = viewDraft(selection, options, 'Three ways', 'view-1')!;
    expect(draft).toEqual({
      id: 'view-1',
      name: 'Three ways',
      scenarioIds: ['a', 'b', 'c'],
      referenceId: 'b',
      options,
    });
    const saved = { ...draft, id: 'view-1', createdAt: 'x', updatedAt: 'y', missingScenarioIds: [] };
    expect(selectionFromView(saved)).toEqual({ selection, options });
    expect(selectionFromView({ ...saved, missingScenarioIds: ['b'] }).selection).toEqual({
      ids: ['a', 'c'],
      referenceId: 'a',
    });
    expect(viewDraft(selectScenarios(none, ['a']), options, 'One')).toBeNull();
  });
});
