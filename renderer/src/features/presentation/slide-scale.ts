import { useEffect, useState } from 'react';

/** The size every slide is laid out at, in CSS pixels; the screen shows it scaled to fit. */
export const SLIDE_WIDTH = 1920;
export const SLIDE_HEIGHT = 1080;

export interface SlideFit {
  /** Screen pixels per slide pixel. */
  readonly scale: number;
  /** Where the scaled slide's top-left corner sits in the viewport, centred. */
  readonly left: number;
  readonly top: number;
}

/** The largest scale at which the whole slide fits `width` × `height`, centred. */
export function fitSlide(width: number, height: number): SlideFit {
  if (width <= 0 || height <= 0) return { scale: 1, left: 0, top: 0 };
  const scale = Math.min(width / SLIDE_WIDTH, height / SLIDE_HEIGHT);
  return {
    scale,
    left: Math.round((width - SLIDE_WIDTH * scale) / 2),
    top: Math.round((height - SLIDE_HEIGHT * scale) / 2),
  };
}

/** The slide's fit in `viewport`, followed as the window (or full screen) changes size. */
export function useSlideScale(viewport: HTMLElement | null): SlideFit {
  const [fit, setFit] = useState<SlideFit>({ scale: 1, left: 0, top: 0 });
  useEffect(() => {
    if (!viewport || typeof ResizeObserver === 'undefined') return undefined;
    const observer = new ResizeObserver(([entry]) => {
      const box = entry?.contentRect;
      setFit(fitSlide(box?.width ?? 0, box?.height ?? 0));
    });
    observer.observe(viewport);
    return () => observer.disconnect();
  }, [viewport]);
  return fit;
}
