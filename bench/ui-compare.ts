import type { Page } from 'playwright-core';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH, hasChromium } from '../test/e2e/support/chromium';
import type { Preview } from '../test/e2e/support/preview';
import { startPreview } from '../test/e2e/support/preview';

/**
 * The compare view's part of `npm run bench:ui`: four presets compared with their P10–P90 bands (500
 * Monte Carlo draws each, all done), the reference switched 40 times by clicking its radio button;
 * each switch is timed in the page from the click's timestamp to the frame after the charts on screen
 * were redrawn (`compare-redraw` performance measures; target p95 ≤ 100 ms), and to the frame after
 * the charts below the fold, redrawn when the page is next idle, were too (`compare-redraw-all`).
 */
const SWITCHES = 40;
const PRESETS = ['Baseline', 'Escalation', 'De-escalation and cooperation', 'Self-reliance push'];
export const COMPARE_TARGET_MS = 100;

export interface Stats {
  readonly median: number;
  readonly p95: number;
  readonly max: number;
  readonly count: number;
}

export interface CompareBenchResult {
  readonly version: string;
  readonly visible: Stats;
  readonly all: Stats;
}

function stats(values: readonly number[]): Stats {
  const sorted = [...values].sort((a, b) => a - b);
  return {
    median: quantile(sorted, 0.5),
    p95: quantile(sorted, 0.95),
    max: sorted[sorted.length - 1]!,
    count: sorted.length,
  };
}

function quantile(sorted: readonly number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)]!;
}

async function openComparison(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await page.getByRole('heading', { name: 'Scenario library' }).waitFor();
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Compare' }).click();
  for (const name of PRESETS) await page.getByLabel('Add a scenario').selectOption({ label: name });
  await page.waitForSelector(`[data-banded="${PRESETS.length}/${PRESETS.length}"]`, { timeout: 120_000 });
  await page.getByTestId('waterfall-table').waitFor({ timeout: 30_000 });
  await page.waitForTimeout(1000);
}

export async function runCompareBench(preview: Preview): Promise<CompareBenchResult> {
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
    await openComparison(page, preview.url);
    await page.evaluate(
      "performance.clearMeasures('compare-redraw'); performance.clearMeasures('compare-redraw-all')",
    );
    for (let i = 1; i <= SWITCHES; i++) {
      await page.getByRole('radio', { name: PRESETS[i % PRESETS.length]!, exact: true }).click();
      await page.waitForFunction((n) => performance.getEntriesByName('compare-redraw-all').length >= n, i, {
        timeout: 10_000,
      });
      // The attribution of the new pair arrives from the worker afterwards; let it land before the next switch.
      await page.waitForTimeout(150);
    }
    const durations = async (name: string) =>
      (await page.evaluate(`performance.getEntriesByName('${name}').map((e) => e.duration)`)) as number[];
    return {
      version: browser.version(),
      visible: stats(await durations('compare-redraw')),
      all: stats(await durations('compare-redraw-all')),
    };
  } finally {
    await browser.close();
  }
}

export function compareBenchLines(result: CompareBenchResult): string[] {
  const ms = (value: number) => `${value.toFixed(1).padStart(6)} ms`;
  const line = (label: string, s: Stats, target?: number) =>
    `  ${label}  median ${ms(s.median)}  p95 ${ms(s.p95)}  max ${ms(s.max)}  (${s.count} switches)${target === undefined ? '' : `  target p95 ≤ ${target} ms  ${s.p95 <= target ? 'ok' : 'OVER TARGET'}`}`;
  return [
    line(
      'compare: switch reference, 4 scenarios with bands → charts on screen redrawn',
      result.visible,
      COMPARE_TARGET_MS,
    ),
    line('compare: switch reference, 4 scenarios with bands → every chart redrawn     ', result.all),
  ];
}

// `tsx bench/ui-compare.ts` runs this part alone.
if (process.argv[1]?.endsWith('ui-compare.ts')) {
  void (async () => {
    if (!hasChromium)
      throw new Error(`Chromium is not installed at ${CHROMIUM_PATH} (apt-get install -y chromium).`);
    const preview = await startPreview();
    try {
      const result = await runCompareBench(preview);
      console.log(`bench:ui (compare) — Chromium ${result.version}, 1280×720 window, engine in Web Workers`);
      for (const line of compareBenchLines(result)) console.log(line);
    } finally {
      await preview.stop();
    }
  })().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  });
}
