import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { getCatalogue, PRESETS } from '../catalogue';
import type { Catalogue } from '../catalogue/types';
import { applyLever } from './apply-lever';
import type { LeverChange } from './apply-lever';
import {
  editInput,
  editInputShape,
  endingAt,
  readInput,
  sameInputState,
  sameSchedule,
  shapeOfInput,
} from './edit-input';
import { inputDefault } from './input-default';
import { LEVER_IDS } from './inputs';
import type { Scenario } from './scenario';
import { scheduleFrom } from './schedule-from';

const catalogue = getCatalogue('default-2025')!;
const baseline = PRESETS.find((preset) => preset.name === 'Baseline')!;
const escalation = PRESETS.find((preset) => preset.name === 'Escalation')!;
const IC_RESTRICTION = { sector: 'IC', input: 'restriction' } as const;

describe('reading an input', () => {
  it('gives its own schedule, its base-year default and the run’s years', () => {
    expect(readInput(escalation, catalogue, IC_RESTRICTION)).toEqual({
      schedule: [
        { year: 2025, value: 0.3 },
        { year: 2026, value: 0.6 },
      ],
      fallback: 0.3,
      baseYear: 2025,
      horizon: 15,
    });
    const unset = readInput(escalation, catalogue, { sector: 'LITH', input: 'openness' });
    expect(unset.schedule).toBeUndefined();
    expect(unset.fallback).toBe(catalogue.leverDefaults.openness);
    expect(shapeOfInput(unset)).toEqual({ kind: 'constant', value: catalogue.leverDefaults.openness });
  });

  it('reads through the reader it is given (the editor’s sees restriction packages)', () => {
    const fromPackages = [
      { year: 2025, value: 0.3 },
      { year: 2027, value: 0.5 },
    ];
    const state = readInput(baseline, catalogue, IC_RESTRICTION, () => fromPackages);
    expect(state.schedule).toBe(fromPackages);
    expect(shapeOfInput(state)).toEqual({ kind: 'step', from: 0.3, to: 0.5, year: 2027 });
  });
});

describe('the one edit pipeline', () => {
  it('moves the final value of a step and keeps its year (a grid cell’s slider)', () => {
    const moved = editInputShape(escalation, catalogue, IC_RESTRICTION, endingAt(0.8));
    expect(moved.sectors.IC?.restriction).toEqual([
      { year: 2025, value: 0.3 },
      { year: 2026, value: 0.8 },
    ]);
    // Nothing else changes, not even the other sectors’ objects.
    expect(moved.sectors.SME).toBe(escalation.sectors.SME);
    expect({ ...moved, sectors: escalation.sectors }).toEqual(escalation);
  });

  it('gives an input still at its default a step in the year after the base year', () => {
    const moved = editInputShape(escalation, catalogue, { sector: 'IC', input: 'openness' }, endingAt(0.9));
    expect(moved.sectors.IC?.levers?.openness).toEqual([
      { year: 2025, value: catalogue.leverDefaults.openness },
      { year: 2026, value: 0.9 },
    ]);
  });

  it('starts from what the reader shows: an edit of a restriction set by packages keeps their timing', () => {
    const fromPackages = [
      { year: 2025, value: 0.3 },
      { year: 2027, value: 0.5 },
    ];
    const moved = editInputShape(baseline, catalogue, IC_RESTRICTION, endingAt(0.7), () => fromPackages);
    expect(moved.sectors.IC?.restriction).toEqual([
      { year: 2025, value: 0.3 },
      { year: 2027, value: 0.7 },
    ]);
  });

  it('moves a shape into the input’s range and the run’s years before writing it', () => {
    const ramp = editInputShape(escalation, catalogue, IC_RESTRICTION, () => ({
      kind: 'ramp',
      from: -1,
      to: 4,
      startYear: 2038,
      endYear: 2099,
    }));
    const steps = ramp.sectors.IC?.restriction;
    expect(Array.isArray(steps)).toBe(true);
    const points = steps as readonly { year: number; value: number }[];
    expect(points[0]).toEqual({ year: 2025, value: 0 });
    expect(points.at(-1)).toEqual({ year: 2040, value: 1 });
    for (const point of points) {
      expect(point.value).toBeGreaterThanOrEqual(0);
      expect(point.value).toBeLessThanOrEqual(1);
    }
  });

  it('writes undefined as “back to the default” and drops what became empty', () => {
    const reset = editInput(escalation, catalogue, IC_RESTRICTION, () => undefined);
    expect(reset.sectors.IC).toBeUndefined();
    expect(readInput(reset, catalogue, IC_RESTRICTION).schedule).toBeUndefined();
  });
});

/** applyLever as it was written before it used the pipeline: the reference its behaviour must keep. */
function applyLeverBefore(scenario: Scenario, cat: Catalogue, change: LeverChange, value: number): Scenario {
  const sectors = { ...scenario.sectors };
  for (const sectorId of change.sectors) {
    const inputs = sectors[sectorId] ?? {};
    const fallback = inputDefault(cat, scenario, sectorId, change.lever);
    const schedule = scheduleFrom(
      inputs.levers?.[change.lever],
      fallback,
      scenario.baseYear,
      change.fromYear,
      value,
    );
    sectors[sectorId] = { ...inputs, levers: { ...inputs.levers, [change.lever]: schedule } };
  }
  return { ...scenario, sectors };
}

describe('applyLever on the pipeline', () => {
  it('writes exactly what it wrote before, for every preset, lever, sector set, year and value', () => {
    const sectorIds = catalogue.sectors.map((sector) => sector.id);
    fc.assert(
      fc.property(
        fc.constantFrom(...PRESETS.filter((preset) => preset.catalogue === catalogue.id)),
        fc.constantFrom(...LEVER_IDS),
        fc.uniqueArray(fc.constantFrom(...sectorIds), { minLength: 1, maxLength: 4 }),
        fc.integer({ min: 2025, max: 2040 }),
        fc.double({ min: 0, max: 3, noNaN: true }),
        (scenario, lever, sectors, fromYear, value) => {
          const change = { lever, sectors, fromYear };
          expect(applyLever(scenario, catalogue, change, value)).toEqual(
            applyLeverBefore(scenario, catalogue, change, value),
          );
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe('equal reads', () => {
  it('compare schedules by their points, not their objects', () => {
    expect(sameSchedule([{ year: 2025, value: 1 }], [{ year: 2025, value: 1 }])).toBe(true);
    expect(sameSchedule([{ year: 2025, value: 1 }], [{ year: 2026, value: 1 }])).toBe(false);
    expect(sameSchedule(0.5, 0.5)).toBe(true);
    expect(sameSchedule(0.5, [{ year: 2025, value: 0.5 }])).toBe(false);
    expect(sameSchedule(undefined, undefined)).toBe(true);
    const a = readInput(escalation, catalogue, IC_RESTRICTION);
    const edited = editInputShape(escalation, catalogue, { sector: 'SME', input: 'openness' }, endingAt(0.2));
    expect(sameInputState(a, readInput(edited, catalogue, IC_RESTRICTION))).toBe(true);
    const moved = editInputShape(escalation, catalogue, IC_RESTRICTION, endingAt(0.2));
    expect(sameInputState(a, readInput(moved, catalogue, IC_RESTRICTION))).toBe(false);
  });
});
