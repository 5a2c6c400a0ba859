import { describe, expect, it } from 'vitest';
import { scheduleFrom } from './schedule-from';

describe('scheduleFrom', () => {
  it('starts an unset or constant schedule at its value in the base year, then steps', () => {
    expect(scheduleFrom(undefined, 0.5, 2025, 2030, 0.8)).toEqual([
      { year: 2025, value: 0.5 },
      { year: 2030, value: 0.8 },
    ]);
    expect(scheduleFrom(0.2, 0.5, 2025, 2030, 0.8)).toEqual([
      { year: 2025, value: 0.2 },
      { year: 2030, value: 0.8 },
    ]);
  });

  it('keeps earlier steps, drops later ones, and sets the base year directly', () => {
    const steps = [
      { year: 2025, value: 1 },
      { year: 2028, value: 1.5 },
      { year: 2032, value: 2 },
    ];
    expect(scheduleFrom(steps, 1, 2025, 2030, 3)).toEqual([
      { year: 2025, value: 1 },
      { year: 2028, value: 1.5 },
      { year: 2030, value: 3 },
    ]);
    expect(scheduleFrom(steps, 1, 2025, 2025, 0.7)).toEqual([{ year: 2025, value: 0.7 }]);
    expect(scheduleFrom(0.2, 0.5, 2025, 2025, 0.8)).toEqual([{ year: 2025, value: 0.8 }]);
  });

  it('adds no step that repeats the value already holding', () => {
    expect(scheduleFrom([{ year: 2025, value: 1 }], 1, 2025, 2030, 1)).toEqual([{ year: 2025, value: 1 }]);
  });
});
