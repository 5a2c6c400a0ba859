import { describe, expect, it } from 'vitest';
import { constrainDrag, dragAxis, dragHandle, handlesOf, nearestHandle, nudgeHandle } from './schedule-drag';

const frame = { baseYear: 2025, horizon: 15, range: { min: 0, max: 1 } };

describe('dragging the schedule chart', () => {
  it('has one handle for a constant, two for a step and a ramp', () => {
    expect(handlesOf({ kind: 'constant', value: 0.4 }, frame)).toHaveLength(1);
    expect(handlesOf({ kind: 'step', from: 0.3, to: 0.6, year: 2030 }, frame).map((h) => h.id)).toEqual([
      'from',
      'to',
    ]);
    expect(
      handlesOf({ kind: 'ramp', from: 0.3, to: 0.6, startYear: 2026, endYear: 2030 }, frame).map(
        (h) => h.movesYear,
      ),
    ).toEqual([true, true]);
  });

  it('moves the step to the dragged year and value, snapped to the slider step', () => {
    const next = dragHandle(
      { kind: 'step', from: 0.3, to: 0.6, year: 2030 },
      'to',
      2032.4,
      0.812,
      frame,
      0.05,
    );
    expect(next).toEqual({ kind: 'step', from: 0.3, to: 0.8, year: 2032 });
  });

  it('keeps a ramp at least one year long and inside the run', () => {
    const ramp = { kind: 'ramp', from: 0.3, to: 0.6, startYear: 2026, endYear: 2030 } as const;
    expect(dragHandle(ramp, 'start', 2035, 0.3, frame, 0.05)).toMatchObject({
      startYear: 2029,
      endYear: 2030,
    });
    expect(dragHandle(ramp, 'end', 2060, 1.4, frame, 0.05)).toMatchObject({ endYear: 2040, to: 1 });
  });

  it('finds the handle under the pointer', () => {
    const handles = handlesOf({ kind: 'step', from: 0.3, to: 0.6, year: 2030 }, frame);
    const toPixel = (x: number, y: number) => [(x - 2025) * 10, 100 - y * 100] as const;
    expect(nearestHandle(handles, toPixel, 51, 41)?.id).toBe('to');
    expect(nearestHandle(handles, toPixel, 200, 0)).toBeUndefined();
  });
});

describe('dragging along one axis, and moving points from the keyboard', () => {
  const step = { kind: 'step' as const, from: 0.3, to: 0.6, year: 2030 };
  it('changes only the axis the drag mostly follows', () => {
    const to = handlesOf(step, frame)[1]!;
    expect(dragAxis(40, 6, true)).toBe('year');
    expect(dragAxis(6, -40, true)).toBe('value');
    expect(dragAxis(40, 6, false)).toBe('value');
    // A mostly sideways drag that also drifts down keeps the value.
    const [x, y] = constrainDrag(to, dragAxis(40, 6, true), 2033.2, 0.51);
    expect(dragHandle(step, 'to', x, y, frame, 0.05)).toEqual({ ...step, year: 2033 });
    const [x2, y2] = constrainDrag(to, dragAxis(3, -30, true), 2031.4, 0.81);
    expect(dragHandle(step, 'to', x2, y2, frame, 0.05)).toEqual({ ...step, to: 0.8 });
  });

  it('moves a point by a year or a step with the arrow keys, within the run and the range', () => {
    expect(nudgeHandle(step, 'to', 'ArrowRight', frame, 0.05)).toEqual({ ...step, year: 2031 });
    expect(nudgeHandle(step, 'to', 'ArrowUp', frame, 0.05)).toEqual({ ...step, to: 0.65 });
    expect(nudgeHandle(step, 'from', 'ArrowDown', frame, 0.05)).toEqual({ ...step, from: 0.25 });
    expect(nudgeHandle(step, 'from', 'ArrowLeft', frame, 0.05)).toBeUndefined();
    expect(nudgeHandle({ ...step, year: 2040 }, 'to', 'ArrowRight', frame, 0.05)).toEqual({
      ...step,
      year: 2040,
    });
    expect(nudgeHandle({ ...step, to: 1 }, 'to', 'ArrowUp', frame, 0.05)).toEqual({ ...step, to: 1 });
    expect(nudgeHandle(step, 'to', 'Enter', frame, 0.05)).toBeUndefined();
  });
});
