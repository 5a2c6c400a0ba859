import { describe, expect, it } from 'vitest';
import { DEPENDENCIES_2025, DEPENDENCY_DISTRIBUTION_2025 } from './dependencies';

describe('DEPENDENCIES_2025', () => {
  it('is the ω table of model.md §5 (buyer ← supplier)', () => {
    const table = DEPENDENCIES_2025.map(({ buyer, supplier, weight }) => `${buyer}←${supplier} ${weight}`);
    expect(table).toEqual([
      'IC←SME 0.3',
      'IC←LITH 0.3',
      'IC←ISW 0.2',
      'IC←SMAT 0.2',
      'ROB←IC 0.1',
      'CNC←AMAT 0.1',
      'AERO←AMAT 0.2',
      'AERO←ISW 0.2',
      'AERO←CNC 0.1',
    ]);
    for (const dependency of DEPENDENCIES_2025) expect(dependency.confidence).toBe('L');
  });

  it('draws each weight ×U[0.5, 1.5]', () => {
    expect(DEPENDENCY_DISTRIBUTION_2025).toEqual({ kind: 'uniform-multiplier', min: 0.5, max: 1.5 });
  });
});
