import type { Page } from 'playwright-core';

/**
 * The part of `npm run bench:ui` that watches the page while Monte Carlo bands refine after an input:
 * main-thread tasks over 50 ms (the Long Tasks API) and the time until every visible scenario's bands
 * are complete. Targets: no long task while refining; bands complete ≤ 0.5 s with one scenario on the
 * charts, ≤ 1 s with four.
 */
export const LONG_TASK_MS = 50;

/** Installed before the page loads: keeps every long task's start and duration. */
export const LONG_TASK_OBSERVER = `
  window.__longTasks = [];
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) window.__longTasks.push([entry.startTime, entry.duration]);
  }).observe({ type: 'longtask', buffered: true });
`;

export interface Refinement {
  /** From the key press to the frame where every visible scenario's bands were complete (ms). */
  readonly complete: readonly number[];
  /** Long tasks between the key press and that frame: how many, and the longest. */
  readonly longTasks: number;
  readonly longestTask: number;
}

/**
 * Kept in the page: when `data-bands-all` changed, and to what; and, for BENCH_DEBUG, each step of the
 * edited scenario's bands (`data-bands`).
 */
const BANDS_OBSERVER = `
  window.__bandsAll = [];
  window.__bandsSteps = [];
  // Once per page: a second pass only empties the logs.
  if (!window.__bandsObserved) {
    window.__bandsObserved = true;
    new MutationObserver((list) => {
      for (const m of list) {
        const value = m.target.getAttribute(m.attributeName);
        if (m.attributeName === 'data-bands-all') window.__bandsAll.push([performance.now(), value]);
        else window.__bandsSteps.push([performance.now(), value]);
      }
    }).observe(document.body, { subtree: true, attributes: true, attributeFilter: ['data-bands-all', 'data-bands'] });
  }
`;

/**
 * `presses` key presses on `slider`, each followed by a full refinement of the bands. The end of a
 * refinement is the moment the page marked every visible scenario's bands complete, taken in the page
 * (Playwright's own polling of a selector backs off to half a second and would overstate it).
 */
export async function watchRefinement(page: Page, sliderName: string, presses: number): Promise<Refinement> {
  const slider = page.getByRole('slider', { name: sliderName, exact: true });
  const complete: number[] = [];
  let longTasks = 0;
  let longestTask = 0;
  await page.waitForSelector('[data-bands-all="done"]', { timeout: 60_000 });
  await page.evaluate(BANDS_OBSERVER);
  for (let i = 0; i < presses; i++) {
    await slider.focus();
    const start = (await page.evaluate('performance.now()')) as number;
    // Always upward from a lever no other pass moves: every press reaches a state not seen before.
    await page.keyboard.press('ArrowRight');
    // Refining (the press landed), then done again.
    const end = (await (
      await page.waitForFunction(
        (from) => {
          const log = (globalThis as unknown as { __bandsAll: [number, string][] }).__bandsAll;
          const started = log.findIndex(([at, value]) => at >= from && value === 'refining');
          const done = started < 0 ? undefined : log.slice(started).find(([, value]) => value === 'done');
          return done?.[0];
        },
        start,
        { polling: 'raf', timeout: 60_000 },
      )
    ).jsonValue()) as number;
    complete.push(end - start);
    if (process.env.BENCH_DEBUG) {
      const steps = (await page.evaluate('window.__bandsSteps.splice(0)')) as [number, string][];
      const shown = steps.map(([at, value]) => `${Math.round(at - start)}:${value}`).join(' ');
      console.log(`  ${sliderName} #${i + 1}: complete at ${Math.round(end - start)} ms; ${shown}`);
    }
    const tasks = (await page.evaluate(
      `window.__longTasks.filter(([at]) => at >= ${start} && at <= ${end}).map(([, d]) => d)`,
    )) as number[];
    longTasks += tasks.length;
    longestTask = Math.max(longestTask, ...tasks);
  }
  return { complete, longTasks, longestTask };
}

/** Long tasks between two `performance.now()` times: how many, and the longest. */
export async function longTasksBetween(page: Page, start: number, end: number) {
  const tasks = (await page.evaluate(
    `window.__longTasks.filter(([at]) => at >= ${start} && at <= ${end}).map(([, d]) => d)`,
  )) as number[];
  return { count: tasks.length, longest: Math.max(0, ...tasks) };
}
