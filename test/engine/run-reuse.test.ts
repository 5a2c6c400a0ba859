import { describe, expect, it } from 'vitest';
import { calibrate } from '../../shared/engine/calibrate';
import { calibrateCached } from '../../shared/engine/calibration-cache';
import { dependencyPairs } from '../../shared/engine/dependency-pairs';
import { cloneModelParameters } from '../../shared/engine/model-parameters';
import { runPrepared } from '../../shared/engine/run-prepared';
import { catalogue, prepare, sectorIds } from '../support/engine-arbitraries';

// What a run reuses from the run before (calibration, ω's pairs, one output buffer) must never leak a
// stale answer: the caches are keyed by the numbers, since Monte Carlo draws rewrite parameters in place.
const baseline = prepare({ sectors: {}, baseYear: 2025, horizon: 15 });
const { leverDefaults } = catalogue;

describe('calibration cache', () => {
  it('answers equal parameters from the last calibration, with the same numbers as calibrating', () => {
    const first = calibrateCached(baseline.parameters, leverDefaults, 12);
    const again = calibrateCached(cloneModelParameters(baseline.parameters), leverDefaults, 12);
    const direct = calibrate(baseline.parameters, leverDefaults, 12);
    if (!first.ok || !again.ok || !direct.ok) throw new Error('calibration failed');
    expect(again.value).toBe(first.value);
    expect(first.value).toEqual(direct.value);
  });

  it('recalibrates parameters rewritten in place, a changed step and changed lever defaults', () => {
    const parameters = cloneModelParameters(baseline.parameters);
    const before = calibrateCached(parameters, leverDefaults, 12);
    parameters.values.gF[0] = parameters.values.gF[0]! * 1.5;
    parameters.omega[1] = 0.25;
    const after = calibrateCached(parameters, leverDefaults, 12);
    const finer = calibrateCached(parameters, leverDefaults, 24);
    const clusters = { ...leverDefaults, clusters: leverDefaults.clusters + 0.5 };
    const moved = calibrateCached(parameters, clusters, 24);
    if (!before.ok || !after.ok || !finer.ok || !moved.ok) throw new Error('calibration failed');
    expect(after.value.C0[0]).not.toBe(before.value.C0[0]);
    expect(after.value).toEqual((calibrate(parameters, leverDefaults, 12) as { value: unknown }).value);
    expect(finer.value).toEqual((calibrate(parameters, leverDefaults, 24) as { value: unknown }).value);
    expect(moved.value).toEqual((calibrate(parameters, clusters, 24) as { value: unknown }).value);
  });

  it('does not keep a failed calibration, and its notices cannot be changed through a result', () => {
    const parameters = cloneModelParameters(baseline.parameters);
    parameters.values.nu[0] = 0.5;
    expect(calibrateCached(parameters, leverDefaults, 12).ok).toBe(false);
    parameters.values.nu[0] = baseline.parameters.values.nu[0]!;
    const result = runPrepared(baseline);
    if (!result.ok) throw new Error('run failed');
    expect(Object.isFrozen(result.value.notices)).toBe(true);
    expect(calibrateCached(parameters, leverDefaults, 12).ok).toBe(true);
  });
});

describe('dependency pairs', () => {
  it('follow ω rewritten in place', () => {
    const n = sectorIds.length;
    const omega = baseline.parameters.omega.slice();
    const before = dependencyPairs(omega, n);
    expect(dependencyPairs(omega.slice(), n)).toBe(before);
    const zero = omega.findIndex((weight) => weight === 0);
    omega[zero] = 0.5;
    const after = dependencyPairs(omega, n);
    expect(after.weight.length).toBe(before.weight.length + 1);
    const at = after.buyer.findIndex((b, i) => b * n + after.supplier[i]! === zero);
    expect(after.weight[at]).toBe(0.5);
  });
});

describe('reused run tables', () => {
  it('give a run the same result whatever the thread ran before', () => {
    const procurement = prepare({
      sectors: { [sectorIds[0]!]: { levers: { procurement: 0.6 } } },
      baseYear: 2025,
      horizon: 15,
    });
    const series = (result: ReturnType<typeof runPrepared>) => {
      if (!result.ok) throw new Error('run failed');
      return result.value;
    };
    runPrepared(baseline);
    // Same parameters as the run before: calibration and the table's constants are kept.
    const afterSame = series(runPrepared(procurement));
    const other = cloneModelParameters(baseline.parameters);
    other.values.delta.fill(0.2);
    runPrepared(baseline, { parameters: other });
    // Other parameters ran in between: everything is computed afresh.
    const afterOther = series(runPrepared(procurement));
    const direct = series(
      runPrepared(procurement, { parameters: cloneModelParameters(procurement.parameters) }),
    );
    expect(afterSame).toEqual(afterOther);
    expect(afterSame).toEqual(direct);
    expect(afterSame.S).not.toEqual(series(runPrepared(baseline)).S);
  });
});

describe('run output', () => {
  it('puts every series of a result in one buffer, without overlap', () => {
    const result = runPrepared(baseline, { recordOpenIds: false });
    if (!result.ok) throw new Error('run failed');
    const { costs, ...rest } = result.value;
    const arrays = [...Object.values(rest), ...Object.values(costs)].filter(
      (value): value is Float64Array => value instanceof Float64Array,
    );
    expect(arrays).toHaveLength(17);
    expect(new Set(arrays.map((array) => array.buffer)).size).toBe(1);
    const spans = arrays
      .map((array) => [array.byteOffset, array.byteOffset + array.byteLength] as const)
      .sort((a, b) => a[0] - b[0]);
    for (let i = 1; i < spans.length; i++) expect(spans[i]![0]).toBeGreaterThanOrEqual(spans[i - 1]![1]);
    // A second run writes a buffer of its own: the first result stays as it was.
    const copy = result.value.S.slice();
    runPrepared(baseline, { recordOpenIds: false });
    expect(result.value.S).toEqual(copy);
  });
});
