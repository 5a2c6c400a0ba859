/**
 * Timing of a change of reference, from the input event to the frame after the charts were redrawn,
 * recorded as `compare-redraw` performance measures for `npm run bench:ui` (and the dev tools).
 */
export const COMPARE_REDRAW = 'compare-redraw';

let pending: number | undefined;

/** A reference switch happened at `timeStamp` (event.timeStamp, the clock of performance.now()). */
export function noteCompareInput(timeStamp: number): void {
  pending = pending === undefined ? timeStamp : Math.min(pending, timeStamp);
}

/** The charts now show the latest comparison: measure once the frame that shows them is done. */
export function compareRedrawn(): void {
  if (pending === undefined || typeof performance === 'undefined' || typeof requestAnimationFrame === 'undefined') return;
  const start = pending;
  pending = undefined;
  requestAnimationFrame(() =>
    setTimeout(() => {
      try {
        performance.measure(COMPARE_REDRAW, { start, end: performance.now() });
      } catch {
        // Timing is a diagnostic, never a failure.
      }
    }, 0),
  );
}
