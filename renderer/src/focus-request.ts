import { useEffect } from 'react';
import type { RefObject } from 'react';

/**
 * A focus target asked for before it exists: after "New scenario" the editor opens, and the new
 * scenario's name field should have the focus once it is drawn (not the page body).
 */
export type FocusTarget = 'scenario-name';

let requested: FocusTarget | undefined;

export function requestFocus(target: FocusTarget): void {
  requested = target;
}

/** Focuses (and selects the text of) `ref` once it is mounted, if `target` was requested. */
export function useFocusRequest(target: FocusTarget, ref: RefObject<HTMLInputElement | null>): void {
  useEffect(() => {
    if (requested !== target || !ref.current) return;
    requested = undefined;
    ref.current.focus();
    ref.current.select();
  });
}
