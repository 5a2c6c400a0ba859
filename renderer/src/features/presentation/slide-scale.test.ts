import { describe, expect, it } from 'vitest';
import { fitSlide, SLIDE_HEIGHT, SLIDE_WIDTH } from './slide-scale';

describe('fitting the 1920×1080 slide to the screen', () => {
  it('scales it to the largest size that shows all of it, centred', () => {
    expect(fitSlide(1920, 1080)).toEqual({ scale: 1, left: 0, top: 0 });
    expect(fitSlide(1280, 720)).toEqual({ scale: 2 / 3, left: 0, top: 0 });
    // A taller window (the controls take a row): the width is what is left over, centred.
    const fit = fitSlide(1920, 1030);
    expect(fit.scale).toBeCloseTo(1030 / SLIDE_HEIGHT, 12);
    expect(fit.left).toBe(Math.round((1920 - SLIDE_WIDTH * fit.scale) / 2));
    expect(fit.top).toBe(0);
    expect(fitSlide(0, 0)).toEqual({ scale: 1, left: 0, top: 0 });
  });
});
