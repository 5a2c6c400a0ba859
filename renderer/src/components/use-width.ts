import { useSize } from './use-size';

/** The content width of an element, followed as it resizes (0 until measured). */
export function useWidth(element: HTMLElement | null): number {
  return useSize(element).width;
}
