import { describe, expect, it } from 'vitest';
import { getPreset } from '../../shared/catalogue';
import { validateCatalogue } from '../../shared/catalogue/validate-catalogue';
import type { Catalogue } from '../../shared/catalogue/types';
import type { Scenario } from '../../shared/domain/scenario';
import { prepareScenario } from '../../shared/engine/prepare-scenario';
import { runPrepared } from '../../shared/engine/run-prepared';
import type { Sensitivity, SensitivityOptions } from '../../shared/engine/sensitivity';
import { rankSensitivity } from '../../shared/engine/sensitivity';
import { catalogue, sectorIds } from '../support/engine-arbitraries';

const escalation = getPreset('escalation')!;
const IC_S_2035: SensitivityOptions = { output: { kind: 'S', sector: 'IC' }, year: 2035 };

function rank(
  scenario: Pick<Scenario, 'sectors' | 'parameters' | 'baseYear' | 'horizon'>,
  options: SensitivityOptions,
  on: Catalogue = catalogue,
): Sensitivity {
  const prepared = prepareScenario(scenario, on);
  if (!prepared.ok) throw new Error(JSON.stringify(prepared.error));
  const result = rankSensitivity(prepared.value, options);
  if (!result.ok) throw new Error(JSON.stringify(result.error));
  return result.value;
}

const swingOf = (result: Sensitivity, key: string) => result.bars.find((bar) => bar.key === key)!.swing;
const rankOf = (result: Sensitivity, key: string) => result.bars.findIndex((bar) => bar.key === key);

/** Every bar with zero swing comes after every bar with a positive one. */
function expectInertLast(result: Sensitivity, inert: readonly string[]) {
  const firstZero = result.bars.findIndex((bar) => bar.swing === 0);
  for (const key of inert) {
    expect({ key, swing: swingOf(result, key) }).toEqual({ key, swing: 0 });
    expect(rankOf(result, key)).toBeGreaterThanOrEqual(firstZero);
  }
  expect(result.bars.slice(firstZero).every((bar) => bar.swing === 0)).toBe(true);
}

describe('sensitivity ranking (tornado)', () => {
  const ic = rank(escalation, IC_S_2035);

  it('ranks every catalogued parameter once, largest swing first', () => {
    expect(ic.bars.map((bar) => bar.key).sort()).toEqual(catalogue.parameters.map((p) => p.key).sort());
    for (let i = 1; i < ic.bars.length; i++)
      expect(ic.bars[i]!.swing).toBeLessThanOrEqual(ic.bars[i - 1]!.swing);
    for (const bar of ic.bars) expect(bar.swing).toBeCloseTo(Math.abs(bar.outputHigh - bar.outputLow), 12);
  });

  it('moves each parameter over its Monte Carlo P10–P90, the others at default', () => {
    const lambdaSec = ic.bars.find((bar) => bar.key === 'lambdaSec')!;
    expect([lambdaSec.low, lambdaSec.high]).toEqual([expect.closeTo(1.4, 12), expect.closeTo(4.6, 12)]);
    const at = (value: number) => {
      const run = rank({ ...escalation, parameters: { lambdaSec: value } }, IC_S_2035);
      return run.atDefault;
    };
    expect(lambdaSec.outputLow).toBeCloseTo(at(1.4), 12);
    expect(lambdaSec.outputHigh).toBeCloseTo(at(4.6), 12);
    const prepared = prepareScenario(escalation, catalogue);
    const run = prepared.ok ? runPrepared(prepared.value) : prepared;
    if (!run.ok) throw new Error('run failed');
    const years = run.value.years.length;
    expect(ic.atDefault).toBe(run.value.S[sectorIds.indexOf('IC') * years + (2035 - 2025)]);
  });

  it('gives zero swing, ranked last, to parameters that cannot reach the output', () => {
    // Costs never feed back into the dynamics.
    expectInertLast(ic, ['M', 'relabel', 'cU', 'cK']);
    // Capability does not depend on supplier choice, adoption or relative cost (E7 has no S in it).
    const capability = rank(escalation, { output: { kind: 'C', sector: 'IC' }, year: 2035 });
    expectInertLast(capability, [
      'p',
      'q',
      'pF',
      'd',
      'lambdaSec',
      'lambdaM',
      'lambdaP',
      'chi',
      'learningRate',
      'pricePremium',
      'gV',
      'M',
    ]);
  });

  it('gives zero swing to the restriction parameters when nothing is ever restricted', () => {
    const open = Object.fromEntries(sectorIds.map((id) => [id, { restriction: 0, data: { r0: 0 } }]));
    const result = rank({ baseYear: 2025, horizon: 15, sectors: open }, IC_S_2035);
    expectInertLast(result, ['leakage', 'tStock', 'tCat', 'kappaCat', 'kappaFin', 'lambdaSec', 'chi']);
    expect(swingOf(ic, 'leakage')).toBeGreaterThan(0);
  });

  it('moves a parameter up the ranking when its Monte Carlo range is widened', () => {
    const widened = validateCatalogue({
      ...catalogue,
      parameters: catalogue.parameters.map((p) =>
        p.key === 'kappaCat' ? { ...p, distribution: { kind: 'uniform', min: 0, max: 2 } } : p,
      ),
    });
    if (!widened.ok) throw new Error(widened.error.join('\n'));
    const capability: SensitivityOptions = { output: { kind: 'C', sector: 'IC' }, year: 2035 };
    const narrow = rank(escalation, capability);
    const wide = rank(escalation, capability, widened.value);
    expect(swingOf(wide, 'kappaCat')).toBeGreaterThan(swingOf(narrow, 'kappaCat'));
    expect(rankOf(wide, 'kappaCat')).toBeLessThan(rankOf(narrow, 'kappaCat'));
    // Only κ_cat changed: every other bar is the same.
    expect(swingOf(wide, 'sPsi')).toBe(swingOf(narrow, 'sPsi'));
  });

  it('holds a parameter the scenario overrides: no range, no swing', () => {
    const result = rank({ ...escalation, parameters: { gF: 0.05 } }, IC_S_2035);
    expect(result.bars.find((bar) => bar.key === 'gF')).toMatchObject({
      held: true,
      swing: 0,
      low: 0.05,
      high: 0.05,
    });
    expect(swingOf(ic, 'gF')).toBeGreaterThan(0);
  });

  it('ranks economy-wide outputs too', () => {
    const aggregate = rank(escalation, { output: { kind: 'aggregateS' }, year: 2040 });
    expect(aggregate.bars[0]!.swing).toBeGreaterThan(0);
    const chokepoints = rank(escalation, { output: { kind: 'chokepointsOpen' }, year: 2040 });
    for (const bar of chokepoints.bars) expect(Number.isInteger(bar.swing)).toBe(true);
  });

  it('refuses a year outside the run and an unknown sector', () => {
    const prepared = prepareScenario(escalation, catalogue);
    if (!prepared.ok) throw new Error('prepare failed');
    expect(rankSensitivity(prepared.value, { ...IC_S_2035, year: 2041 })).toEqual({
      ok: false,
      error: { kind: 'year-outside-run', year: 2041, first: 2025, last: 2040 },
    });
    expect(rankSensitivity(prepared.value, { output: { kind: 'C', sector: 'XX' }, year: 2030 })).toEqual({
      ok: false,
      error: { kind: 'unknown-sector', sector: 'XX' },
    });
  });
});
