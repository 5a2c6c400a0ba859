import { describe, expect, it } from 'vitest';
import { shapeOfSchedule } from './schedule-shape';

describe('shapeOfSchedule', () => {
  it('reads unset and numbers as constants', () => {
    expect(shapeOfSchedule(undefined, 1, 2025)).toEqual({ kind: 'constant', value: 1 });
    expect(shapeOfSchedule(0.2, 1, 2025)).toEqual({ kind: 'constant', value: 0.2 });
    expect(shapeOfSchedule([{ year: 2020, value: 0.4 }], 0, 2025)).toEqual({ kind: 'constant', value: 0.4 });
  });

  it('reads one change as a step, ignoring steps that repeat the value', () => {
    const schedule = [
      { year: 2025, value: 0.3 },
      { year: 2026, value: 0.3 },
      { year: 2027, value: 0.8 },
    ];
    expect(shapeOfSchedule(schedule, 0, 2025)).toEqual({ kind: 'step', from: 0.3, to: 0.8, year: 2027 });
  });

  it('reads yearly linear steps as a ramp', () => {
    const schedule = [
      { year: 2025, value: 1 },
      { year: 2026, value: 1.25 },
      { year: 2027, value: 1.5 },
      { year: 2028, value: 1.75 },
      { year: 2029, value: 2 },
    ];
    expect(shapeOfSchedule(schedule, 1, 2025)).toEqual({
      kind: 'ramp',
      from: 1,
      to: 2,
      startYear: 2025,
      endYear: 2029,
    });
  });

  it('keeps irregular steps as steps', () => {
    const schedule = [
      { year: 2025, value: 0.1 },
      { year: 2027, value: 0.5 },
      { year: 2030, value: 0.2 },
    ];
    expect(shapeOfSchedule(schedule, 0, 2025)).toEqual({
      kind: 'steps',
      from: 0.1,
      steps: [
        { year: 2027, value: 0.5 },
        { year: 2030, value: 0.2 },
      ],
    });
  });
});
