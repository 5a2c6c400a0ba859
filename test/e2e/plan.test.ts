import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible } from './support/axe';
import { collectProblems } from './support/page-problems';
import { launchChromium, runBrowserTests } from './support/chromium';
import type { Preview } from './support/preview';
import { startPreview } from './support/preview';

// "Find a plan" in Debian's Chromium against `npm run preview` (real library, the search in its worker).
const SHOTS = process.env.PLAN_SHOTS;

describe.skipIf(!runBrowserTests)('the plan finder in Chromium', () => {
  let preview: Preview | undefined;
  let browser: Browser | undefined;
  let page: Page;
  let problems: string[] = [];
  const dir = mkdtempSync(join(tmpdir(), 'chokepoint-plan-e2e-'));

  beforeAll(async () => {
    browser = await launchChromium();
    preview = await startPreview({ build: false });
    page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
    problems = collectProblems(page);
    await page.goto(preview.url);
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await preview?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  const shot = async (name: string) => {
    if (!SHOTS) return;
    await page.screenshot({ path: join(SHOTS, `${name}.png`) });
    for (const part of ['plan-frontier', 'plan-answer', 'plan-price', 'plan-breaks', 'plan-peeling']) {
      const element = page.getByTestId(part);
      if (await element.count()) await element.screenshot({ path: join(SHOTS, `${name}-${part}.png`) });
    }
  };

  /** The frontier table's marked row: the answer among the frontier's packages, with its figures. */
  const answerOnFrontier = async () => {
    const marked = page.getByTestId('plan-frontier-table').locator('tbody tr[data-answer="true"]');
    expect(await marked.count()).toBe(1);
    return (await marked.locator('td').allTextContents()).map((text) => text.trim());
  };

  it('finds a plan with the keyboard, showing the frontier, the package and what breaks it', async () => {
    await page.getByRole('heading', { name: 'Scenario library' }).waitFor();
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Find a plan' }).click();
    await page.waitForURL(/#\/plan$/);
    await page.getByRole('heading', { name: 'Find a plan', level: 1 }).waitFor();
    await expect.poll(() => page.getByLabel('Starting scenario (the world)').inputValue()).not.toBe('');
    expect(
      await page.getByLabel('Starting scenario (the world)').locator('option:checked').textContent(),
    ).toBe('Push under escalation');
    await shot('plan-question');
    await expectAccessible(page);

    // A small question, typed and ticked from the keyboard: IC's self-reliance at least 50 % by 2035.
    await page.getByLabel('Target 1: value').fill('50');
    await page.getByLabel('Monte Carlo draws').fill('60');
    for (const lever of ['University links', 'Clusters', 'Openness']) {
      await page.getByRole('checkbox', { name: lever }).focus();
      await page.keyboard.press('Space');
    }
    await page.getByRole('checkbox', { name: 'Chips', exact: true }).focus();
    await page.keyboard.press('Space');
    await page.getByRole('button', { name: 'Find a plan' }).focus();
    await page.keyboard.press('Enter');

    await page.getByTestId('plan-frontier').waitFor();
    await page.getByTestId('plan-answer').waitFor({ timeout: 120_000 });
    await expect
      .poll(() => page.locator('.plan-status').textContent())
      .toMatch(/^Done after \d+ central runs/);
    const summary = await page.locator('.plan-summary').textContent();
    expect(summary).toMatch(
      /^Meets every target in [\d.]+% of the draws for USD [\d.,]+ bn of cumulative discounted fiscal cost: (a saving of USD [\d.,]+ bn against|USD [\d.,]+ bn more than|the same cost as) the starting scenario/,
    );
    const confidence = Number(/in ([\d.]+)%/.exec(summary!)![1]);
    expect(confidence).toBeGreaterThanOrEqual(80);
    // The answer is one of the frontier's packages, with the summary's confidence and cost.
    const [frontierConfidence, frontierCost, marker] = await answerOnFrontier();
    expect(frontierConfidence).toBe(`${/in ([\d.]+%)/.exec(summary!)![1]}`);
    expect(summary).toContain(`USD ${frontierCost} bn`);
    expect(marker).toBe('the plan');
    const rows = page.getByTestId('plan-package').getByRole('row');
    // Header plus three levers in one sector, the start's schedule in words.
    expect(await rows.count()).toBe(4);
    expect(await page.getByTestId('plan-package').textContent()).toMatch(/then [\d.]+ from 2026|ramp/);
    // Why this package: a step down and up for every lever the plan sets.
    const price = page.getByTestId('plan-price');
    await price.getByRole('heading', { name: 'Why this package: the price of confidence' }).waitFor();
    expect(await price.getByRole('row').count()).toBeGreaterThan(1);
    expect(await price.textContent()).toMatch(/(points of confidence|same confidence)/);
    expect(await page.getByTestId('plan-robustness').textContent()).toMatch(
      /^On 60 fresh draws \(another seed\): met in [\d.]+%/,
    );
    await page.getByRole('heading', { name: 'What breaks it' }).waitFor();
    expect(await page.getByTestId('plan-holdout').textContent()).toMatch(/^Checked on 60 fresh draws/);
    await shot('plan-answer');
    await expectAccessible(page);
  }, 180_000);

  it('saves the plan as a scenario in the library, with its origin', async () => {
    await page.getByRole('button', { name: 'Save as scenario' }).click();
    await page.getByText('Saved “Push under escalation — plan” to the library.').waitFor();
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Library' }).click();
    await page.getByRole('cell', { name: 'Push under escalation — plan' }).first().waitFor();
    expect(problems).toEqual([]);
  }, 60_000);

  it('says "not reachable" with the shortfall before offering the best package', async () => {
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Find a plan' }).click();
    // IC's self-reliance at least 70 % by 2035 in half the draws, with research and the tax cut only.
    await page.getByLabel('Target 1: value').fill('70');
    await page.getByLabel('Target 1: in the year or by it').selectOption('at');
    await page.getByLabel('Target 1: in year').fill('2035');
    await page.getByLabel('Confidence: share of draws meeting every target (%)').fill('50');
    await page.getByRole('checkbox', { name: 'Domestic procurement' }).uncheck();
    await page.getByLabel('Monte Carlo draws').fill('60');
    await page.getByRole('button', { name: 'Find a plan' }).click();
    await page.getByTestId('plan-answer').waitFor({ timeout: 120_000 });
    await page.getByRole('heading', { name: 'Not reachable', level: 2 }).waitFor();
    const shortfall = page.getByTestId('plan-shortfall');
    expect(await shortfall.textContent()).toMatch(/Chips: self-reliance ≥ 70%\s*[\d.]+%\s*[\d.]+%/);
    // "Not reachable" and the shortfall come before the package and the offer to save it.
    const top = async (locator: ReturnType<Page['locator']>) => (await locator.boundingBox())!.y;
    const shortfallTop = await top(shortfall);
    const packageTop = await top(page.getByTestId('plan-package'));
    const saveTop = await top(page.getByRole('button', { name: 'Save the best package anyway' }));
    expect(shortfallTop).toBeLessThan(packageTop);
    expect(packageTop).toBeLessThan(saveTop);
    // What breaks it, found on the search's draws and measured on fresh ones, with the peeling path.
    expect(await page.getByTestId('plan-holdout').textContent()).toMatch(
      /^Checked on 60 fresh draws \(another seed\): \d+ miss a target; the same box holds [\d.]+% of them, and [\d.]+% of the draws inside fail/,
    );
    await page.getByTestId('plan-peeling').waitFor();
    await shot('plan-unreachable');
    await expectAccessible(page);
    await page.getByRole('checkbox', { name: 'Domestic procurement' }).check();
    await page.getByLabel('Confidence: share of draws meeting every target (%)').fill('80');
    await page.getByLabel('Target 1: value').fill('50');
    await page.getByLabel('Target 1: in the year or by it').selectOption('by');
    await page.getByLabel('Target 1: by year').fill('2035');
  }, 180_000);

  it('cancels a long search, leaving nothing saved', async () => {
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Find a plan' }).click();
    await page.getByLabel('Monte Carlo draws').fill('3000');
    await page.getByRole('button', { name: 'Find a plan' }).click();
    await page.locator('.plan-status[data-phase="running"]').waitFor();
    await page.getByRole('button', { name: 'Cancel the search' }).click();
    await expect
      .poll(() => page.locator('.plan-status').textContent(), { timeout: 30_000 })
      .toBe('Search cancelled: nothing was saved.');
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Library' }).click();
    await page.getByRole('cell', { name: 'Push under escalation — plan' }).first().waitFor();
    expect(await page.getByRole('cell', { name: 'Push under escalation — plan' }).count()).toBe(1);
  }, 120_000);

  it('reads in Chinese', async () => {
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Find a plan' }).click();
    await page.getByLabel('Monte Carlo draws').fill('60');
    await page.getByLabel('Language').selectOption('zh-CN');
    await page.getByRole('heading', { name: '寻找方案', level: 1 }).waitFor();
    await page.getByRole('button', { name: '寻找方案' }).click();
    await page.getByTestId('plan-answer').waitFor({ timeout: 120_000 });
    const [, , marker] = await answerOnFrontier();
    expect(marker).toBe('本方案');
    await page.getByRole('heading', { name: '为何是这个组合：置信度的代价' }).waitFor();
    expect(await page.getByTestId('plan-holdout').textContent()).toMatch(/^在 60 次新抽样/);
    expect(await page.getByTestId('plan-answer').textContent()).not.toMatch(
      /basicResearch|rdTaxCut|procurement/,
    );
    await shot('plan-answer-zh');
    await expectAccessible(page);
    await page.getByLabel('语言').selectOption('en');
  }, 180_000);
});
