import { describe, expect, it } from 'vitest';
import { DEFAULT_CATALOGUE_2025 } from '../../shared/catalogue/default-2025';
import type { BacktestSetup } from '../../shared/engine/backtest';
import { historicalSetup } from '../../shared/engine/backtest';
import type { FittedValue } from '../../shared/engine/backtest-fit';
import { FITTED_KEYS, fitInSample, inSampleSetup, LAST_FITTED_YEAR } from '../../shared/engine/backtest-fit';

function unwrap(result: ReturnType<typeof fitInSample>): readonly FittedValue[] {
  if (!result.ok) throw new Error(JSON.stringify(result.error));
  return result.value;
}

/** The history with its observations changed by `change` (year, value) → value. */
function withObservations(
  setup: BacktestSetup,
  change: (year: number, value: number) => number,
): BacktestSetup {
  return {
    ...setup,
    observations: setup.observations.map((o) => ({ ...o, value: change(o.year, o.value) })),
  };
}

// docs/model.md §9: a parameter set by the backtest is fitted on the observations up to 2021 only.
describe('the in-sample fit of model version 2', () => {
  const setup = historicalSetup();
  const fitted = unwrap(fitInSample({ setup }));

  it('fits μ_m alone, inside its documented range, and the catalogue default is the fit', () => {
    expect(FITTED_KEYS).toEqual(['muM']);
    const [muM] = fitted;
    const definition = DEFAULT_CATALOGUE_2025.parameters.find((p) => p.key === 'muM')!;
    expect(muM!.range).toEqual([definition.range.min, definition.range.max]);
    expect(muM!.value).toBeGreaterThanOrEqual(definition.range.min);
    expect(muM!.value).toBeLessThanOrEqual(definition.range.max);
    expect(muM!.value).toBe(definition.default);
  });

  it('gives the fit only the observations up to 2021', () => {
    const seen = inSampleSetup(setup).observations;
    expect(LAST_FITTED_YEAR).toBe(2021);
    expect(seen.length).toBeGreaterThan(0);
    expect(seen.every((o) => o.year <= 2021)).toBe(true);
    expect(seen).toEqual(setup.observations.filter((o) => o.year <= 2021));
  });

  it('does not move when the observations after 2021 change, and does when an in-sample one does', () => {
    const outLater = withObservations(setup, (year, value) => (year > 2021 ? 1 - value : value));
    expect(unwrap(fitInSample({ setup: outLater }))).toEqual(fitted);
    const dropped = { ...setup, observations: setup.observations.filter((o) => o.year <= 2021) };
    expect(unwrap(fitInSample({ setup: dropped }))).toEqual(fitted);
    // The check can fail: a higher SME 2021 observation asks for a stronger speed-up.
    const higher = withObservations(setup, (year, value) => (year === 2021 && value === 0.21 ? 0.25 : value));
    expect(unwrap(fitInSample({ setup: higher }))[0]!.value).toBeGreaterThan(fitted[0]!.value);
  });
});
