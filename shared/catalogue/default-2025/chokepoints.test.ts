import { describe, expect, it } from 'vitest';
import { offsetsByRule } from '../chokepoint-offset-rule';
import { CHOKEPOINTS_2025 } from './chokepoints';
import { SECTORS_2025 } from './sectors';

describe('CHOKEPOINTS_2025', () => {
  it('lists the 35 items of the series, numbered 1–35 in order', () => {
    expect(CHOKEPOINTS_2025.map((item) => item.id)).toEqual(Array.from({ length: 35 }, (_, i) => i + 1));
  });

  it('tabulates exactly the offsets data.md states its rule gives', () => {
    const byRule = offsetsByRule(CHOKEPOINTS_2025);
    CHOKEPOINTS_2025.forEach((item, index) => {
      expect({ id: item.id, offset: item.offset }).toEqual({ id: item.id, offset: byRule[index] });
    });
  });

  it('has 28 items open in the base year (threshold above C0)', () => {
    expect(CHOKEPOINTS_2025.filter((item) => item.offset > 0)).toHaveLength(28);
  });

  it('marks the five frontier-of-frontier (★) items', () => {
    const frontier = CHOKEPOINTS_2025.filter((item) => item.frontier).map((item) => item.id);
    expect(frontier).toEqual([1, 4, 9, 21, 23]);
  });

  it('places every item in a catalogue sector', () => {
    const sectorIds = new Set(SECTORS_2025.map((sector) => sector.id));
    for (const item of CHOKEPOINTS_2025) expect(sectorIds).toContain(item.sector);
  });
});
