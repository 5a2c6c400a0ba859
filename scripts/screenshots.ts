import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { launchChromium } from '../test/e2e/support/chromium';
import { dismissNamePrompt } from '../test/e2e/support/name-prompt';
import { startPreview } from '../test/e2e/support/preview';

/**
 * `npm run screenshots`: the library, the editor and the model page in English and Chinese at
 * 1280×720 (the smallest window the app supports), into docs/screenshots/ for the README.
 */
const OUT = resolve(__dirname, '..', 'docs', 'screenshots');
const LANGUAGES = [
  { code: 'en', label: 'Language' },
  { code: 'zh-CN', label: '语言' },
] as const;

async function setLanguage(page: Page, code: string): Promise<void> {
  await page.locator('.header-select select').first().selectOption(code);
  await page.locator(`html[lang="${code}"]`).waitFor({ state: 'attached' });
}

/** Startup notices (e.g. "examples added") would cover the charts. */
async function clearNotices(page: Page): Promise<void> {
  for (const button of await page.locator('.notices .button-quiet').all()) await button.click();
}

async function main(): Promise<void> {
  mkdirSync(OUT, { recursive: true });
  const preview = await startPreview();
  const browser = await launchChromium();
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 720 }, colorScheme: 'light' });
    await page.goto(preview.url);
    await page.getByRole('heading', { name: 'Scenario library' }).waitFor();
    await dismissNamePrompt(page);
    // A scenario to show: the push under escalation, with a workshop tag and a ramp edited.
    await page.getByRole('button', { name: 'New scenario' }).click();
    await page.getByRole('menuitem', { name: /From preset: Push under escalation/ }).click();
    await page.waitForURL(/#\/editor\//);
    await page.getByLabel('Tags (comma-separated)').fill('workshop, 2026 review');
    await page.getByLabel('Tags (comma-separated)').press('Enter');
    await page.getByRole('slider', { name: 'Restriction level — Lithography', exact: true }).focus();
    await page.getByRole('radio', { name: 'Ramp' }).check();
    await page.getByLabel('End value', { exact: true }).fill('80');
    await page.getByLabel('Ramp ends', { exact: true }).fill('2030');
    await page.locator('[data-save-state="saved"]').waitFor();
    const editorHash = new URL(page.url()).hash;
    for (const { code } of LANGUAGES) {
      await page.goto(`${preview.url}#/library`);
      await page.locator('.scenario-table').waitFor();
      await setLanguage(page, code);
      await clearNotices(page);
      await page.screenshot({ path: resolve(OUT, `library-${code}.png`) });

      await page.goto(`${preview.url}${editorHash}`);
      await page.locator('[data-bands="500/500"]').waitFor({ timeout: 60_000 });
      await page
        .locator('.input-cell')
        .nth(7 * 2 + 6)
        .locator('input')
        .focus();
      await clearNotices(page);
      await page.waitForTimeout(600);
      await page.screenshot({ path: resolve(OUT, `editor-${code}.png`) });
      await page.locator('.schedule-editor').scrollIntoViewIfNeeded();
      await page.waitForTimeout(300);
      await page.screenshot({ path: resolve(OUT, `schedule-${code}.png`) });

      await page.goto(`${preview.url}#/model`);
      await page.locator('.model-article h1').waitFor();
      await page.waitForTimeout(300);
      await clearNotices(page);
      await page.screenshot({ path: resolve(OUT, `model-${code}.png`) });
      await page.locator('#the-35-chokepoint-technologies').scrollIntoViewIfNeeded();
      await page.evaluate("document.getElementById('the-35-chokepoint-technologies').scrollIntoView()");
      await page.waitForTimeout(300);
      await page.screenshot({ path: resolve(OUT, `model-tables-${code}.png`) });
    }
    // Dark theme, once.
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.goto(`${preview.url}${editorHash}`);
    await setLanguage(page, 'en');
    await page.locator('[data-bands="500/500"]').waitFor({ timeout: 60_000 });
    await clearNotices(page);
    await page.waitForTimeout(600);
    await page.screenshot({ path: resolve(OUT, 'editor-dark-en.png') });
  } finally {
    await browser.close();
    await preview.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
