import { describe, expect, it } from 'vitest';
import { comparedScenarios } from './display-names';

describe('comparedScenarios', () => {
  it('numbers repeated names so legends keep scenarios apart, skipping numbers that are real names', () => {
    const named = comparedScenarios(
      [
        { id: 'a', name: 'Push' },
        { id: 'b', name: 'Push' },
        { id: 'c', name: 'Push (2)' },
        { id: 'd', name: '推进' },
      ],
      'c',
    );
    expect(named.map((s) => s.label)).toEqual(['Push', 'Push (3)', 'Push (2)', '推进']);
    expect(named.map((s) => [s.reference, s.colorIndex])).toEqual([
      [false, 0],
      [false, 1],
      [true, 2],
      [false, 3],
    ]);
    expect(new Set(named.map((s) => s.label)).size).toBe(4);
  });
});
