import { describe, expect, it } from 'vitest';
import { PRESETS } from '../catalogue';
import { scheduleValueAt } from './schedule';
import type { ScheduleShape } from './schedule-shape';
import {
  clampShape,
  convertShape,
  finalValue,
  scheduleOf,
  shapeOf,
  withFinalValue,
  yearlyValues,
} from './schedule-shape';

const BASE = 2025;

describe('schedule shapes', () => {
  it('reads an unset input as the constant default and a number as a constant', () => {
    expect(shapeOf(undefined, 0.3, BASE)).toEqual({ kind: 'constant', value: 0.3 });
    expect(shapeOf(0.6, 0.3, BASE)).toEqual({ kind: 'constant', value: 0.6 });
  });

  it('stores a step as two yearly points from the base year', () => {
    const step: ScheduleShape = { kind: 'step', from: 0.3, to: 0.6, year: 2026 };
    expect(scheduleOf(step, BASE)).toEqual([
      { year: 2025, value: 0.3 },
      { year: 2026, value: 0.6 },
    ]);
    expect(shapeOf(scheduleOf(step, BASE), 0, BASE)).toEqual(step);
  });

  it('stores a linear ramp as one point per year and reads it back as a ramp', () => {
    const ramp: ScheduleShape = { kind: 'ramp', from: 1, to: 2, startYear: 2028, endYear: 2032 };
    const schedule = scheduleOf(ramp, BASE);
    expect(schedule).toEqual([
      { year: 2025, value: 1 },
      { year: 2029, value: 1.25 },
      { year: 2030, value: 1.5 },
      { year: 2031, value: 1.75 },
      { year: 2032, value: 2 },
    ]);
    expect(shapeOf(schedule, 1, BASE)).toEqual(ramp);
    expect(yearlyValues(ramp, BASE, 10)).toEqual([1, 1, 1, 1, 1.25, 1.5, 1.75, 2, 2, 2, 2]);
  });

  it('recognises the presets: the escalation as a step, the push as a ramp from the base year', () => {
    const escalation = PRESETS[1]!.sectors.IC!.restriction!;
    expect(shapeOf(escalation, 0.3, BASE)).toEqual({ kind: 'step', from: 0.3, to: 0.6, year: 2026 });
    const push = PRESETS[3]!.sectors.IC!.levers!.basicResearch!;
    expect(shapeOf(push, 1, BASE)).toEqual({
      kind: 'ramp',
      from: 1,
      to: 1.5,
      startYear: 2025,
      endYear: 2030,
    });
  });

  it('keeps other step lists as custom points, value for value', () => {
    const points = [
      { year: 2025, value: 0.2 },
      { year: 2027, value: 0.5 },
      { year: 2031, value: 0.4 },
    ];
    const shape = shapeOf(points, 0, BASE);
    expect(shape.kind).toBe('custom');
    const back = scheduleOf(shape, BASE);
    for (let year = 2025; year <= 2040; year++)
      expect(scheduleValueAt(back, year, 0)).toBe(scheduleValueAt(points, year, 0));
  });

  it('moves the final value and keeps the timing', () => {
    const step: ScheduleShape = { kind: 'step', from: 0.3, to: 0.6, year: 2030 };
    expect(withFinalValue(step, 0.9)).toEqual({ ...step, to: 0.9 });
    expect(
      finalValue(
        withFinalValue(
          {
            kind: 'custom',
            points: [
              { year: 2025, value: 0.1 },
              { year: 2030, value: 0.2 },
            ],
          },
          0.7,
        ),
      ),
    ).toBe(0.7);
  });

  it('converts between kinds keeping the base-year and final values', () => {
    const ramp = convertShape({ kind: 'step', from: 0.3, to: 0.6, year: 2028 }, 'ramp', BASE, 15);
    expect(ramp).toEqual({ kind: 'ramp', from: 0.3, to: 0.6, startYear: 2027, endYear: 2030 });
    expect(convertShape(ramp, 'constant', BASE, 15)).toEqual({ kind: 'constant', value: 0.6 });
  });

  it('clamps values into the range and years into the run', () => {
    expect(clampShape({ kind: 'step', from: -1, to: 2, year: 2099 }, { min: 0, max: 1 }, BASE, 15)).toEqual({
      kind: 'step',
      from: 0,
      to: 1,
      year: 2040,
    });
    expect(
      clampShape(
        { kind: 'ramp', from: 0.5, to: 0.5, startYear: 2030, endYear: 2029 },
        { min: 0, max: 1 },
        BASE,
        15,
      ),
    ).toEqual({ kind: 'ramp', from: 0.5, to: 0.5, startYear: 2030, endYear: 2031 });
  });

  it('rounds binary noise away', () => {
    expect(scheduleOf({ kind: 'constant', value: 0.1 + 0.2 }, BASE)).toBe(0.3);
  });
});
