/**
 * Input-to-redraw timing, recorded as `performance` entries so that the benchmark (and anyone with
 * the dev tools open) can read them: `input-to-redraw` measures from an input event's timestamp to
 * the chart redraw that shows its result; `first-chart` marks the first chart drawn after load (axes
 * may still be empty) and `first-chart-lines` the first with the scenarios' lines on it;
 * `open-to-lines` measures from opening a scenario in a running page to its lines on the charts.
 */
let unbound: number | undefined;
const bound = new Map<number, number>();
let firstChart = false;
let firstLines = false;

export const INPUT_TO_REDRAW = 'input-to-redraw';
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

/** The charts now show the results of `version`; `withLines`: every visible scenario's run is drawn. */
export function chartsRendered(version: number, withLines = true): void {
  if (typeof performance === 'undefined' || typeof performance.measure !== 'function') return;
  const end = performance.now();
  if (!firstChart) {
    firstChart = true;
    performance.mark(FIRST_CHART);
  }
  if (withLines && !firstLines) {
    firstLines = true;
    performance.mark(FIRST_CHART_LINES);
  }
  if (withLines && opening !== undefined) {
    const start = opening;
    opening = undefined;
    try {
      performance.measure(OPEN_TO_LINES, { start, end });
    } catch {
      // As below: timing is a diagnostic, never a failure.
    }
  }
  for (const [v, start] of bound) {
    if (v > version) continue;
    bound.delete(v);
    try {
      performance.measure(INPUT_TO_REDRAW, { start, end });
    } catch {
      // Older engines without measure options: timing is a diagnostic, never a failure.
    }
  }
}
