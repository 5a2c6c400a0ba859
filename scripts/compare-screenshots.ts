import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { launchChromium } from '../test/e2e/support/chromium';
import { startPreview } from '../test/e2e/support/preview';

/**
 * `npx tsx scripts/compare-screenshots.ts`: the compare view, its waterfall and a presentation slide
 * in English and Chinese at 1280×720, into docs/screenshots/.
 */
const OUT = resolve(__dirname, '..', 'docs', 'screenshots');
const PRESETS = ['Baseline', 'Escalation', 'Self-reliance push'];

async function setLanguage(page: Page, code: string): Promise<void> {
  await page.locator('.header-select select').first().selectOption(code);
  await page.locator(`html[lang="${code}"]`).waitFor({ state: 'attached' });
}

async function clearNotices(page: Page): Promise<void> {
  const buttons = page.locator('.notices .button-quiet');
  while ((await buttons.count()) > 0) await buttons.first().click();
}

/** Scrolls the app's main pane so that `selector` is at its top. */
async function scrollTo(page: Page, selector: string): Promise<void> {
  await page
    .locator(selector)
    .first()
    .evaluate((element) => element.scrollIntoView({ block: 'start' }));
  await page.waitForTimeout(600);
}

async function main(): Promise<void> {
  mkdirSync(OUT, { recursive: true });
  const preview = await startPreview();
  const browser = await launchChromium();
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 720 }, colorScheme: 'light' });
    await page.goto(preview.url);
    await page.getByRole('heading', { name: 'Scenario library' }).waitFor();
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Compare' }).click();
    for (const name of PRESETS) await page.getByLabel('Add a scenario').selectOption({ label: name });
    await page.waitForSelector('[data-banded="3/3"]', { timeout: 60_000 });
    await page.getByLabel('Explain').selectOption({ label: 'Self-reliance push' });
    await page.getByLabel('Name of this comparison').fill('Push versus escalation');
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await page.getByRole('heading', { name: 'Compare: Push versus escalation' }).waitFor();
    for (const code of ['en', 'zh-CN']) {
      await setLanguage(page, code);
      await page.getByTestId('waterfall-table').waitFor();
      await clearNotices(page);
      await scrollTo(page, '.compare-view');
      await page.screenshot({ path: resolve(OUT, `compare-${code}.png`) });
      await scrollTo(page, 'section:has(.compare-why)');
      await page.screenshot({ path: resolve(OUT, `compare-waterfall-${code}.png`) });
      await page.locator('.compare-header-actions .button').last().click();
      await page.locator('.presentation-deck').waitFor();
      await page.keyboard.press('ArrowRight');
      await page.waitForTimeout(800);
      await page.screenshot({ path: resolve(OUT, `presentation-${code}.png`) });
      await page.keyboard.press('End');
      await page.waitForTimeout(800);
      await page.screenshot({ path: resolve(OUT, `presentation-why-${code}.png`) });
      await page.keyboard.press('Escape');
      await page.locator('.presentation-deck').waitFor({ state: 'detached' });
    }
    await setLanguage(page, 'en');
  } finally {
    await browser.close();
    await preview.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
