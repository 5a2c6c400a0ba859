import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Scenario } from '../../shared/domain/scenario';
import { expectAccessible } from './support/axe';
import { hasChromium, launchChromium } from './support/chromium';
import { collectProblems } from './support/page-problems';
import type { Preview } from './support/preview';
import { startPreview } from './support/preview';

// Restriction packages in Chromium against `npm run preview` (a real library): apply two packages,
// see the schedule and the markers, save a scenario's restrictions as a package, apply it elsewhere.
const poll = <T>(fn: () => T | Promise<T>) => expect.poll(fn, { timeout: 30_000, interval: 50 });

/** Set SCREENSHOTS=1 (or a folder in SCREENSHOTS_DIR) to also write the views of this feature. */
const SCREENSHOTS =
  process.env.SCREENSHOTS_DIR ??
  (process.env.SCREENSHOTS === '1' ? resolve(__dirname, '..', '..', 'docs', 'screenshots') : null);

type Api = Record<string, (input: unknown) => Promise<{ ok: boolean; value?: unknown }>>;

describe.runIf(hasChromium)('restriction packages in Chromium', () => {
  let preview: Preview | undefined;
  let browser: Browser | undefined;
  let page: Page;
  let problems: string[] = [];
  let planId = '';

  beforeAll(async () => {
    browser = await launchChromium();
    preview = await startPreview();
    page = await browser.newPage({ viewport: { width: 1280, height: 900 }, colorScheme: 'light' });
    problems = collectProblems(page);
    await page.goto(preview.url);
    if (SCREENSHOTS) mkdirSync(SCREENSHOTS, { recursive: true });
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await preview?.stop();
  });

  const api = <T>(channel: string, input: unknown) =>
    page.evaluate(
      async ([name, value]) => {
        const planner = (globalThis as unknown as { planner: Api }).planner;
        return planner[name as string]!(value);
      },
      [channel, input] as const,
    ) as Promise<{ ok: boolean; value: T }>;
  const stored = async (id: string) =>
    (await api<{ scenario: Scenario }>('getScenario', { id })).value.scenario;
  const shoot = async (name: string) => {
    if (!SCREENSHOTS) return;
    for (const button of await page.locator('.notices .button-quiet').all())
      await button.click({ timeout: 1000 }).catch(() => undefined);
    await page.screenshot({ path: resolve(SCREENSHOTS, `${name}.png`), fullPage: false });
  };
  const openPackagesTab = async () => {
    await page.getByRole('tab', { name: 'Restriction packages' }).click();
    await page.getByRole('heading', { name: 'Restriction packages this scenario applies' }).waitFor();
  };
  const apply = async (name: RegExp) => {
    const select = page.getByLabel('Package to add');
    const value = await select.locator('option', { hasText: name }).getAttribute('value');
    await select.selectOption(value!);
    await page.getByRole('button', { name: 'Apply', exact: true }).click();
  };

  it('applies two packages to a scenario and shows the resulting schedule, each step named', async () => {
    await page.getByRole('heading', { name: 'Scenario library' }).waitFor();
    const notNow = page.getByRole('button', { name: 'Not now' });
    if (await notNow.isVisible()) await notNow.click();
    await page.getByRole('button', { name: 'New scenario' }).click();
    await page.getByRole('menuitem', { name: /From preset: Baseline/ }).click();
    await page.waitForURL(/#\/editor\//);
    planId = decodeURIComponent(new URL(page.url()).hash.replace('#/editor/', ''));
    await openPackagesTab();
    await apply(/Hypothetical: truce/);
    await apply(/Hypothetical: HBM and AI-chip/);
    // Added in date order: the 2026 extension below the 2028 truce.
    const applied = page.getByTestId('applied-package');
    await poll(() => applied.allTextContents()).toEqual([
      expect.stringContaining('Hypothetical: HBM and AI-chip extension (2026)'),
      expect.stringContaining('Hypothetical: truce'),
    ]);
    const chips = page.getByTestId('package-result').getByRole('row', { name: /^Chips/ });
    await poll(() => chips.textContent()).toMatch(
      /2025: 30%\s*\(catalogue\).*2026: 45%\s*\(Hypothetical: HBM and AI-chip extension \(2026\)\).*2028: 20%\s*\(Hypothetical: truce/,
    );
    await poll(async () => (await stored(planId)).restrictionPackages).toEqual([
      'hyp-2026-hbm-ai-extension',
      'hyp-2028-truce-licences',
    ]);
    await expectAccessible(page);
  });

  it('draws a labelled marker at each applied package’s date on the charts, and says so', async () => {
    const aggregate = page.locator('.chart-layers').first();
    await poll(() => aggregate.getAttribute('aria-label')).toContain(
      'Dashed lines mark Hypothetical: HBM and AI-chip extension (2026) (Jun 2026) and Hypothetical: truce — licences for mature-node chips and equipment (2028) (2028).',
    );
    await shoot('packages-editor-en');
  });

  it('reorders: the truce moved below the extension lies under it, so the extension holds from 2026 on', async () => {
    await page.getByRole('button', { name: /Earlier: move “Hypothetical: truce/ }).click();
    const chips = page.getByTestId('package-result').getByRole('row', { name: /^Chips/ });
    await poll(() => chips.textContent()).not.toContain('20%');
    await page.getByRole('button', { name: /Later: move “Hypothetical: truce/ }).click();
    await poll(() => chips.textContent()).toContain('20%');
  });

  it('saves the scenario’s restrictions as a package, and applies it to another scenario', async () => {
    await page.getByRole('button', { name: 'Save these restrictions as a package' }).click();
    const dialog = page.getByRole('dialog', { name: 'Save these restrictions as a package' });
    await dialog.waitFor();
    await dialog.getByLabel('Name', { exact: true }).fill('Our 2026–2028 reading');
    await expectAccessible(page);
    await shoot('packages-save-en');
    await dialog.getByRole('button', { name: 'Save package' }).click();
    await dialog.waitFor({ state: 'detached' });
    const saved = await api<
      { package: { id: string; name: string; year: number; sectors: Record<string, unknown> } }[]
    >('listPackages', {});
    const mine = saved.value.find((entry) => entry.package.name === 'Our 2026–2028 reading')!;
    expect(mine.package.year).toBe(2026);
    expect(Object.keys(mine.package.sectors).sort()).toEqual(['IC', 'SME']);

    // Another scenario applies it, and runs the same restrictions.
    await page.getByRole('link', { name: 'Library' }).click();
    await page.getByRole('heading', { name: 'Scenario library' }).waitFor();
    await page.getByRole('button', { name: 'New scenario' }).click();
    await page.getByRole('menuitem', { name: /From preset: Self-reliance push/ }).click();
    await page.waitForURL((url) => !url.hash.endsWith(planId) && url.hash.includes('#/editor/'));
    const otherId = decodeURIComponent(new URL(page.url()).hash.replace('#/editor/', ''));
    await openPackagesTab();
    await apply(/Our 2026–2028 reading/);
    const chips = page.getByTestId('package-result').getByRole('row', { name: /^Chips/ });
    await poll(() => chips.textContent()).toMatch(
      /2026: 45%\s*\(Our 2026–2028 reading\).*2028: 20%\s*\(Our 2026–2028 reading\)/,
    );
    await poll(async () => (await stored(otherId)).restrictionPackages).toEqual([mine.package.id]);
    await expectAccessible(page);
  });

  it('marks the packages of the compared scenarios on Compare’s charts', async () => {
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Compare' }).click();
    await page.waitForURL(/#\/compare$/);
    for (const name of ['Baseline (2)', 'Self-reliance push (2)'])
      await page.getByLabel('Add a scenario').selectOption({ label: name });
    const aggregate = page.locator('.compare-chart').first();
    await poll(() => aggregate.getAttribute('aria-label')).toContain(
      'Dashed lines mark Hypothetical: HBM and AI-chip extension (2026) (Jun 2026), Hypothetical: truce',
    );
    expect(await aggregate.getAttribute('aria-label')).toContain('Our 2026–2028 reading (2026)');
    await page.waitForSelector('[data-banded="2/2"]', { timeout: 60_000 });
    await expectAccessible(page);
    await shoot('packages-compare-en');
  });

  it('lists the package in the library with the scenario that applies it, and the built-in ones', async () => {
    await page.getByRole('link', { name: 'Library' }).click();
    const table = page.getByTestId('library-packages');
    await poll(() => table.textContent()).toContain('Our 2026–2028 reading');
    // Who uses a package is counted from the library's scenarios, which may arrive after the packages.
    await poll(() => table.textContent()).toContain('1 scenario');
    await page.getByRole('heading', { name: 'Restriction packages' }).scrollIntoViewIfNeeded();
    await page.getByText(/^Built in \(13\)$/).click();
    await expectAccessible(page);
    await page
      .getByText(/^Built in \(13\)$/)
      .evaluate((element) => element.scrollIntoView({ block: 'start' }));
    await shoot('packages-library-en');
  });

  it('edits the package: the dialog names who applies it, and their history records the edit', async () => {
    await page.getByRole('button', { name: 'Edit “Our 2026–2028 reading”' }).click();
    const dialog = page.getByRole('dialog', { name: 'Edit “Our 2026–2028 reading”' });
    await dialog.waitFor();
    expect(await dialog.getByRole('note').textContent()).toBe(
      'Applied by “Self-reliance push (2)”: their results change, and their history records the edit.',
    );
    const level = dialog.getByLabel('Chips: level (%) from the year of step 2');
    await level.fill('10');
    await level.press('Tab');
    await expectAccessible(page);
    await shoot('packages-edit-en');
    await dialog.getByRole('button', { name: 'Save package' }).click();
    await dialog.waitFor({ state: 'detached' });
    await page.getByRole('checkbox', { name: 'Select Self-reliance push (2)' }).check();
    await page.getByRole('button', { name: 'History…' }).click();
    const history = page.getByRole('dialog', { name: 'History of “Self-reliance push (2)”' });
    await poll(() => history.textContent()).toContain('Restriction package “Our 2026–2028 reading” edited');
    await page.keyboard.press('Escape');
    await history.waitFor({ state: 'detached' });
    await page.getByRole('checkbox', { name: 'Select Self-reliance push (2)' }).uncheck();
  });

  it('shows the library and the editor in Chinese', async () => {
    await page.getByLabel('Language').selectOption('zh-CN');
    await page.getByRole('heading', { name: '限制措施包' }).waitFor();
    await expectAccessible(page);
    await shoot('packages-library-zh-CN');
    await page.goto(`${preview!.url.split('#')[0]}#/editor/${encodeURIComponent(planId)}`);
    await page.getByRole('tab', { name: '限制措施包' }).click();
    const chips = page.getByTestId('package-result').getByRole('row', { name: /^芯片/ });
    await poll(() => chips.textContent()).toMatch(/2026 年：45%\s*（假设：HBM 与 AI 芯片管制扩展（2026））/);
    await expectAccessible(page);
    await shoot('packages-editor-zh-CN');
    await page.getByLabel('语言').selectOption('en');
  });

  it('ran without page errors or CSP violations', () => {
    expect(problems).toEqual([]);
  });
});
