import { mkdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Scenario } from '../../shared/domain/scenario';
import { expectAccessible } from './support/axe';
import { hasChromium, launchChromium } from './support/chromium';
import type { Preview } from './support/preview';
import { startPreview } from './support/preview';

// Identity, history and team exchange in Chromium against `npm run preview` (a real library).
const poll = <T>(fn: () => T | Promise<T>) => expect.poll(fn, { timeout: 30_000, interval: 50 });

/** Set SCREENSHOTS=1 to also write the views of this feature into docs/screenshots/. */
const SCREENSHOTS =
  process.env.SCREENSHOTS === '1' ? resolve(__dirname, '..', '..', 'docs', 'screenshots') : null;

type Api = Record<string, (input: unknown) => Promise<{ ok: boolean; value?: unknown }>>;

describe.runIf(hasChromium)('identity, history and exchange in Chromium', () => {
  let preview: Preview | undefined;
  let browser: Browser | undefined;
  let page: Page;
  let planId = '';
  const pageErrors: string[] = [];

  beforeAll(async () => {
    browser = await launchChromium();
    preview = await startPreview({ build: false });
    page = await browser.newPage({ viewport: { width: 1280, height: 720 }, colorScheme: 'light' });
    page.on('pageerror', (error) => pageErrors.push(error.message));
    await page.goto(preview.url);
    if (SCREENSHOTS) mkdirSync(SCREENSHOTS, { recursive: true });
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await preview?.stop();
  });

  const saved = () => page.locator('[data-save-state="saved"]').waitFor();
  /** The page's own API (the preview's `window.planner`), for what a colleague did elsewhere. */
  const api = <T>(channel: string, input: unknown) =>
    page.evaluate(
      async ([name, value]) => {
        const planner = (globalThis as unknown as { planner: Api }).planner;
        return planner[name as string]!(value);
      },
      [channel, input] as const,
    ) as Promise<{ ok: boolean; value: T }>;
  const shoot = async (name: string) => {
    if (!SCREENSHOTS) return;
    for (const button of await page.locator('.notices .button-quiet').all()) await button.click();
    await page.screenshot({ path: resolve(SCREENSHOTS, `${name}.png`) });
  };
  const importText = async (fileName: string, text: string) => {
    await page.getByTestId('import-file-input').setInputFiles({
      name: fileName,
      mimeType: 'application/json',
      buffer: Buffer.from(text),
    });
  };

  it('records "Your name" and gives a new scenario from a preset a name of its own', async () => {
    await page.getByRole('heading', { name: 'Scenario library' }).waitFor();
    await page.getByLabel('Your name').fill('Li Wei');
    await page.getByLabel('Your name').press('Enter');
    await page.getByRole('button', { name: 'New scenario' }).click();
    await page.getByRole('menuitem', { name: /From preset: Escalation/ }).click();
    await page.waitForURL(/#\/editor\//);
    planId = decodeURIComponent(new URL(page.url()).hash.replace('#/editor/', ''));
    await poll(() => page.getByLabel('Scenario name', { exact: true }).inputValue()).toBe('Escalation (2)');
    expect(await page.getByLabel('Author', { exact: true }).inputValue()).toBe('Li Wei');
  });

  it('edits the name and description, autosaved, and shows them with author and origin in the library', async () => {
    await page.getByLabel('Scenario name', { exact: true }).fill('Coastal plan A');
    await page.getByLabel('Description', { exact: true }).fill('Coastal provinces first\nthen inland');
    // Autosaved: the library has it without any Save button.
    await poll(
      async () =>
        (await api<{ scenario: Scenario }>('getScenario', { id: planId })).value.scenario.description,
    ).toBe('Coastal provinces first\nthen inland');
    await saved();
    await page.getByRole('link', { name: 'Library' }).click();
    const row = page.getByRole('row', { name: /Coastal plan A/ });
    await row.waitFor();
    const text = await row.textContent();
    expect(text).toContain('Coastal provinces first');
    expect(text).not.toContain('then inland');
    expect(text).toContain('Li Wei');
    expect(text).toContain('Preset Escalation');
    await expectAccessible(page);
    await shoot('library-identity-en');
  });

  it('shows what each revision changed and compares two revisions', async () => {
    await page.getByRole('checkbox', { name: 'Select Coastal plan A' }).check();
    await page.getByRole('button', { name: 'History…' }).click();
    const dialog = page.getByRole('dialog', { name: 'History of “Coastal plan A”' });
    await dialog.waitFor();
    await dialog.getByText('Created from preset Escalation').waitFor();
    await poll(() => dialog.textContent()).toContain('Description edited');
    const count = await dialog.getByRole('checkbox').count();
    await dialog.getByRole('checkbox', { name: 'Compare revision 1' }).check();
    await dialog.getByRole('checkbox', { name: `Compare revision ${count}` }).check();
    await dialog.getByRole('button', { name: 'Compare the two chosen revisions' }).click();
    const comparison = dialog.getByRole('list', { name: `Revision 1 → revision ${count}` });
    await comparison.waitFor();
    expect(await comparison.textContent()).toContain('Renamed “Escalation (2)” → “Coastal plan A”');
    await expectAccessible(page);
    await shoot('history-en');
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    await page.getByRole('checkbox', { name: 'Select Coastal plan A' }).uncheck();
  });

  it('merges a colleague’s copy back: their change arrives, one conflicting cell is decided by choice', async () => {
    // The colleague received the scenario as it is now…
    const exported = await api<{ text: string }>('exportScenarios', { ids: [planId] });
    const file = JSON.parse(exported.value.text) as { scenarios: Scenario[] };
    const theirs = file.scenarios[0]!;
    // …and set the R&D tax cut for chips to 30 % and lithography's restriction to 90 %.
    const sectors = {
      ...theirs.sectors,
      IC: { ...theirs.sectors.IC, levers: { ...theirs.sectors.IC?.levers, rdTaxCut: 0.3 } },
      LITH: { ...theirs.sectors.LITH, restriction: 0.9 },
    };
    const text = JSON.stringify({ ...file, sha256: undefined, scenarios: [{ ...theirs, sectors }] });
    // Meanwhile, here, the tax cut for chips became 25 %.
    const head = await api<{ scenario: Scenario; revision: number }>('getScenario', { id: planId });
    const ours = head.value.scenario;
    const mine = {
      ...ours,
      sectors: {
        ...ours.sectors,
        IC: { ...ours.sectors.IC, levers: { ...ours.sectors.IC?.levers, rdTaxCut: 0.25 } },
      },
    };
    expect((await api('saveScenario', { scenario: mine, expectedRevision: head.value.revision })).ok).toBe(
      true,
    );
    await page.reload();
    await page.getByRole('heading', { name: 'Scenario library' }).waitFor();

    await importText('from-colleague.chokepoint', text);
    const dialog = page.getByRole('dialog', { name: 'Importing from-colleague.chokepoint' });
    await dialog.waitFor();
    const differences = dialog.getByRole('list', { name: 'Differences (library → file)' });
    expect(await differences.textContent()).toContain('R&D tax cut — Chips: 25 % → 30 %');
    expect(await dialog.textContent()).toContain('In your library');
    expect(await dialog.getByRole('radio', { name: 'Merge' }).isChecked()).toBe(true);
    const cell = dialog.getByRole('group', { name: 'Changed on both sides: R&D tax cut — Chips' });
    await cell.waitFor();
    const importButton = dialog.getByRole('button', { name: 'Import' });
    expect(await importButton.isDisabled()).toBe(true);
    await expectAccessible(page);
    await shoot('merge-en');
    await cell.getByRole('radio', { name: 'Take theirs: 30 %' }).check();
    await importButton.click();
    await page.getByText(/merged 1/).waitFor();

    const merged = await api<{ scenario: Scenario }>('getScenario', { id: planId });
    expect(merged.value.scenario.sectors.IC?.levers?.rdTaxCut).toBe(0.3);
    expect(merged.value.scenario.sectors.LITH?.restriction).toBe(0.9);
    const history = await api<{ summary: { event: { kind: string; author?: string } } | null }[]>(
      'scenarioHistory',
      { id: planId },
    );
    expect(history.value[0]!.summary?.event).toEqual({
      kind: 'merged',
      file: 'from-colleague.chokepoint',
      author: 'Li Wei',
    });
  });

  it('asks per scenario, with the diff, when a file’s scenario has no lineage', async () => {
    const exported = await api<{ text: string }>('exportScenarios', { ids: [planId] });
    const file = JSON.parse(exported.value.text) as { scenarios: Scenario[] };
    const { lineage: _lineage, ...plain } = file.scenarios[0]!;
    const text = JSON.stringify({
      ...file,
      sha256: undefined,
      scenarios: [{ ...plain, description: 'Hand-edited', horizon: 20 }],
    });
    await importText('hand-written.chokepoint', text);
    const dialog = page.getByRole('dialog', { name: 'Importing hand-written.chokepoint' });
    await dialog.waitFor();
    expect(await dialog.textContent()).toContain(
      'No merge: the file does not say which revision it comes from.',
    );
    expect(await dialog.getByRole('list', { name: 'Differences (library → file)' }).textContent()).toContain(
      'Horizon: 15 → 20',
    );
    await shoot('conflict-en');
    await dialog.getByRole('radio', { name: 'Keep both' }).check();
    await dialog.getByRole('button', { name: 'Import' }).click();
    await page.getByText(/1 kept as copies/).waitFor();
    await page.getByRole('row', { name: /Coastal plan A \(from Li Wei\)/ }).waitFor();
  });

  it('shows the author and the description in the comparison’s HTML report', async () => {
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Compare' }).click();
    await page.waitForURL(/#\/compare$/);
    for (const name of ['Baseline', 'Coastal plan A'])
      await page.getByLabel('Add a scenario').selectOption({ label: name });
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'HTML report', exact: true }).click(),
    ]);
    const html = readFileSync((await download.path())!, 'utf8');
    expect(html).toContain('Coastal plan A');
    expect(html).toContain('Li Wei');
    expect(html).toContain('Coastal provinces first');
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Library' }).click();
  });

  it('ran without page errors', () => {
    expect(pageErrors).toEqual([]);
  });
});
