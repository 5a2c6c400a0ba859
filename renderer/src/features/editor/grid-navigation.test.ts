import { describe, expect, it } from 'vitest';
import { gridMove } from './grid-navigation';

describe('grid navigation', () => {
  const at = { row: 3, col: 2 };
  it('moves to the neighbour with the arrows and stops at the edges', () => {
    expect(gridMove('ArrowUp', false, at, 10, 7)).toEqual({ row: 2, col: 2 });
    expect(gridMove('ArrowDown', false, at, 10, 7)).toEqual({ row: 4, col: 2 });
    expect(gridMove('ArrowLeft', false, at, 10, 7)).toEqual({ row: 3, col: 1 });
    expect(gridMove('ArrowRight', false, at, 10, 7)).toEqual({ row: 3, col: 3 });
    expect(gridMove('ArrowLeft', false, { row: 0, col: 0 }, 10, 7)).toEqual({ row: 0, col: 0 });
    expect(gridMove('ArrowDown', false, { row: 9, col: 6 }, 10, 7)).toEqual({ row: 9, col: 6 });
  });

  it('jumps to the ends of the row, the corners and the first and last rows', () => {
    expect(gridMove('Home', false, at, 10, 7)).toEqual({ row: 3, col: 0 });
    expect(gridMove('End', false, at, 10, 7)).toEqual({ row: 3, col: 6 });
    expect(gridMove('Home', true, at, 10, 7)).toEqual({ row: 0, col: 0 });
    expect(gridMove('End', true, at, 10, 7)).toEqual({ row: 9, col: 6 });
    expect(gridMove('PageUp', false, at, 10, 7)).toEqual({ row: 0, col: 2 });
    expect(gridMove('PageDown', false, at, 10, 7)).toEqual({ row: 9, col: 2 });
  });

  it('leaves other keys alone', () => {
    expect(gridMove('Enter', false, at, 10, 7)).toBeUndefined();
    expect(gridMove('a', false, at, 10, 7)).toBeUndefined();
  });
});
