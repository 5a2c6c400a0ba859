import { describe, expect, it } from 'vitest';
import { getPreset } from '../../shared/catalogue';
import { runScenario } from '../../shared/engine/run-scenario';
import { catalogue } from '../support/engine-arbitraries';

describe('the Baseline preset reproduces the base year of data.md', () => {
  const baseline = getPreset('baseline')!;
  const run = runScenario(baseline, catalogue);
  if (!run.ok) throw new Error('baseline failed');
  const result = run.value;
  const years = result.years.length;

  it('starts in 2025 with S0 and C0 = exp(−g_F·lag0) of every sector', () => {
    expect(result.years[0]).toBe(2025);
    catalogue.sectors.forEach((sector, s) => {
      const gF = catalogue.parameters.find((p) => p.key === 'gF')!;
      const sectorGF = gF.sectorDefaults?.[sector.id] ?? gF.default;
      expect(result.S[s * years]).toBeCloseTo(sector.data.S0, 12);
      expect(result.C[s * years]).toBeCloseTo(Math.exp(-sectorGF * sector.data.lag0), 12);
      expect(result.yearsBehind[s * years]).toBeCloseTo(sector.data.lag0, 10);
    });
  });

  it('has 28 open chokepoints in 2025, the 7 solved items closed', () => {
    expect(result.chokepointsOpen[0]).toBe(28);
    const solved = catalogue.chokepoints
      .filter((item) => item.status === 'solved' && !item.frontier)
      .map((item) => item.id);
    for (const id of solved) expect(result.openIds![0]).not.toContain(id);
    expect(result.openIds![0]).toHaveLength(28);
  });

  it('has no fiscal cost at base-year levers and a disruption cost from the base-year restrictions', () => {
    expect(result.costs.fiscalTotal.every((value) => value === 0)).toBe(true);
    expect(result.costs.disruptionTotal[0]).toBeGreaterThan(0);
  });

  it('closes an advanced-materials chokepoint before the catch-up fades (data.md)', () => {
    const closed = result.openIds![0]!.filter((id) => !result.openIds![years - 1]!.includes(id));
    expect(closed.length).toBeGreaterThan(0);
    for (const id of closed)
      expect(catalogue.chokepoints.find((item) => item.id === id)!.sector).toBe('AMAT');
  });
});
