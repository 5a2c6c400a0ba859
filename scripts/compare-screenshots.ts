import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { runCli } from '../cli/main';
import { memoryIo } from '../test/support/memory-io';
import { launchChromium } from '../test/e2e/support/chromium';
import { dismissNamePrompt } from '../test/e2e/support/name-prompt';
import { startPreview } from '../test/e2e/support/preview';

/**
 * `npm run screenshots` (after `scripts/screenshots.ts`), or `npx tsx scripts/compare-screenshots.ts`
 * alone: the compare view (light and dark), its waterfall, the slides' set-up and the slides (title,
 * overview, a sector, targets, why), an exported PNG and the first two pages of the PDF report, in
 * English and Chinese at 1280×720, into docs/screenshots/.
 */
const OUT = resolve(__dirname, '..', 'docs', 'screenshots');
const PRESETS = ['Baseline', 'Escalation', 'Self-reliance push', 'De-escalation and cooperation'];

/** The CLI's HTML report printed to PDF by Chromium, its first two pages as PNG (needs pdftoppm). */
async function reportPages(browser: Browser, code: string): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'chokepoint-shots-'));
  try {
    await renderReportPages(browser, code, dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function renderReportPages(browser: Browser, code: string, dir: string): Promise<void> {
  const io = memoryIo(dir);
  await runCli(['example', '--out', 'examples.chokepoint'], io);
  const args = ['report', 'examples.chokepoint', '--mc', '100', '--lang', code, '--out', 'report.html'];
  for (const name of PRESETS) args.push('--scenario', name);
  if ((await runCli(args, io)) !== 0) throw new Error(io.err());
  const page = await browser.newPage();
  await page.goto(pathToFileURL(join(dir, 'report.html')).href);
  await page.pdf({ path: join(dir, 'report.pdf'), format: 'A4', printBackground: true });
  await page.close();
  if (!existsSync('/usr/bin/pdftoppm')) {
    console.warn('pdftoppm is not installed: the report pages are not rendered.');
    return;
  }
  spawnSync('/usr/bin/pdftoppm', [
    '-r',
    '80',
    '-png',
    '-f',
    '1',
    '-l',
    '2',
    join(dir, 'report.pdf'),
    join(dir, 'page'),
  ]);
  for (const n of [1, 2]) {
    // pdftoppm pads the page number to the width of the last one: page-1.png or page-01.png.
    const file = [`page-${n}.png`, `page-0${n}.png`]
      .map((name) => join(dir, name))
      .find((path) => existsSync(path));
    if (file) copyFileSync(file, resolve(OUT, `report-page${n}-${code}.png`));
  }
}

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
    const page = await browser.newPage({
      viewport: { width: 1280, height: 720 },
      colorScheme: 'light',
      acceptDownloads: true,
    });
    await page.goto(preview.url);
    await page.getByRole('heading', { name: 'Scenario library' }).waitFor();
    await dismissNamePrompt(page);
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Compare' }).click();
    for (const name of PRESETS) await page.getByLabel('Add a scenario').selectOption({ label: name });
    await page.waitForSelector('[data-banded="4/4"]', { timeout: 90_000 });
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
      await page.emulateMedia({ colorScheme: 'dark' });
      await page.waitForTimeout(800);
      await page.screenshot({ path: resolve(OUT, `compare-dark-${code}.png`) });
      await page.emulateMedia({ colorScheme: 'light' });
      await page.waitForTimeout(800);
      await scrollTo(page, 'section:has(.compare-why)');
      await page.screenshot({ path: resolve(OUT, `compare-waterfall-${code}.png`) });
      const figure = page.locator('figure', { has: page.getByTestId('compare-aggregate-chart') });
      await figure.scrollIntoViewIfNeeded();
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        figure.locator('.compare-figure-tools .button').first().click(),
      ]);
      copyFileSync((await download.path())!, resolve(OUT, `exported-aggregate-${code}.png`));
      // "Present" opens the slides' set-up; its primary button starts the presentation.
      await page.locator('.compare-header-actions .button').last().click();
      await page.locator('.modal').waitFor();
      await page.waitForTimeout(300);
      await page.screenshot({ path: resolve(OUT, `presentation-setup-${code}.png`) });
      await page.locator('.modal .button-primary').click();
      await page.locator('.presentation-deck').waitFor();
      await page.waitForTimeout(500);
      await page.screenshot({ path: resolve(OUT, `presentation-title-${code}.png`) });
      await page.keyboard.press('ArrowRight');
      await page.waitForTimeout(800);
      await page.screenshot({ path: resolve(OUT, `presentation-${code}.png`) });
      await page.keyboard.press('ArrowRight');
      await page.waitForTimeout(800);
      await page.screenshot({ path: resolve(OUT, `presentation-sector-${code}.png`) });
      await page.keyboard.press('End');
      await page.keyboard.press('PageUp');
      await page.keyboard.press('PageUp');
      await page.waitForTimeout(800);
      await page.screenshot({ path: resolve(OUT, `presentation-targets-${code}.png`) });
      await page.keyboard.press('End');
      await page.waitForTimeout(800);
      await page.screenshot({ path: resolve(OUT, `presentation-why-${code}.png`) });
      await page.keyboard.press('Escape');
      await page.locator('.presentation-deck').waitFor({ state: 'detached' });
      await reportPages(browser, code);
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
