import { useEffect, useState } from 'react';

/** The content size of an element, followed as it resizes (0 × 0 until measured, and where nothing measures). */
export function useSize(element: HTMLElement | null): { readonly width: number; readonly height: number } {
  const [size, setSize] = useState({ width: 0, height: 0 });
  useEffect(() => {
    // An observer reports the size once when it starts observing, then on every change.
    if (!element || typeof ResizeObserver === 'undefined') return undefined;
    const observer = new ResizeObserver(([entry]) => {
      const box = entry?.contentRect;
      setSize({ width: Math.round(box?.width ?? 0), height: Math.round(box?.height ?? 0) });
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, [element]);
  return size;
}
