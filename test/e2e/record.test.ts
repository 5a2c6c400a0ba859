import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible } from './support/axe';
import { launchChromium, runBrowserTests } from './support/chromium';
import { collectProblems } from './support/page-problems';
import type { Preview } from './support/preview';
import { startPreview } from './support/preview';

// Issue 25 in Debian's Chromium against `npm run preview`: the observed record on the editor's and
// Compare's charts, the backtest view, and sector data typed in the Assumptions tab.

/** `expect.poll` with room for a busy machine (the unit tests run beside these). */
const poll = <T>(fn: () => T | Promise<T>) => expect.poll(fn, { timeout: 60_000, interval: 100 });

const OBSERVED = /Grey points before 2025: observed values \(\d+\), with their sources\./;
const CHIPS_S0 = 'Base-year self-reliance — Chips';

describe.skipIf(!runBrowserTests)('the record in the app, in Chromium', () => {
  let preview: Preview | undefined;
  let browser: Browser | undefined;
  let page: Page;
  let problems: string[] = [];

  beforeAll(async () => {
    browser = await launchChromium();
    preview = await startPreview();
    page = await browser.newPage({ viewport: { width: 1280, height: 800 }, acceptDownloads: true });
    problems = collectProblems(page);
    await page.goto(preview.url);
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await preview?.stop();
  });

  const sectorsChart = () => page.locator('.chart-layers.chart-sectors');
  const aggregate = () => page.getByTestId('aggregate-final').textContent();

  /** Hovers the history plot of the first sector panel (chips) until its tooltip names an observation. */
  async function hoverChipsHistory(chart: ReturnType<Page['locator']>, top: number, left: number) {
    const box = (await chart.boundingBox())!;
    for (let dx = 2; dx < 160; dx += 3) {
      await page.mouse.move(box.x + left + dx, box.y + top);
      const tip = page.locator('.chart-tip-year').filter({ hasText: /^Observed, 20\d\d$/ });
      if ((await tip.count()) > 0 && (await tip.first().isVisible())) {
        // The chart may redraw under the pointer (bands refining on a busy machine), hiding the tip:
        // then the pointer moves on and tries again.
        const text = await tip
          .first()
          .locator('xpath=..')
          .textContent({ timeout: 1_000 })
          .catch(() => null);
        if (text) return text;
      }
    }
    return '';
  }

  it("draws chips' observed record before 2025 on the editor's charts, source on hover, and hides it", async () => {
    await page.getByRole('heading', { name: 'Scenario library' }).waitFor();
    await page.getByRole('button', { name: 'New scenario' }).click();
    await page.getByRole('menuitem', { name: /From preset: Baseline/ }).click();
    await page.waitForURL(/#\/editor\//);
    await page.getByRole('button', { name: 'Not now' }).click();
    await poll(() => sectorsChart().getAttribute('aria-label')).toMatch(OBSERVED);
    // The chips panel: its plot starts below the legend and the title; the history plot is on its left.
    const tip = await hoverChipsHistory(sectorsChart(), 28 + 34 + 30, 36);
    expect(tip).toContain('Chips');
    expect(tip).toMatch(/IC Insights \(M\)|TechInsights, via a secondary source \(L\)/);
    expect(tip).toContain('Measures: share of Chinese chip consumption produced in China');
    await page.getByRole('checkbox', { name: 'Show observed history' }).uncheck();
    await poll(() => sectorsChart().getAttribute('aria-label')).not.toMatch(OBSERVED);
    await page.getByRole('checkbox', { name: 'Show observed history' }).check();
    await poll(() => sectorsChart().getAttribute('aria-label')).toMatch(OBSERVED);
    await expectAccessible(page);
  });

  it('takes a base-year self-reliance typed in the Assumptions tab, keeps it after a reload, and undoes it', async () => {
    await poll(aggregate).toMatch(/%/);
    const before = await aggregate();
    const chartBefore = await sectorsChart().getAttribute('aria-label');
    await page.getByRole('tab', { name: 'Assumptions' }).click();
    await page.getByRole('heading', { name: 'Sector data' }).waitFor();
    const field = page.getByLabel(CHIPS_S0, { exact: true });
    await field.fill('0.4');
    await page.getByText('1 sector datum overridden').waitFor();
    await page
      .getByRole('row')
      .filter({ hasText: 'Base-year self-reliance' })
      .getByText('Overridden')
      .waitFor();
    await poll(aggregate).not.toBe(before);
    await poll(() => sectorsChart().getAttribute('aria-label')).not.toBe(chartBefore);
    // Too high for the base year: refused as it is typed, with the reason.
    await field.fill('0.99');
    await page.getByRole('alert').filter({ hasText: 'Too high for the base year' }).waitFor();
    await field.fill('0.4');
    await expectAccessible(page);

    // Undo restores the catalogue's value and the charts; redo brings the override back.
    const history = page.getByRole('group', { name: 'Undo and redo' });
    await history.getByRole('button', { name: 'Undo' }).click();
    await poll(() => page.getByLabel(CHIPS_S0, { exact: true }).inputValue()).toBe('');
    await page.getByText('0 sector data overridden').waitFor();
    await poll(aggregate).toBe(before);
    await poll(() => sectorsChart().getAttribute('aria-label')).toBe(chartBefore);
    await history.getByRole('button', { name: 'Redo' }).click();
    await poll(() => page.getByLabel(CHIPS_S0, { exact: true }).inputValue()).toBe('0.4');
    const edited = await aggregate();
    expect(edited).not.toBe(before);
    await page.locator('[data-save-state="saved"]').waitFor();

    // Saved in the library: the override and its charts are there after a reload.
    await page.reload();
    await page.getByRole('tab', { name: 'Assumptions' }).click();
    await poll(() => page.getByLabel(CHIPS_S0, { exact: true }).inputValue()).toBe('0.4');
    await poll(aggregate).toBe(edited);
    await page.getByRole('button', { name: `Reset ${CHIPS_S0}` }).click();
    await poll(aggregate).toBe(before);
    await page.getByRole('tab', { name: 'Levers and restrictions' }).click();
  }, 180_000);

  it('draws the observed record on Compare’s charts for chips', async () => {
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Compare' }).click();
    await page.waitForURL(/#\/compare$/);
    for (const name of ['Baseline', 'Escalation'])
      await page.getByLabel('Add a scenario').selectOption({ label: name });
    const sectors = page.getByTestId('compare-sectors-chart');
    await poll(() => sectors.getAttribute('aria-label')).toMatch(OBSERVED);
    await poll(() => page.getByTestId('compare-chokepoints-chart').getAttribute('aria-label')).toMatch(
      /Grey points before 2025: observed values \(1\)/,
    );
    await sectors.scrollIntoViewIfNeeded();
    // Compare's panels: a 32-pixel legend, two lines of title, then the plot.
    const tip = await hoverChipsHistory(sectors, 32 + 2 * 14 + 8 + 30, 8);
    expect(tip).toContain('Chips');
    expect(tip).toMatch(/\((M|L)\)/);
    // The SVG export draws what the page draws: the observed points, one "Observed" legend entry, and
    // "not observed" under the sectors without a record; with the toggle off, none of it.
    const figure = page.locator('figure', { has: sectors });
    const exportSvg = async () => {
      const [svg] = await Promise.all([
        page.waitForEvent('download'),
        figure.getByRole('button', { name: /SVG/ }).click(),
      ]);
      return readFileSync((await svg.path())!, 'utf8');
    };
    const exported = await exportSvg();
    expect(exported).toContain('Chips');
    expect(exported.match(/>Observed</g)).toHaveLength(1);
    expect(exported).toContain('>not observed<');
    await page.getByRole('checkbox', { name: 'Show observed history' }).uncheck();
    await poll(() => sectors.getAttribute('aria-label')).not.toMatch(OBSERVED);
    const plain = await exportSvg();
    expect(plain).toContain('Chips');
    expect(plain).not.toContain('Observed');
    expect(plain).not.toContain('not observed');
    await page.getByRole('checkbox', { name: 'Show observed history' }).check();
    await expectAccessible(page);
  }, 180_000);

  it('shows the backtest view on the Model page: chart, bands and the error tables, v2 and v1', async () => {
    await page.getByRole('link', { name: 'Model and sources' }).click();
    const view = page.locator('.backtest-view');
    await view.getByRole('heading', { name: 'The model against the record, 2018–2024' }).waitFor();
    await view.scrollIntoViewIfNeeded();
    await poll(() => view.getByTestId('backtest-chart').getAttribute('aria-label')).toMatch(
      /model v2\), 2018 to 2024, against what was observed, one per observed sector \(5\)\. Mean absolute error 4\.96 points over 12 observations\./,
    );
    await view.getByText('P10–P90 bands of 500 draws, seed 2018').waitFor({ timeout: 180_000 });
    const rows = view.getByRole('region', { name: /Every compared observation/ }).getByRole('row');
    await poll(() => rows.count()).toBe(13);
    const robots2024 = rows.filter({ hasText: 'Robots & sensors' }).filter({ hasText: '2024' });
    expect(await robots2024.textContent()).toMatch(/out of sample58\.5%49\.9%−8\.6.*no$/);
    const total = view
      .getByRole('region', { name: /Mean absolute error and coverage/ })
      .getByRole('row')
      .filter({ hasText: 'All sectors' });
    expect(await total.textContent()).toBe('All sectors2.236 of 78.782 of 5');
    expect(await robots2024.textContent()).toContain('42.8%–56.4%');
    await expectAccessible(page);

    await view.getByRole('radio', { name: 'Version 1 (as published)' }).check();
    await poll(() => view.getByTestId('backtest-chart').getAttribute('aria-label')).toMatch(/model v1\)/);
    await poll(() => total.textContent()).toMatch(/^All sectors2\.63.*10\.82/);
  }, 300_000);

  it('speaks Chinese: the sector data and the backtest view', async () => {
    await page.getByLabel('Language').selectOption('zh-CN');
    const view = page.locator('.backtest-view');
    await view.getByRole('heading', { name: '模型与历史记录对照（2018–2024）' }).waitFor();
    await poll(() => view.getByTestId('backtest-chart').getAttribute('aria-label')).toMatch(/与观测值对照/);
    await expectAccessible(page);
    await page.getByRole('link', { name: '情景库' }).click();
    await page.getByRole('link', { name: 'Baseline (2)', exact: true }).click();
    await page.getByRole('tab', { name: '模型假设' }).click();
    await page.getByRole('heading', { name: '行业数据' }).waitFor();
    await page.getByLabel('基年自给率 — 芯片', { exact: true }).waitFor();
    await page.getByRole('tab', { name: '政策杠杆与外部限制' }).click();
    await poll(() => sectorsChart().getAttribute('aria-label')).toMatch(/年以前的灰色点为观测值/);
    await expectAccessible(page);
    await page.getByLabel('语言').selectOption('en');
  });

  it('ran without page errors or CSP violations', () => {
    expect(problems).toEqual([]);
  });
});
