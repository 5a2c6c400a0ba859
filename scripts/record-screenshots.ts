import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { launchChromium } from '../test/e2e/support/chromium';
import { dismissNamePrompt } from '../test/e2e/support/name-prompt';
import { startPreview } from '../test/e2e/support/preview';

/**
 * `npx tsx scripts/record-screenshots.ts`: the record in the app (issue 25) in English and Chinese at
 * 1280×720, into docs/screenshots/: the editor's charts with the observed history before the base year
 * (record-editor-*), the Assumptions tab's sector data with an override (record-sector-data-*), and the
 * backtest view of the Model page (record-backtest-*).
 */
const OUT = resolve(__dirname, '..', 'docs', 'screenshots');
const LANGUAGES = ['en', 'zh-CN'] as const;

async function setLanguage(page: Page, code: string): Promise<void> {
  await page.locator('.header-select select').first().selectOption(code);
  await page.locator(`html[lang="${code}"]`).waitFor({ state: 'attached' });
}

async function main(): Promise<void> {
  mkdirSync(OUT, { recursive: true });
  const preview = await startPreview();
  const browser = await launchChromium();
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 720 }, colorScheme: 'light' });
    page.setDefaultTimeout(120_000);
    await page.goto(preview.url);
    await page.getByRole('heading', { name: 'Scenario library' }).waitFor();
    await dismissNamePrompt(page);
    await page.getByRole('button', { name: 'New scenario' }).click();
    await page.getByRole('menuitem', { name: /From preset: Self-reliance push/ }).click();
    await page.waitForURL(/#\/editor\//);
    // A planner's reading of the equipment market: faster growth than the catalogue's forward rate.
    await page.getByRole('tab', { name: 'Assumptions' }).click();
    await page.getByRole('combobox', { name: 'Sector' }).selectOption('SME');
    await page
      .getByLabel('Demand growth placed anew (new plants, new lines) — Chip-making equipment', {
        exact: true,
      })
      .fill('0.15');
    await page.locator('[data-save-state="saved"]').waitFor();
    const editorHash = new URL(page.url()).hash;
    for (const code of LANGUAGES) {
      await page.goto(`${preview.url}${editorHash}`);
      await setLanguage(page, code);
      await page.locator('[data-bands="500/500"]').waitFor();
      await page.locator('.sector-chart-box').scrollIntoViewIfNeeded();
      await page.waitForTimeout(600);
      await page.screenshot({ path: resolve(OUT, `record-editor-${code}.png`) });

      await page.locator('.tabs [role="tab"]').nth(1).click();
      await page.locator('.sector-data select').selectOption('SME');
      // The overridden demand growth is the last row: show the table down to it.
      await page.locator('.sector-data tbody tr').last().scrollIntoViewIfNeeded();
      await page.waitForTimeout(300);
      await page.screenshot({ path: resolve(OUT, `record-sector-data-${code}.png`) });
      await page.locator('.tabs [role="tab"]').nth(0).click();

      await page.goto(`${preview.url}#/model`);
      const view = page.locator('.backtest-view');
      await view.scrollIntoViewIfNeeded();
      // The bands are done when the status names their seed.
      await view
        .locator('p.note[role="status"]')
        .filter({ hasText: /seed 2018|随机种子 2018/ })
        .waitFor();
      await page.evaluate("document.querySelector('.backtest-versions').scrollIntoView()");
      await page.waitForTimeout(600);
      await page.screenshot({ path: resolve(OUT, `record-backtest-${code}.png`) });
    }
  } finally {
    await browser.close();
    await preview.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
