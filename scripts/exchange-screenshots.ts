import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { PRESET_INFO, PRESETS } from '../shared/catalogue';
import type { Scenario, SectorInputs } from '../shared/domain/scenario';
import { en } from '../renderer/src/i18n/en';
import { zhCN } from '../renderer/src/i18n/zh-cn';
import { launchChromium } from '../test/e2e/support/chromium';
import { startPreview } from '../test/e2e/support/preview';

/**
 * `npx tsx scripts/exchange-screenshots.ts`: the library with identity columns, a history with change
 * summaries and a comparison, the per-scenario conflict dialog and a merge, in English and Chinese at
 * 1280×720, into docs/screenshots/ (library-identity-*, history-*, conflict-*, merge-*).
 */
const OUT = resolve(__dirname, '..', 'docs', 'screenshots');
const LANGUAGES = [
  { code: 'en', text: en, author: 'Li Wei', name: 'Coastal plan A', description: 'Coastal provinces first' },
  { code: 'zh-CN', text: zhCN, author: '李伟', name: '沿海方案 A', description: '先沿海省份，后内陆' },
] as const;

type Api = Record<string, (input: unknown) => Promise<{ ok: boolean; value: unknown }>>;

function api<T>(page: Page, channel: string, input: unknown): Promise<T> {
  return page.evaluate(
    async ([name, value]) => {
      const planner = (globalThis as unknown as { planner: Api }).planner;
      const result = await planner[name as string]!(value);
      if (!result.ok) throw new Error(JSON.stringify(result));
      return result.value;
    },
    [channel, input] as const,
  ) as Promise<T>;
}

function withTaxCut(scenario: Scenario, value: number, restriction?: number): Scenario {
  const ic = scenario.sectors.IC ?? {};
  const sectors: Record<string, SectorInputs> = {
    ...scenario.sectors,
    IC: { ...ic, levers: { ...ic.levers, rdTaxCut: value } },
  };
  if (restriction !== undefined) sectors.LITH = { ...scenario.sectors.LITH, restriction };
  return { ...scenario, sectors };
}

async function clearNotices(page: Page): Promise<void> {
  for (const button of await page.locator('.notices .button-quiet').all()) await button.click();
}

async function shoot(page: Page, name: string): Promise<void> {
  await clearNotices(page);
  await page.waitForTimeout(300);
  await page.screenshot({ path: resolve(OUT, name) });
}

async function main(): Promise<void> {
  mkdirSync(OUT, { recursive: true });
  const browser = await launchChromium();
  try {
    for (const language of LANGUAGES) {
      const t = language.text;
      const preview = await startPreview();
      try {
        const page = await browser.newPage({ viewport: { width: 1280, height: 720 }, colorScheme: 'light' });
        await page.goto(preview.url);
        await page.locator('.scenario-table').waitFor();
        await api(page, 'updateSettings', { language: language.code, author: language.author });
        await page.reload();
        await page.locator(`html[lang="${language.code}"]`).waitFor({ state: 'attached' });
        // A scenario from the Escalation preset, renamed, described, then edited twice.
        const now = new Date().toISOString();
        const escalation = PRESETS[1]!;
        const created = await api<{ id: string; scenario: Scenario }>(page, 'saveScenario', {
          scenario: {
            ...escalation,
            id: `plan-${language.code}`,
            name: language.name,
            description: '',
            author: language.author,
            tags: [],
            createdAt: now,
            updatedAt: now,
          },
          preset: PRESET_INFO[1]!.name[language.code === 'en' ? 'en' : 'zh'],
        });
        let head = created.scenario;
        head = (
          await api<{ scenario: Scenario }>(page, 'saveScenario', {
            scenario: { ...head, description: language.description },
          })
        ).scenario;
        head = (await api<{ scenario: Scenario }>(page, 'saveScenario', { scenario: withTaxCut(head, 0.2) }))
          .scenario;
        const exported = await api<{ text: string }>(page, 'exportScenarios', { ids: [head.id] });
        head = (await api<{ scenario: Scenario }>(page, 'saveScenario', { scenario: withTaxCut(head, 0.25) }))
          .scenario;
        await page.reload();
        await page.locator('.scenario-table').waitFor();
        await shoot(page, `library-identity-${language.code}.png`);

        await page.getByRole('checkbox', { name: t.library.select.replace('{name}', language.name) }).check();
        await page.getByRole('button', { name: t.library.history }).click();
        const history = page.getByRole('dialog');
        await history.waitFor();
        await history.locator('input[type=checkbox]').nth(0).check();
        await history.locator('input[type=checkbox]').nth(3).check();
        await history.locator('.history-compare .button').click();
        await history.locator('.change-list').waitFor();
        await shoot(page, `history-${language.code}.png`);
        await page.keyboard.press('Escape');

        // The colleague's copy: the tax cut for chips at 30 %, lithography's restriction at 90 %.
        const file = JSON.parse(exported.text) as { scenarios: Scenario[] };
        const theirs = withTaxCut(file.scenarios[0]!, 0.3, 0.9);
        const mergeText = JSON.stringify({ ...file, sha256: undefined, scenarios: [theirs] });
        const input = page.getByTestId('import-file-input');
        await input.setInputFiles({
          name: 'colleague.chokepoint',
          mimeType: 'application/json',
          buffer: Buffer.from(mergeText),
        });
        await page.locator('.merge-cells').waitFor();
        await page.locator('.merge-cells input[type=radio]').nth(1).check();
        await shoot(page, `merge-${language.code}.png`);
        await page.keyboard.press('Escape');

        const { lineage: _lineage, ...plain } = theirs;
        const plainText = JSON.stringify({
          ...file,
          sha256: undefined,
          scenarios: [{ ...plain, horizon: 20 }],
        });
        await input.setInputFiles({
          name: 'hand-written.chokepoint',
          mimeType: 'application/json',
          buffer: Buffer.from(plainText),
        });
        await page.locator('.conflict-item').waitFor();
        await shoot(page, `conflict-${language.code}.png`);
        await page.close();
      } finally {
        await preview.stop();
      }
    }
  } finally {
    await browser.close();
  }
}

void main().then(
  () => console.log(`Screenshots written to ${OUT}`),
  (error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  },
);
