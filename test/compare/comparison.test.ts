import { describe, expect, it } from 'vitest';
import { getCatalogue, getPreset } from '../../shared/catalogue';
import { ownSlot } from '../../shared/charts';
import { buildComparison, checkComparable, describeCompareError, runComparison } from '../../shared/compare';
import type { Scenario } from '../../shared/domain/scenario';
import { diffScenarios } from '../../shared/domain/scenario-diff';
import { runMonteCarlo } from '../../shared/engine/monte-carlo';
import { prepareScenario } from '../../shared/engine/prepare-scenario';
import { runScenario } from '../../shared/engine/run-scenario';
import { targetYears } from '../../shared/engine/targets';

const catalogue = getCatalogue('default-2025')!;
const baseline = getPreset('baseline')!;
// A different seed of its own: the comparison must still draw it on the reference's seed.
const escalation: Scenario = { ...getPreset('escalation')!, seed: 7 };
const push = getPreset('self-reliance-push')!;
const scenarios = [baseline, escalation, push];
const DRAWS = 12;

function direct(scenario: Scenario) {
  const result = runScenario(scenario, catalogue);
  if (!result.ok) throw new Error('run failed');
  return result.value;
}

function directBands(scenario: Scenario, seed: number) {
  const prepared = prepareScenario(scenario, catalogue);
  if (!prepared.ok) throw new Error('prepare failed');
  const bands = runMonteCarlo(prepared.value, { draws: DRAWS, seed });
  if (!bands.ok) throw new Error('bands failed');
  return bands.value;
}

const outcomes = runComparison(scenarios, catalogue, { referenceId: baseline.id, draws: DRAWS });
if (!outcomes.ok) throw new Error(describeCompareError(outcomes.error));
const model = buildComparison(outcomes.value, catalogue, { referenceId: baseline.id, discountRate: 0.05 });

describe('the comparison model against direct engine runs', () => {
  it('carries every scenario’s deterministic trajectories unchanged', () => {
    scenarios.forEach((scenario, i) => {
      const run = direct(scenario);
      const compared = model.trajectories.scenarios[i]!;
      expect(compared).toMatchObject({
        id: scenario.id,
        label: scenario.name,
        reference: i === 0,
        colorIndex: ownSlot(scenario),
      });
      const years = run.years.length;
      run.sectorIds.forEach((sector, s) => {
        expect(compared.S[sector]!.values).toEqual(Array.from(run.S.subarray(s * years, (s + 1) * years)));
        expect(compared.C[sector]!.values).toEqual(Array.from(run.C.subarray(s * years, (s + 1) * years)));
      });
      expect(compared.aggregateS.values).toEqual(Array.from(run.aggregateS));
      expect(compared.chokepointsOpen.values).toEqual(Array.from(run.chokepointsOpen));
    });
  });

  it('draws every scenario’s bands on the reference’s seed (common random numbers)', () => {
    expect(model.trajectories).toMatchObject({ draws: DRAWS, seed: baseline.seed });
    const own = directBands(escalation, escalation.seed);
    const common = directBands(escalation, baseline.seed);
    const compared = model.trajectories.scenarios[1]!;
    expect(compared.aggregateS.band!.p50).toEqual(Array.from(common.aggregateS.p50));
    expect(compared.aggregateS.band!.p50).not.toEqual(Array.from(own.aggregateS.p50));
    expect(compared.S.IC!.band!.p90).toEqual(Array.from(common.S.p90.subarray(0, common.years.length)));
  });

  it('reads target years as targetYears does, with the probability by the horizon from the bands', () => {
    expect(model.targets).toMatchObject({ targets: [0.5, 0.7], horizonYear: 2040 });
    scenarios.forEach((scenario, i) => {
      const expected = targetYears(direct(scenario));
      const bands = directBands(scenario, baseline.seed);
      for (const row of model.targets.rows) {
        model.targets.targets.forEach((target, t) => {
          const cell = row.cells[i]![t]!;
          expect(cell.year).toBe(expected[row.sector]![String(target)]);
          expect(cell.probability).toBe(bands.targetProbability[row.sector]![String(target)]!.at(-1));
        });
      }
    });
    // The push reaches 50 % somewhere the baseline does not: the table is not trivially empty.
    expect(model.targets.rows.some((row) => row.cells[2]![0]!.year !== null)).toBe(true);
  });

  it('sums costs per year, cumulatively and discounted to the base year at the given rate', () => {
    scenarios.forEach((scenario, i) => {
      const run = direct(scenario);
      const compared = model.costs.scenarios[i]!.costs;
      for (const [kind, key] of [
        ['fiscal', 'fiscalTotal'],
        ['disruption', 'disruptionTotal'],
        ['substitution', 'substitutionTotal'],
      ] as const) {
        const yearly = Array.from(run.costs[key]);
        expect(compared[kind].yearly).toEqual(yearly);
        let total = 0;
        let discounted = 0;
        yearly.forEach((cost, y) => {
          total += cost;
          discounted += cost / 1.05 ** y;
          expect(compared[kind].cumulative[y]).toBeCloseTo(total, 9);
          expect(compared[kind].discounted[y]).toBeCloseTo(discounted, 9);
        });
      }
    });
    expect(model.costs.discountRate).toBe(0.05);
  });

  it('lists each other scenario’s lever diff against the reference', () => {
    expect(model.diffs.map((diff) => diff.id)).toEqual([escalation.id, push.id]);
    expect(model.diffs[0]!.differences).toEqual(diffScenarios(baseline, escalation, catalogue));
    expect(model.diffs[1]!.differences.length).toBeGreaterThan(0);
  });

  it('is plain data: it survives JSON unchanged', () => {
    expect(JSON.parse(JSON.stringify(model))).toEqual(model);
  });

  it('leaves bands and probabilities out when no draws were asked for', () => {
    const plain = runComparison([baseline, push], catalogue, { referenceId: push.id });
    if (!plain.ok) throw new Error('failed');
    const built = buildComparison(plain.value, catalogue, { referenceId: push.id, discountRate: 0.03 });
    expect(built.trajectories).toMatchObject({ draws: null, seed: null });
    expect(built.trajectories.scenarios[0]!.aggregateS.band).toBeUndefined();
    expect(built.targets.rows[0]!.cells[0]![0]!.probability).toBeNull();
    expect(built.scenarios.map((s) => s.reference)).toEqual([false, true]);
  });
});

describe('checkComparable', () => {
  const refusal = (list: readonly Scenario[], referenceId = baseline.id, min?: number) => {
    const checked = checkComparable(list, referenceId, { min });
    return checked.ok ? undefined : checked.error;
  };

  it('accepts 2–4 scenarios on one catalogue and years, and one for a report', () => {
    expect(checkComparable(scenarios, baseline.id).ok).toBe(true);
    expect(checkComparable([baseline], baseline.id, { min: 1 }).ok).toBe(true);
  });

  it('names what makes scenarios incomparable', () => {
    expect(refusal([baseline])).toMatchObject({ kind: 'scenario-count', count: 1, min: 2, max: 4 });
    expect(
      refusal([
        baseline,
        escalation,
        push,
        getPreset('de-escalation-and-cooperation')!,
        getPreset('push-under-escalation')!,
      ]),
    ).toMatchObject({ kind: 'scenario-count', count: 5 });
    expect(refusal([baseline, baseline])).toEqual({ kind: 'duplicate-scenario', id: baseline.id });
    expect(refusal([baseline, push], 'nope')).toEqual({ kind: 'unknown-reference', referenceId: 'nope' });
    expect(refusal([baseline, { ...push, horizon: 10 }])).toMatchObject({
      kind: 'different-years',
      name: push.name,
      horizon: 10,
      expectedHorizon: 15,
    });
    expect(refusal([baseline, { ...push, catalogue: 'history-2018' }])).toMatchObject({
      kind: 'different-catalogues',
      catalogue: 'history-2018',
    });
    const error = refusal([baseline, { ...push, horizon: 10 }])!;
    expect(describeCompareError(error)).toContain('base year and horizon');
  });
});
