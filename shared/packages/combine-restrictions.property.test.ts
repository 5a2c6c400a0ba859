import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Schedule, StepPoint } from '../domain/schedule';
import { scheduleValueAt } from '../domain/schedule';
import type { PackageLayer, RestrictionLayers } from './combine-restrictions';
import { combinedSchedule, combineRestriction } from './combine-restrictions';

// The combining rule of model.md ("Restriction packages") over generated layers.
const BASE = 2025;
const LAST = BASE + 30;
const YEARS = Array.from({ length: LAST - BASE + 1 }, (_, i) => BASE + i);
const runs = { numRuns: 300 };

const level = fc.double({ min: 0, max: 1, noNaN: true });
const stepsFrom = (first: number): fc.Arbitrary<StepPoint[]> =>
  fc
    .uniqueArray(fc.integer({ min: first, max: LAST + 5 }), { minLength: 1, maxLength: 5 })
    .chain((years) =>
      fc.tuple(...years.sort((a, b) => a - b).map((year) => level.map((value) => ({ year, value })))),
    );
const scheduleFrom = (first: number): fc.Arbitrary<Schedule> => fc.oneof(level, stepsFrom(first));

let next = 0;
const packageArb: fc.Arbitrary<PackageLayer> = fc
  .integer({ min: BASE - 8, max: LAST })
  .chain((year) => scheduleFrom(year).map((schedule) => ({ id: `p${next++}`, year, schedule })));
const ownArb: fc.Arbitrary<Schedule> = fc.oneof(level, stepsFrom(BASE - 3).map(atBaseYear));
function atBaseYear(points: StepPoint[]): StepPoint[] {
  // An own schedule starts at or before the base year (the file format's rule).
  return points[0]!.year <= BASE ? points : [{ year: BASE, value: points[0]!.value }, ...points.slice(1)];
}
const layersArb: fc.Arbitrary<RestrictionLayers> = fc.record(
  { baseYear: fc.constant(BASE), fallback: level, packages: fc.array(packageArb, { maxLength: 5 }) },
  { requiredKeys: ['baseYear', 'fallback', 'packages'] },
);

const levels = (layers: RestrictionLayers) => {
  const schedule = combinedSchedule(combineRestriction(layers));
  return YEARS.map((year) => scheduleValueAt(schedule, year, Number.NaN));
};
/** The package's points the rule keeps: those from the base year on. */
const inRange = (layer: PackageLayer): StepPoint[] =>
  (typeof layer.schedule === 'number'
    ? [{ year: layer.year, value: layer.schedule }]
    : layer.schedule
  ).filter((point) => point.year >= BASE);

describe('the combining rule', () => {
  it('gives a valid schedule: from the base year, years increasing, a step only where the level changes', () => {
    fc.assert(
      fc.property(layersArb, fc.option(ownArb, { nil: undefined }), (layers, own) => {
        const steps = combineRestriction({ ...layers, ...(own === undefined ? {} : { own }) });
        expect(steps[0]!.year).toBe(BASE);
        for (let i = 1; i < steps.length; i++) {
          expect(steps[i]!.year).toBeGreaterThan(steps[i - 1]!.year);
          expect(steps[i]!.value).not.toBe(steps[i - 1]!.value);
        }
        for (const step of steps) expect(step.value >= 0 && step.value <= 1).toBe(true);
      }),
      runs,
    );
  });

  it('names each step by a layer whose level that year is the step’s', () => {
    fc.assert(
      fc.property(layersArb, (layers) => {
        for (const step of combineRestriction(layers)) {
          if (step.source.kind === 'default') expect(step.value).toBe(layers.fallback);
          else {
            const id = step.source.kind === 'package' ? step.source.id : '';
            const layer = layers.packages.find((entry) => entry.id === id)!;
            expect(scheduleValueAt(inRange(layer), step.year, Number.NaN)).toBe(step.value);
          }
        }
      }),
      runs,
    );
  });

  it('own values on top: with an own schedule, every year is the own schedule’s, whatever the packages', () => {
    fc.assert(
      fc.property(layersArb, ownArb, (layers, own) => {
        expect(levels({ ...layers, own })).toEqual(
          YEARS.map((year) => scheduleValueAt(own, year, layers.fallback)),
        );
      }),
      runs,
    );
  });

  it('a package on a sector with no own schedule takes over from its first step (at or after the base year) and leaves the years before alone', () => {
    fc.assert(
      fc.property(layersArb, packageArb, (layers, added) => {
        const before = levels(layers);
        const after = levels({ ...layers, packages: [...layers.packages, added] });
        const points = inRange(added);
        YEARS.forEach((year, i) => {
          if (points.length > 0 && year >= points[0]!.year)
            expect(after[i]).toBe(scheduleValueAt(points, year, Number.NaN));
          else expect(after[i]).toBe(before[i]);
        });
      }),
      runs,
    );
  });

  it('order: swapping two packages changes only the years both cover', () => {
    fc.assert(
      fc.property(layersArb, packageArb, packageArb, (layers, a, b) => {
        const ab = levels({ ...layers, packages: [...layers.packages, a, b] });
        const ba = levels({ ...layers, packages: [...layers.packages, b, a] });
        const firstA = inRange(a)[0]?.year ?? Infinity;
        const firstB = inRange(b)[0]?.year ?? Infinity;
        YEARS.forEach((year, i) => {
          if (year < Math.max(firstA, firstB)) expect(ab[i]).toBe(ba[i]);
        });
      }),
      runs,
    );
  });

  it('applying a package again on top of itself changes nothing', () => {
    fc.assert(
      fc.property(layersArb, packageArb, (layers, added) => {
        const once = { ...layers, packages: [...layers.packages, added] };
        const twice = { ...layers, packages: [...layers.packages, added, added] };
        expect(combineRestriction(twice)).toEqual(combineRestriction(once));
      }),
      runs,
    );
  });

  it('a relaxing package (levels below every level beneath it) never raises a year’s level', () => {
    fc.assert(
      fc.property(
        layersArb,
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.integer({ min: BASE, max: LAST }),
        (layers, share, year) => {
          const before = levels(layers);
          const floor = Math.min(...before);
          const relax: PackageLayer = { id: 'truce', year, schedule: floor * share };
          const after = levels({ ...layers, packages: [...layers.packages, relax] });
          YEARS.forEach((y, i) => {
            expect(after[i]!).toBeLessThanOrEqual(before[i]!);
            if (y >= year) expect(after[i]).toBe(floor * share);
          });
        },
      ),
      runs,
    );
  });
});
