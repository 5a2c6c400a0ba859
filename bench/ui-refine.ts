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

/** `presses` key presses on `slider`, each followed by a full refinement of the bands. */
export async function watchRefinement(page: Page, sliderName: string, presses: number): Promise<Refinement> {
  const slider = page.getByRole('slider', { name: sliderName, exact: true });
  const complete: number[] = [];
  let longTasks = 0;
  let longestTask = 0;
  await page.waitForSelector('[data-bands-all="done"]', { timeout: 60_000 });
  for (let i = 0; i < presses; i++) {
    await slider.focus();
    const redraws = (await page.evaluate("performance.getEntriesByName('input-to-redraw').length")) as number;
    const start = (await page.evaluate('performance.now()')) as number;
    // Always upward from a lever no other pass moves: every press reaches a state not seen before.
    await page.keyboard.press('ArrowRight');
    await page.waitForFunction((n) => performance.getEntriesByName('input-to-redraw').length > n, redraws, {
      timeout: 10_000,
    });
    await page.waitForSelector('[data-bands-all="done"]', { timeout: 60_000 });
    const end = (await page.evaluate('performance.now()')) as number;
    complete.push(end - start);
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
