import type { Page } from 'playwright-core';
import { launchChromium } from './test/e2e/support/chromium';
import { dismissNamePrompt } from './test/e2e/support/name-prompt';
import { startPreview } from './test/e2e/support/preview';
import { readFileSync } from 'node:fs';
const AXE = readFileSync('node_modules/axe-core/axe.min.js', 'utf8');
async function seriousViolations(page: Page): Promise<any[]> {
  await page.evaluate(AXE);
  const v = (await page.evaluate('axe.run(document, { resultTypes: ["violations"] }).then((r) => r.violations)')) as any[];
  return v.filter((x) => x.impact === 'serious' || x.impact === 'critical');
}
const describeViolations = (vs: any[]) => vs.map((v) => `${v.impact} ${v.id}: ${v.help} (${v.nodes.map((n: any) => n.target.join(' ')).join(', ')})`).join('\n');

const OUT = '/tmp/h23a-shots';
const PRESETS = ['Baseline', 'Escalation', 'Self-reliance push', 'De-escalation and cooperation'];
const what = process.argv[2] ?? 'all';

async function main() {
  const preview = await startPreview();
  const browser = await launchChromium();
  try {
    for (const [w, h] of [[1920, 1080], [1280, 720]] as const) {
      const page: Page = await browser.newPage({ viewport: { width: w, height: h } });
      page.on('pageerror', (e) => console.log('pageerror', e.message));
      page.on('console', (m) => m.type() === 'error' && console.log('console', m.text()));
      await page.goto(preview.url);
      await page.getByRole('heading', { name: 'Scenario library' }).waitFor();
      await dismissNamePrompt(page);
      await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Compare' }).click();
      for (const name of PRESETS) await page.getByLabel('Add a scenario').selectOption({ label: name });
      await page.waitForSelector('[data-banded="4/4"]', { timeout: 120_000 });
      await page.getByLabel('Explain').selectOption({ label: 'Self-reliance push' });
      await page.waitForTimeout(1500);
      await page.screenshot({ path: `${OUT}/compare-${w}.png` });
      console.log(w, 'axe compare:', describeViolations(await seriousViolations(page)) || 'none');
      await page.getByTestId('targets-table').evaluate((e) => e.scrollIntoView({ block: 'start' }));
      await page.waitForTimeout(500);
      await page.screenshot({ path: `${OUT}/targets-${w}.png` });
      const box = await page.getByTestId('targets-table').boundingBox();
      const scroller = await page.locator('.table-scroll').first().evaluate((e) => [e.scrollWidth, e.clientWidth]);
      console.log(w, 'targets table box', JSON.stringify(box), 'scroll', scroller);
      console.log('url', page.url());
      if (what === 'compare') { await page.close(); continue; }
      await page.getByRole('button', { name: 'Present' }).click();
      await page.waitForTimeout(300);
      await page.screenshot({ path: `${OUT}/setup-${w}.png` });
      await page.getByRole('button', { name: 'Start presentation' }).click();
      await page.locator('.presentation-deck').waitFor();
      for (let i = 0; i < 17; i++) {
        await page.waitForTimeout(900);
        const key = await page.locator('[data-slide]').getAttribute('data-slide-key');
        if (i < 3 || !key?.startsWith('sector:')) {
          await page.screenshot({ path: `${OUT}/slide-${w}-${String(i).padStart(2, '0')}-${key?.replace(':', '-')}.png` });
          if (w === 1920) console.log(key, 'axe:', describeViolations(await seriousViolations(page)) || 'none');
        }
        await page.keyboard.press('ArrowRight');
      }
      await page.close();
    }
  } finally {
    await browser.close();
    await preview.stop();
  }
}
main().catch((e) => { console.error(e); process.exitCode = 1; });
