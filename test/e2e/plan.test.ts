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
    for (const part of ['plan-frontier', 'plan-breaks']) {
      const element = page.getByTestId(part);
      if (await element.count()) await element.screenshot({ path: join(SHOTS, `${name}-${part}.png`) });
    }
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
    expect(summary).toMatch(/^Meets every target in [\d.]+% of the draws for USD [\d.,]+ bn/);
    const confidence = Number(/in ([\d.]+)%/.exec(summary!)![1]);
    expect(confidence).toBeGreaterThanOrEqual(80);
    const rows = page.getByTestId('plan-package').getByRole('row');
    // Header plus three levers in one sector.
    expect(await rows.count()).toBe(4);
    await page.getByRole('heading', { name: 'What breaks it' }).waitFor();
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
    await shot('plan-answer-zh');
    await expectAccessible(page);
    await page.getByLabel('语言').selectOption('en');
  }, 180_000);
});
