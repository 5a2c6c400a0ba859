import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { getCatalogue } from '../catalogue';
import type { Scenario } from '../domain/scenario';
import { sampleScenario } from '../../test/support/sample-scenario';
import { scenarioArbitrary } from '../../test/support/scenario-arbitrary';
import { mergeScenarios } from './merge-scenarios';
import type { CellMap } from './scenario-cells';
import { sameCell, scenarioCells, scenarioFromCells } from './scenario-cells';

const catalogue = getCatalogue('default-2025')!;

/** Edits of a cell map: each cell kept, removed or set to a donor's value; donor cells may be added. */
function editArbitrary(base: CellMap, donor: CellMap): fc.Arbitrary<CellMap> {
  const keys = [...new Set([...base.keys(), ...donor.keys()])];
  return fc
    .array(fc.constantFrom('keep', 'keep', 'remove', 'donor'), {
      minLength: keys.length,
      maxLength: keys.length,
    })
    .map((choices) => {
      const out: CellMap = new Map(base);
      keys.forEach((key, i) => {
        if (choices[i] === 'remove') out.delete(key);
        if (choices[i] === 'donor' && donor.has(key)) out.set(key, donor.get(key));
      });
      return out;
    });
}

const triple = fc
  .tuple(scenarioArbitrary(catalogue), scenarioArbitrary(catalogue), scenarioArbitrary(catalogue))
  .chain(([base, donorA, donorB]) => {
    const cells = scenarioCells(base);
    return fc.tuple(
      fc.constant(base),
      editArbitrary(cells, scenarioCells(donorA)),
      editArbitrary(cells, scenarioCells(donorB)),
    );
  });

describe('mergeScenarios', () => {
  it('never loses a cell: one-sided changes land, both-sided different changes are reported', () => {
    fc.assert(
      fc.property(triple, ([base, oursCells, theirsCells]) => {
        const ours = scenarioFromCells(oursCells, base);
        const theirs = scenarioFromCells(theirsCells, { ...base, id: 'theirs' });
        const { merged, conflicts } = mergeScenarios(base, ours, theirs);
        const b = scenarioCells(base);
        const o = scenarioCells(ours);
        const t = scenarioCells(theirs);
        const m = scenarioCells(merged);
        const reported = new Set(conflicts.map((conflict) => JSON.stringify(conflict.path)));
        for (const key of new Set([...b.keys(), ...o.keys(), ...t.keys()])) {
          const [vb, vo, vt, vm] = [b.get(key), o.get(key), t.get(key), m.get(key)];
          const oursChanged = !sameCell(vo, vb);
          const theirsChanged = !sameCell(vt, vb);
          if (oursChanged && theirsChanged && !sameCell(vo, vt)) {
            expect(reported.has(key)).toBe(true);
            expect(vm).toEqual(vo);
          } else {
            expect(reported.has(key)).toBe(false);
            expect(vm).toEqual(theirsChanged ? vt : vo);
          }
        }
        // Nothing appears that neither side had.
        for (const key of m.keys()) expect(o.has(key) || t.has(key)).toBe(true);
        expect(merged.id).toBe(base.id);
      }),
      { numRuns: 60 },
    );
  });

  it('takes theirs for every conflict when asked', () => {
    const base = sampleScenario();
    const ours: Scenario = { ...base, name: 'Ours', description: 'ours only' };
    const theirs: Scenario = { ...base, name: 'Theirs', horizon: 20 };
    const byDefault = mergeScenarios(base, ours, theirs);
    expect(byDefault.conflicts).toEqual([
      { path: ['name'], base: base.name, ours: 'Ours', theirs: 'Theirs' },
    ]);
    expect(byDefault.merged).toMatchObject({ name: 'Ours', description: 'ours only', horizon: 20 });
    expect(byDefault.fromTheirs).toEqual([['horizon']]);
    const preferTheirs = mergeScenarios(base, ours, theirs, () => 'theirs');
    expect(preferTheirs.merged).toMatchObject({ name: 'Theirs', description: 'ours only', horizon: 20 });
  });

  it('merges two sectors edited on different sides and keeps a sector removed on one side removed', () => {
    const base = sampleScenario();
    const ours: Scenario = { ...base, sectors: { ...base.sectors, LITH: { restriction: 0.9 } } };
    const { SME: _removed, ...withoutSme } = base.sectors;
    const theirs: Scenario = { ...base, sectors: withoutSme };
    const { merged, conflicts } = mergeScenarios(base, ours, theirs);
    expect(conflicts).toEqual([]);
    expect(merged.sectors).toEqual({ IC: base.sectors.IC, LITH: { restriction: 0.9 } });
  });
});
