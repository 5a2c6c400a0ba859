import { describe, expect, it } from 'vitest';
import type { RestrictionLayers } from './combine-restrictions';
import { combineRestriction } from './combine-restrictions';

const pkg = (id: string, year: number, schedule: RestrictionLayers['packages'][number]['schedule']) => ({
  id,
  year,
  schedule,
});
const short = (layers: RestrictionLayers) =>
  combineRestriction(layers).map(({ year, value, source }) => [
    year,
    value,
    source.kind === 'package' ? source.id : source.kind,
  ]);

describe('combineRestriction', () => {
  it('without packages or own values, is the catalogue r0 from the base year', () => {
    expect(short({ baseYear: 2025, fallback: 0.3, packages: [] })).toEqual([[2025, 0.3, 'default']]);
  });

  it('a package on a sector with no own schedule: r0 until its first step, the package from then on', () => {
    const layers = { baseYear: 2025, fallback: 0.3, packages: [pkg('hbm', 2026, 0.45)] };
    expect(short(layers)).toEqual([
      [2025, 0.3, 'default'],
      [2026, 0.45, 'hbm'],
    ]);
  });

  it('applies packages in the listed order: a later package lies on top of an earlier one from its first step', () => {
    const tighten = pkg('tighten', 2026, [
      { year: 2026, value: 0.5 },
      { year: 2030, value: 0.6 },
    ]);
    const truce = pkg('truce', 2028, 0.2);
    expect(short({ baseYear: 2025, fallback: 0.3, packages: [tighten, truce] })).toEqual([
      [2025, 0.3, 'default'],
      [2026, 0.5, 'tighten'],
      [2028, 0.2, 'truce'],
    ]);
    // The other way round, the tightening covers the truce from 2026 on, its 2030 step included.
    expect(short({ baseYear: 2025, fallback: 0.3, packages: [truce, tighten] })).toEqual([
      [2025, 0.3, 'default'],
      [2026, 0.5, 'tighten'],
      [2030, 0.6, 'tighten'],
    ]);
  });

  it('expresses a relaxing package as lower levels, and a temporary licence as a step back up', () => {
    const licence = pkg('licence', 2027, [
      { year: 2027, value: 0.1 },
      { year: 2029, value: 0.35 },
    ]);
    expect(short({ baseYear: 2025, fallback: 0.35, packages: [licence] })).toEqual([
      [2025, 0.35, 'default'],
      [2027, 0.1, 'licence'],
      [2029, 0.35, 'licence'],
    ]);
  });

  it('puts the scenario’s own values on top of every package', () => {
    const own = [
      { year: 2025, value: 0.3 },
      { year: 2032, value: 0.8 },
    ];
    expect(short({ baseYear: 2025, fallback: 0.3, packages: [pkg('hbm', 2026, 0.45)], own })).toEqual([
      [2025, 0.3, 'own'],
      [2032, 0.8, 'own'],
    ]);
    expect(short({ baseYear: 2025, fallback: 0.3, packages: [pkg('hbm', 2026, 0.45)], own: 0.1 })).toEqual([
      [2025, 0.1, 'own'],
    ]);
  });

  it('drops the steps before the base year (already read into r0) and keeps the rest of the package', () => {
    const record = pkg('record', 2019, [
      { year: 2019, value: 0.15 },
      { year: 2027, value: 0.5 },
    ]);
    expect(short({ baseYear: 2025, fallback: 0.3, packages: [record] })).toEqual([
      [2025, 0.3, 'default'],
      [2027, 0.5, 'record'],
    ]);
    expect(short({ baseYear: 2025, fallback: 0.3, packages: [pkg('old', 2019, 0.15)] })).toEqual([
      [2025, 0.3, 'default'],
    ]);
  });

  it('writes a step only where the level changes, named by the layer that changed it', () => {
    const same = pkg('same', 2026, 0.3);
    expect(short({ baseYear: 2025, fallback: 0.3, packages: [same] })).toEqual([[2025, 0.3, 'default']]);
    expect(short({ baseYear: 2025, fallback: 0.3, packages: [pkg('now', 2025, 0.4)] })).toEqual([
      [2025, 0.4, 'now'],
    ]);
  });
});
