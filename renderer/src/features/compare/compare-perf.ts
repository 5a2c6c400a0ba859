/**
 * Timing of a change of reference, from the input event to the frame after the charts on screen
 * were redrawn (`compare-redraw`), and to the frame after the charts off screen, redrawn when the page
 * is idle, were too (`compare-redraw-all`): performance measures for `npm run bench:ui`.
 */
export const COMPARE_REDRAW = 'compare-redraw';
export const COMPARE_REDRAW_ALL = 'compare-redraw-all';

let pending: number | undefined;
let pendingAll: number | undefined;
let waitingForAll: number | undefined;
let deferred = 0;

function measureAfterFrame(name: string, start: number): void {
  requestAnimationFrame(() =>
    setTimeout(() => {
      try {
        performance.measure(name, { start, end: performance.now() });
      } catch {
        // Timing is a diagnostic, never a failure.
      }
    }, 0),
  );
}

const timing = () => typeof performance !== 'undefined' && typeof requestAnimationFrame !== 'undefined';

/** A reference switch happened at `timeStamp` (event.timeStamp, the clock of performance.now()). */
export function noteCompareInput(timeStamp: number): void {
  pending = pending === undefined ? timeStamp : Math.min(pending, timeStamp);
  pendingAll = pendingAll === undefined ? timeStamp : Math.min(pendingAll, timeStamp);
}

/** The charts on screen now show the latest comparison. */
export function compareRedrawn(): void {
  if (pending === undefined || !timing()) return;
  const start = pending;
  pending = undefined;
  measureAfterFrame(COMPARE_REDRAW, start);
}

/** The sections below the fold have rendered the latest comparison; their charts draw when idle. */
export function compareSettled(): void {
  if (pendingAll === undefined || !timing()) return;
  const start = pendingAll;
  pendingAll = undefined;
  if (deferred === 0) measureAfterFrame(COMPARE_REDRAW_ALL, start);
  else waitingForAll = start;
}

/** A chart off screen will be redrawn later. */
export function chartDeferred(): void {
  deferred += 1;
}

/** A deferred chart was redrawn (or went away). */
export function chartDrawn(): void {
  deferred = Math.max(0, deferred - 1);
  if (deferred > 0 || waitingForAll === undefined || !timing()) return;
  const start = waitingForAll;
  waitingForAll = undefined;
  measureAfterFrame(COMPARE_REDRAW_ALL, start);
}
