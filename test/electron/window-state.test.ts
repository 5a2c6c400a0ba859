import { describe, expect, it } from 'vitest';
import { DEFAULT_BOUNDS, fitToDisplays } from '../../electron/main/window-state';

const display = { x: 0, y: 0, width: 1920, height: 1080 };

describe('remembered window state', () => {
  it('restores bounds that fit a display', () => {
    expect(fitToDisplays({ x: 100, y: 50, width: 1400, height: 800, maximized: true }, [display])).toEqual({
      x: 100,
      y: 50,
      width: 1400,
      height: 800,
      maximized: true,
    });
  });
  it('drops the position on a display that is gone, keeping the size', () => {
    expect(fitToDisplays({ x: 3000, y: 50, width: 1400, height: 800, maximized: false }, [display])).toEqual({
      width: 1400,
      height: 800,
      maximized: false,
    });
  });
  it('never restores a window smaller than its minimum, and ignores garbage', () => {
    expect(fitToDisplays({ width: 10, height: 10 }, [display])).toMatchObject({ width: 1024, height: 640 });
    expect(fitToDisplays('nonsense', [display])).toEqual(DEFAULT_BOUNDS);
    expect(fitToDisplays({ width: Number.NaN, height: 5 }, [display])).toEqual(DEFAULT_BOUNDS);
  });
});
