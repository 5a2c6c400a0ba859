export type { SlideSpec } from '../../../../shared/deck/slide-plan';
export { slideKey, slidePlan } from '../../../../shared/deck/slide-plan';

export type SlideMove = 'next' | 'previous' | 'first' | 'last' | 'leave';

/**
 * What a key does in presentation mode: arrows and Page Up/Down (what presentation clickers send),
 * Space, Home and End move; Escape leaves. Keys with modifiers are left to the browser.
 */
export function slideMove(
  event: Pick<KeyboardEvent, 'key' | 'altKey' | 'ctrlKey' | 'metaKey'>,
): SlideMove | null {
  if (event.altKey || event.ctrlKey || event.metaKey) return null;
  switch (event.key) {
    case 'ArrowRight':
    case 'ArrowDown':
    case 'PageDown':
    case ' ':
      return 'next';
    case 'ArrowLeft':
    case 'ArrowUp':
    case 'PageUp':
      return 'previous';
    case 'Home':
      return 'first';
    case 'End':
      return 'last';
    case 'Escape':
      return 'leave';
    default:
      return null;
  }
}

/** The slide index after a move, kept within the deck. */
export function moveSlide(index: number, move: Exclude<SlideMove, 'leave'>, count: number): number {
  switch (move) {
    case 'next':
      return Math.min(count - 1, index + 1);
    case 'previous':
      return Math.max(0, index - 1);
    case 'first':
      return 0;
    case 'last':
      return count - 1;
  }
}
