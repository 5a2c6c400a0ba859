import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { getPreset } from '../../shared/catalogue';
import type { CompareOutput } from '../../shared/compare';
import { attributionWaterfall, displayedWaterfall, outputSeries, roundToSum } from '../../shared/compare';
import { attributeDifference } from '../../shared/engine/attribution';
import { BASE_YEAR, HORIZON, prepare, scenarioArb, sectorIds } from '../support/engine-arbitraries';

const outputArb: fc.Arbitrary<CompareOutput> = fc.oneof(
  fc.record({ kind: fc.constantFrom('S' as const, 'C' as const), sector: fc.constantFrom(...sectorIds) }),
  fc.constant({ kind: 'aggregateS' as const }),
  fc.constant({ kind: 'chokepointsOpen' as const }),
  fc.record({
    kind: fc.constant('cost' as const),
    cost: fc.constantFrom('fiscal' as const, 'disruption' as const, 'substitution' as const),
    measure: fc.constantFrom('yearly' as const, 'cumulative' as const, 'discounted' as const),
    discountRate: fc.integer({ min: 0, max: 10 }).map((v) => v / 100),
  }),
);

const names = { reference: { id: 'a', label: 'A' }, other: { id: 'b', label: 'B' } };

describe('the attribution waterfall', () => {
  it('has bars that sum to the displayed difference, from the reference value to the other’s, for random pairs', () => {
    fc.assert(
      fc.property(
        scenarioArb,
        scenarioArb,
        fc.array(fc.tuple(outputArb, fc.integer({ min: BASE_YEAR, max: BASE_YEAR + HORIZON })), {
          minLength: 4,
          maxLength: 4,
        }),
        (a, b, asks) => {
          const attribution = attributeDifference(prepare(a), prepare(b));
          if (!attribution.ok) throw new Error(JSON.stringify(attribution.error));
          for (const [output, year] of asks) {
            const waterfall = attributionWaterfall(attribution.value, { output, year, ...names });
            if (!waterfall.ok) throw new Error(JSON.stringify(waterfall.error));
            const { bars, reference, other, difference } = waterfall.value;
            const y = year - BASE_YEAR;
            expect(reference.value).toBe(
              outputSeries(attribution.value.a, sectorIds, HORIZON + 1, output)![y],
            );
            expect(other.value).toBe(outputSeries(attribution.value.b, sectorIds, HORIZON + 1, output)![y]);
            expect(difference).toBe(other.value - reference.value);
            const sum = bars.reduce((total, bar) => total + bar.value, 0);
            expect(Math.abs(sum - difference)).toBeLessThanOrEqual(1e-12 * Math.max(1, Math.abs(difference)));
            expect(bars[0]!.start).toBe(reference.value);
            expect(bars.at(-1)!.end).toBe(other.value);
            bars.slice(1).forEach((bar, i) => expect(bar.start).toBe(bars[i]!.end));
            // What is displayed adds up too, at any precision.
            for (const decimals of [0, 1, 3]) {
              const shown = displayedWaterfall(waterfall.value, decimals);
              const scale = 10 ** decimals;
              expect(shown.bars.reduce((total, value) => total + Math.round(value * scale), 0)).toBe(
                Math.round(shown.difference * scale) + 0,
              );
              expect(Math.round(shown.reference * scale) + Math.round(shown.difference * scale)).toBe(
                Math.round(shown.other * scale),
              );
              expect(Math.abs(shown.difference - difference)).toBeLessThanOrEqual(1 / scale + 1e-9);
            }
          }
        },
      ),
      { numRuns: 4 },
    );
  });

  it('gives the restriction the whole difference between baseline and escalation, in group order', () => {
    const attribution = attributeDifference(
      prepare(getPreset('baseline')!),
      prepare(getPreset('escalation')!),
    );
    if (!attribution.ok) throw new Error('failed');
    const waterfall = attributionWaterfall(attribution.value, {
      output: { kind: 'aggregateS' },
      year: 2040,
      ...names,
    });
    if (!waterfall.ok) throw new Error('failed');
    expect(waterfall.value.bars.map((bar) => bar.group)).toEqual([
      'basicResearch',
      'rdTaxCut',
      'universityLinks',
      'clusters',
      'procurement',
      'openness',
      'restriction',
    ]);
    expect(waterfall.value.bars.at(-1)!.value).toBeCloseTo(waterfall.value.difference, 12);
    expect(waterfall.value.bars.slice(0, -1).every((bar) => Math.abs(bar.value) < 1e-12)).toBe(true);
  });

  it('refuses a year outside the run and an unknown sector', () => {
    const attribution = attributeDifference(
      prepare(getPreset('baseline')!),
      prepare(getPreset('escalation')!),
    );
    if (!attribution.ok) throw new Error('failed');
    expect(
      attributionWaterfall(attribution.value, { output: { kind: 'aggregateS' }, year: 2050, ...names }),
    ).toMatchObject({ ok: false, error: { kind: 'unknown-year', year: 2050 } });
    expect(
      attributionWaterfall(attribution.value, { output: { kind: 'S', sector: 'XX' }, year: 2030, ...names }),
    ).toMatchObject({ ok: false, error: { kind: 'unknown-sector', sector: 'XX' } });
  });
});

describe('roundToSum', () => {
  it('rounds so that the parts add up to the rounded total', () => {
    expect(roundToSum([0.333, 0.333, 0.334], 1, 1)).toEqual([0.3, 0.3, 0.4]);
    expect(roundToSum([1.25, -0.75, 0.5], 1, 0)).toEqual([1, -1, 1]);
    expect(roundToSum([], 0, 2)).toEqual([]);
  });

  it('holds for any values', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: -100, max: 100, noNaN: true }), { maxLength: 9 }),
        fc.integer({ min: 0, max: 4 }),
        (values, decimals) => {
          const total = values.reduce((sum, value) => sum + value, 0);
          const rounded = roundToSum(values, total, decimals);
          const scale = 10 ** decimals;
          expect(rounded.reduce((sum, value) => sum + Math.round(value * scale), 0)).toBe(
            Math.round(total * scale) + 0,
          );
          rounded.forEach((value, i) => expect(Math.abs(value - values[i]!)).toBeLessThan(1 / scale + 1e-9));
        },
      ),
    );
  });
});
