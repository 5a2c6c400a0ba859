import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { getPreset } from '../../shared/catalogue';
import { attributeDifference } from '../../shared/engine/attribution';
import { shapleyValues } from '../../shared/engine/shapley';
import { INPUT_IDS } from '../../shared/domain/inputs';
import { mixScenarioInputs } from '../../shared/engine/scenario-inputs';
import { runPrepared } from '../../shared/engine/run-prepared';
import { prepare, scenarioArb } from '../support/engine-arbitraries';

function sumsToDifference(a: Parameters<typeof prepare>[0], b: Parameters<typeof prepare>[0]): void {
  const attribution = attributeDifference(prepare(a), prepare(b));
  if (!attribution.ok) throw new Error(JSON.stringify(attribution.error));
  const { a: outA, b: outB, contributions } = attribution.value;
  for (const key of [
    'S',
    'C',
    'aggregateS',
    'chokepointsOpen',
    'fiscalTotal',
    'disruptionTotal',
    'substitutionTotal',
  ] as const) {
    outA[key].forEach((valueA, i) => {
      const total = contributions.reduce((sum, group) => sum + group[key][i]!, 0);
      const difference = outB[key][i]! - valueA;
      if (Math.abs(total - difference) > 1e-9 * Math.max(1, Math.abs(difference))) {
        throw new Error(`${key}[${i}]: contributions sum to ${total}, difference is ${difference}`);
      }
    });
  }
}

describe('Shapley attribution', () => {
  it('sums exactly to the total difference for random scenario pairs', () => {
    fc.assert(fc.property(scenarioArb, scenarioArb, sumsToDifference), { numRuns: 8 });
  });

  it('gives zero to groups that do not differ, and the whole difference to a sole differing group', () => {
    const baseline = getPreset('baseline')!;
    const escalation = getPreset('escalation')!;
    const attribution = attributeDifference(prepare(baseline), prepare(escalation));
    if (!attribution.ok) throw new Error('failed');
    const { groups, contributions, a, b } = attribution.value;
    expect(groups).toEqual([
      'basicResearch',
      'rdTaxCut',
      'universityLinks',
      'clusters',
      'procurement',
      'openness',
      'restriction',
    ]);
    const restriction = contributions[groups.indexOf('restriction')]!;
    contributions.forEach((group, g) => {
      if (g === groups.indexOf('restriction')) return;
      expect(group.aggregateS.every((value) => value === 0)).toBe(true);
    });
    restriction.aggregateS.forEach((value, y) =>
      expect(value).toBeCloseTo(b.aggregateS[y]! - a.aggregateS[y]!, 12),
    );
  });

  it('adds an assumptions group when the scenarios differ in parameters, and still sums exactly', () => {
    const baseline = getPreset('baseline')!;
    const other = { ...getPreset('self-reliance-push')!, parameters: { nu: 2 } };
    const attribution = attributeDifference(prepare(baseline), prepare(other));
    expect(attribution.ok && attribution.value.groups).toContain('assumptions');
    sumsToDifference(baseline, other);
  });

  it('leaves groups the scenarios share out of the game without changing any value', () => {
    const a = prepare(getPreset('baseline')!);
    const b = prepare(getPreset('push-under-escalation')!);
    const fast = attributeDifference(a, b);
    if (!fast.ok) throw new Error('failed');
    // The full game over all seven groups, for comparison.
    const runs = Array.from({ length: 1 << INPUT_IDS.length }, (_, mask) => {
      const inputs = mixScenarioInputs(
        a.inputs,
        b.inputs,
        (input) => (mask & (1 << INPUT_IDS.indexOf(input))) !== 0,
      );
      const run = runPrepared(a, { inputs, recordOpenIds: false });
      if (!run.ok) throw new Error('run failed');
      return run.value.aggregateS;
    });
    const full = shapleyValues(INPUT_IDS.length, (mask) => runs[mask]!);
    INPUT_IDS.forEach((input, g) => {
      fast.value.contributions[g]!.aggregateS.forEach((value, y) =>
        expect(value).toBeCloseTo(full[g]![y]!, 12),
      );
    });
    expect(fast.value.contributions[INPUT_IDS.indexOf('openness')]!.aggregateS.every((v) => v === 0)).toBe(
      true,
    );
  });

  it('matches a hand-computed Shapley value on a known game', () => {
    // v(S) = 2·[0∈S] + 3·[1∈S] + 4·[0∈S ∧ 1∈S]: the interaction splits evenly.
    const game = (mask: number): Float64Array =>
      Float64Array.of(2 * (mask & 1) + 3 * ((mask >> 1) & 1) + (mask === 3 ? 4 : 0));
    const [phi0, phi1] = shapleyValues(2, game);
    expect(phi0![0]).toBeCloseTo(4, 12);
    expect(phi1![0]).toBeCloseTo(5, 12);
  });
});
