/**
 * Input-to-redraw timing, recorded as `performance` entries so that the benchmark (and anyone with
 * the dev tools open) can read them: `input-to-redraw` measures from an input event's timestamp to
 * the end of the work that redrew the charts with its result (everything the input set off, the
 * schedule chart and the controls included), `input-to-frame` to the next animation frame; `first-chart` marks the first chart drawn after load (axes
 * may still be empty) and `first-chart-lines` the first with the scenarios' lines on it;
 * `open-to-lines` measures from opening a scenario in a running page to its lines on the charts.
 */
let unbound: number | undefined;
const bound = new Map<number, number>();
let firstChart = false;
let firstLines = false;

export const INPUT_TO_REDRAW = 'input-to-redraw';
export const INPUT_TO_FRAME = 'input-to-frame';
export const FIRST_CHART = 'first-chart';
export const FIRST_CHART_LINES = 'first-chart-lines';
export const OPEN_TO_LINES = 'open-to-lines';
let opening: number | undefined;

/** A scenario is being opened in the page (from the library, a file, the address): `open-to-lines` times it. */
export function noteOpening(): void {
  if (typeof performance !== 'undefined') opening = performance.now();
}

/** An input event happened at `timeStamp` (event.timeStamp, same clock as performance.now()). */
export function noteInput(timeStamp: number): void {
  unbound = unbound === undefined ? timeStamp : Math.min(unbound, timeStamp);
}

/** The inputs noted so far are part of simulation request `version`. */
export function bindVersion(version: number): void {
  if (unbound === undefined) return;
  bound.set(version, unbound);
  unbound = undefined;
  if (bound.size > 100) bound.delete(bound.keys().next().value as number);
}

/** Marks (no start) and measures (from `start`) waiting for the end of the work that drew them. */
const waiting: { readonly name: string; readonly start?: number }[] = [];
/** Measures waiting for the next frame. */
const waitingFrame: { readonly name: string; readonly start: number }[] = [];

function record(entries: { readonly name: string; readonly start?: number }[]): void {
  const end = performance.now();
  for (const { name, start } of entries.splice(0)) {
    try {
      if (start === undefined) performance.mark(name);
      else performance.measure(name, { start, end });
    } catch {
      // Older engines without measure options: timing is a diagnostic, never a failure.
    }
  }
}

/**
 * Records what waits once the input's work is over. A chart drawn in a store listener is not the end
 * of it: React renders the controls and the schedule chart after the listeners, before the event's
 * dispatch returns; a microtask runs after that. `input-to-frame` ends at the next animation frame,
 * when the browser starts drawing the frame that shows it all.
 */
function recordWhenDone(): void {
  queueMicrotask(() => record(waiting));
  if (waitingFrame.length > 0 && typeof requestAnimationFrame === 'function')
    requestAnimationFrame(() => record(waitingFrame));
}

/** The charts now show the results of `version`; `withLines`: every visible scenario's run is drawn. */
export function chartsRendered(version: number, withLines = true): void {
  if (typeof performance === 'undefined' || typeof performance.measure !== 'function') return;
  const before = waiting.length;
  if (!firstChart) {
    firstChart = true;
    waiting.push({ name: FIRST_CHART });
  }
  if (withLines && !firstLines) {
    firstLines = true;
    waiting.push({ name: FIRST_CHART_LINES });
  }
  if (withLines && opening !== undefined) {
    waiting.push({ name: OPEN_TO_LINES, start: opening });
    opening = undefined;
  }
  for (const [v, start] of bound) {
    if (v > version) continue;
    bound.delete(v);
    waiting.push({ name: INPUT_TO_REDRAW, start });
    waitingFrame.push({ name: INPUT_TO_FRAME, start });
  }
  if (before === 0 && waiting.length > 0) recordWhenDone();
}
