import { describe, expect, it } from 'vitest';
import { getCatalogue, getPreset } from '../catalogue';
import { diffScenarios } from '../domain/scenario-diff';
import { groupDifferences } from './lever-diff';

const catalogue = getCatalogue('default-2025')!;
const sectorIds = catalogue.sectors.map((sector) => sector.id);

describe('groupDifferences', () => {
  it('lists a change made in several sectors once, saying when it is every sector', () => {
    const differences = diffScenarios(getPreset('baseline')!, getPreset('push-under-escalation')!, catalogue);
    const grouped = groupDifferences(differences, sectorIds);
    expect(grouped.length).toBeLessThan(differences.length / 4);
    expect(grouped).toContainEqual({
      kind: 'input',
      input: 'rdTaxCut',
      fromYear: 2026,
      toYear: 2040,
      a: 0,
      b: 0.2,
      sectors: sectorIds,
      allSectors: true,
    });
    expect(grouped).toContainEqual({
      kind: 'input',
      input: 'restriction',
      fromYear: 2026,
      toYear: 2040,
      a: 0.3,
      b: 0.6,
      sectors: ['IC'],
      allSectors: false,
    });
    // Nothing is lost: every sector-level difference is in exactly one group.
    const count = grouped.reduce(
      (total, difference) => total + (difference.kind === 'input' ? difference.sectors.length : 1),
      0,
    );
    expect(count).toBe(differences.length);
  });

  it('keeps overrides as they are', () => {
    const a = getPreset('baseline')!;
    const b = { ...a, parameters: { nu: 2 }, sectors: { IC: { data: { S0: 0.1 } } } };
    expect(groupDifferences(diffScenarios(a, b, catalogue), sectorIds)).toEqual(
      diffScenarios(a, b, catalogue),
    );
  });
});
