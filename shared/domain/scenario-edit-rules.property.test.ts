import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { getCatalogue, PRESETS } from '../catalogue';
import { applyLever } from './apply-lever';
import { inputDefault } from './input-default';
import type { InputId } from './inputs';
import { INPUT_IDS, INPUT_RANGES, LEVER_IDS } from './inputs';
import { scenarioSchedule } from './scenario';
import { diffScenarios } from './scenario-diff';
import { setInputSchedule } from './scenario-edits';
import type { ScheduleShape } from './schedule-shape';
import {
  clampShape,
  convertShape,
  finalValue,
  scheduleOf,
  shapeOf,
  valueAt,
  withFinalValue,
} from './schedule-shape';
import { scheduleValueAt } from './schedule';

// The scenario-edit rules the editor, the diff and goal seek share, checked over generated inputs.
const catalogue = getCatalogue('default-2025')!;
const sectorIds = catalogue.sectors.map((sector) => sector.id);
const BASE = 2025;
const HORIZON = 15;
const LAST = BASE + HORIZON;
const runs = { numRuns: 150 };

const scenarioArb = fc.constantFrom(...PRESETS.filter((preset) => preset.catalogue === catalogue.id));
const sectorArb = fc.constantFrom(...sectorIds);
const inputArb = fc.constantFrom<InputId>(...INPUT_IDS);
const share = fc.double({ min: 0, max: 1, noNaN: true });
const year = fc.integer({ min: BASE, max: LAST });

const shapeArb: fc.Arbitrary<ScheduleShape> = fc.oneof(
  share.map((value) => ({ kind: 'constant' as const, value })),
  fc
    .tuple(share, share, fc.integer({ min: BASE + 1, max: LAST }))
    .map(([from, to, at]) => ({ kind: 'step' as const, from, to, year: at })),
  fc
    .tuple(share, share, fc.integer({ min: BASE, max: LAST - 1 }), fc.integer({ min: 1, max: HORIZON }))
    .map(([from, to, startYear, length]) => ({
      kind: 'ramp' as const,
      from,
      to,
      startYear,
      endYear: Math.min(LAST, startYear + length),
    })),
);
const unit = { min: 0, max: 1 };

describe('inputDefault (one rule for the editor, the diff and goal seek)', () => {
  it('is what an unset input counts as: setting it to its default changes no difference', () => {
    fc.assert(
      fc.property(scenarioArb, sectorArb, inputArb, (scenario, sectorId, input) => {
        const unset = setInputSchedule(scenario, sectorId, input, undefined);
        const value = inputDefault(catalogue, unset, sectorId, input);
        expect(Number.isFinite(value)).toBe(true);
        const atDefault = setInputSchedule(unset, sectorId, input, value);
        expect(diffScenarios(unset, atDefault, catalogue)).toEqual([]);
      }),
      runs,
    );
  });

  it('is what goal seek keeps before the year a lever changes', () => {
    fc.assert(
      fc.property(
        scenarioArb,
        sectorArb,
        fc.constantFrom(...LEVER_IDS),
        fc.integer({ min: BASE + 1, max: LAST }),
        share,
        (scenario, sectorId, lever, fromYear, value) => {
          const unset = setInputSchedule(scenario, sectorId, lever, undefined);
          const changed = applyLever(unset, catalogue, { lever, sectors: [sectorId], fromYear }, value);
          const schedule = scenarioSchedule(changed, sectorId, lever)!;
          const fallback = inputDefault(catalogue, unset, sectorId, lever);
          expect(scheduleValueAt(schedule, fromYear - 1, Number.NaN)).toBe(fallback);
          expect(scheduleValueAt(schedule, fromYear, Number.NaN)).toBe(value);
        },
      ),
      runs,
    );
  });

  it('follows the scenario’s own sector data over the catalogue’s', () => {
    fc.assert(
      fc.property(scenarioArb, sectorArb, share, share, (scenario, sectorId, m0, r0) => {
        const withData = {
          ...scenario,
          sectors: { ...scenario.sectors, [sectorId]: { ...scenario.sectors[sectorId], data: { m0, r0 } } },
        };
        expect(inputDefault(catalogue, withData, sectorId, 'procurement')).toBe(m0);
        expect(inputDefault(catalogue, withData, sectorId, 'restriction')).toBe(r0);
      }),
      runs,
    );
  });

  it('is NaN for a sector the catalogue does not have (such a scenario never runs)', () => {
    expect(inputDefault(catalogue, PRESETS[0]!, 'NOPE', 'restriction')).toBeNaN();
  });
});

describe('schedule shape edits', () => {
  it('store and read back: the stored schedule gives the shape’s value in every year', () => {
    fc.assert(
      fc.property(shapeArb, year, (raw, at) => {
        const shape = clampShape(raw, unit, BASE, HORIZON);
        const schedule = scheduleOf(shape, BASE);
        const read = shapeOf(schedule, 0, BASE);
        expect(valueAt(read, at, BASE)).toBeCloseTo(valueAt(shape, at, BASE), 6);
        expect(finalValue(read)).toBeCloseTo(finalValue(shape), 6);
      }),
      runs,
    );
  });

  it('clamping keeps values in range and years in the run, and is idempotent', () => {
    fc.assert(
      fc.property(shapeArb, fc.double({ min: -2, max: 3, noNaN: true }), (raw, shift) => {
        const moved = withFinalValue(raw, finalValue(raw) + shift);
        const once = clampShape(moved, unit, BASE, HORIZON);
        expect(clampShape(once, unit, BASE, HORIZON)).toEqual(once);
        for (let at = BASE; at <= LAST; at++) {
          const value = valueAt(once, at, BASE);
          expect(value).toBeGreaterThanOrEqual(0);
          expect(value).toBeLessThanOrEqual(1);
        }
        const schedule = scheduleOf(once, BASE);
        const years = typeof schedule === 'number' ? [] : schedule.map((point) => point.year);
        for (const at of years) expect(at >= BASE && at <= LAST).toBe(true);
      }),
      runs,
    );
  });

  it('a new final value keeps the shape’s kind and its base-year value', () => {
    fc.assert(
      fc.property(shapeArb, share, (raw, value) => {
        const shape = clampShape(raw, unit, BASE, HORIZON);
        const moved = withFinalValue(shape, value);
        expect(moved.kind).toBe(shape.kind);
        expect(finalValue(moved)).toBe(value);
        if (shape.kind !== 'constant')
          expect(valueAt(moved, BASE, BASE)).toBeCloseTo(valueAt(shape, BASE, BASE), 6);
      }),
      runs,
    );
  });

  it('converting to a step, ramp or custom points keeps the base-year and final values', () => {
    fc.assert(
      fc.property(
        shapeArb,
        fc.constantFrom('step', 'ramp', 'custom') as fc.Arbitrary<'step' | 'ramp' | 'custom'>,
        (raw, kind) => {
          const shape = clampShape(raw, unit, BASE, HORIZON);
          const converted = clampShape(convertShape(shape, kind, BASE, HORIZON), unit, BASE, HORIZON);
          expect(valueAt(converted, BASE, BASE)).toBeCloseTo(valueAt(shape, BASE, BASE), 6);
          expect(finalValue(converted)).toBeCloseTo(finalValue(shape), 6);
        },
      ),
      runs,
    );
  });

  it('every input’s range holds its catalogue default', () => {
    for (const input of INPUT_IDS)
      for (const sectorId of sectorIds) {
        const value = inputDefault(catalogue, PRESETS[0]!, sectorId, input);
        expect(value).toBeGreaterThanOrEqual(INPUT_RANGES[input].min);
        expect(value).toBeLessThanOrEqual(INPUT_RANGES[input].max);
      }
  });
});
