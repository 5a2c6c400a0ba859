import { describe, expect, it } from 'vitest';
import { comparedScenarios } from './display-names';

describe('comparedScenarios', () => {
  it('numbers repeated names so legends keep scenarios apart, skipping numbers that are real names', () => {
    const named = comparedScenarios(
      [
        { id: 'a', name: 'Push', display: { identity: 'ochre' } },
        { id: 'b', name: 'Push', display: { identity: 'blue' } },
        { id: 'c', name: 'Push (2)', display: { identity: 'ochre' } },
        { id: 'd', name: '推进', display: { identity: 'vermillion' } },
      ],
      'c',
    );
    expect(named.map((s) => s.label)).toEqual(['Push', 'Push (3)', 'Push (2)', '推进']);
    // Colours are the scenarios' own; "c" owns a's ochre and, coming later, is drawn in the first free slot.
    expect(named.map((s) => [s.reference, s.colorIndex, s.identityHeldBy])).toEqual([
      [false, 4, undefined],
      [false, 0, undefined],
      [true, 2, 'a'],
      [false, 1, undefined],
    ]);
    expect(new Set(named.map((s) => s.label)).size).toBe(4);
  });
});
