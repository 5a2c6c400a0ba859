import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible } from './support/axe';
import { CHROMIUM_PATH, hasChromium, launchChromium, runBrowserTests } from './support/chromium';
import type { Preview } from './support/preview';
import { startPreview } from './support/preview';

// The whole app in Debian's Chromium against `npm run preview` (real library, real engine in a worker).
const FIXTURES = resolve(__dirname, '..', 'fixtures', 'files');
const AMAT_RESTRICTION = 'Restriction level — Advanced structural & energy materials';

/** `expect.poll` with room for a busy machine (the unit tests run beside these). */
const poll = <T>(fn: () => T | Promise<T>) => expect.poll(fn, { timeout: 30_000, interval: 50 });

// In CI a missing browser is a failure, never a silent skip.
it.runIf(runBrowserTests)('has Debian Chromium to run the interface in', () => {
  expect(hasChromium, `Chromium is not installed at ${CHROMIUM_PATH}: apt-get install -y chromium`).toBe(
    true,
  );
});

describe.runIf(hasChromium)('Chokepoint Planner in Chromium', () => {
  let preview: Preview | undefined;
  let browser: Browser | undefined;
  let page: Page;
  const cspViolations: string[] = [];
  const pageErrors: string[] = [];

  beforeAll(async () => {
    browser = await launchChromium();
    preview = await startPreview({ build: false });
    page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
    page.on('console', (message) => {
      if (/Content Security Policy/i.test(message.text())) cspViolations.push(message.text());
    });
    page.on('pageerror', (error) => pageErrors.push(error.message));
    await page.goto(preview.url);
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await preview?.stop();
  });

  const chokepoints = () => page.getByTestId('chokepoints-final').textContent();
  const aggregateChartLabel = () =>
    page.locator('.chart-row .chart-layers').first().getAttribute('aria-label');
  const saved = () => page.locator('[data-save-state="saved"]').waitFor();

  it('shows the library with the five examples, accessibly', async () => {
    await page.getByRole('heading', { name: 'Scenario library' }).waitFor();
    await poll(() => page.getByRole('row').count()).toBe(6);
    await expectAccessible(page);
  });

  it('creates a scenario from a preset and opens it with its charts', async () => {
    await page.getByRole('button', { name: 'New scenario' }).click();
    await page.getByRole('menuitem', { name: /From preset: Escalation/ }).click();
    await page.waitForURL(/#\/editor\//);
    await poll(() => page.getByLabel('Scenario name', { exact: true }).inputValue()).toBe('Escalation (2)');
    await poll(chokepoints).toBe('27');
    await poll(() => page.locator('[data-bands]').getAttribute('data-bands')).toBe('500/500');
    await expectAccessible(page);
  });

  it('moves a restriction slider with the keyboard, redraws the chart and the chokepoint count, and undoes it', async () => {
    const slider = page.getByRole('slider', { name: AMAT_RESTRICTION, exact: true });
    const before = await aggregateChartLabel();
    await slider.focus();
    await page.keyboard.press('End');
    await poll(() => slider.inputValue()).toBe('1');
    await poll(chokepoints).toBe('28');
    await poll(aggregateChartLabel).not.toBe(before);
    await page.keyboard.press('Control+z');
    await poll(() => slider.inputValue()).toBe('0.1');
    await poll(chokepoints).toBe('27');
    await poll(aggregateChartLabel).toBe(before);
    await page.keyboard.press('Control+Shift+z');
    await poll(chokepoints).toBe('28');
    await page.keyboard.press('Control+z');
    await poll(chokepoints).toBe('27');
    // The tooltip lists every line at the hovered year (and must not trip the CSP).
    const chart = page.locator('.chart-row .chart-layers').first();
    const box = (await chart.boundingBox())!;
    await page.mouse.move(box.x + box.width * 0.6, box.y + box.height * 0.5);
    await page.locator('.chart-tip-year').first().waitFor();
    expect(await page.locator('.chart-tip-row').first().textContent()).toContain('Escalation');
  });

  it('edits a schedule: a ramp in the schedule editor, saved as yearly steps', async () => {
    await page.getByRole('slider', { name: 'Basic research — Chips', exact: true }).focus();
    await page.getByRole('heading', { name: 'Schedule: Basic research, Chips' }).waitFor();
    await page.getByRole('radio', { name: 'Ramp' }).check();
    await page.getByLabel('End value', { exact: true }).fill('2');
    await page.getByLabel('Ramp ends', { exact: true }).fill('2030');
    await poll(() =>
      page
        .getByRole('slider', { name: 'Basic research — Chips', exact: true })
        .getAttribute('aria-valuetext'),
    ).toBe('2.00× by 2030, ramping from 1.00× in 2025');
    await saved();
  });

  it('overrides a model parameter in the assumptions panel, marks it and resets it', async () => {
    await page.getByRole('tab', { name: 'Assumptions' }).click();
    await page.getByLabel('Last-mile exponent — All sectors', { exact: true }).fill('2');
    await page.getByText('1 parameter overridden').waitFor();
    const row = page.getByRole('row').filter({ hasText: 'Last-mile exponent' });
    await row.getByText('Overridden').waitFor();
    await expectAccessible(page);
    await row.getByRole('button', { name: 'Reset Last-mile exponent — All sectors' }).click();
    await page.getByText('0 parameters overridden').waitFor();
    await page.getByRole('tab', { name: 'Levers and restrictions' }).click();
  });

  it('switches to Chinese and back, names and numbers included', async () => {
    await page.getByLabel('Language').selectOption('zh-CN');
    await page.getByRole('slider', { name: '外部限制水平 — 芯片', exact: true }).waitFor();
    await page.getByRole('link', { name: '情景库' }).waitFor();
    expect(
      await page
        .getByRole('slider', { name: '基础研究投入 — 芯片', exact: true })
        .getAttribute('aria-valuetext'),
    ).toBe('2025 年的 1.00× 逐步升至 2030 年的 2.00×');
    expect(await page.locator('html').getAttribute('lang')).toBe('zh-CN');
    // The page's title is the window's: the app's name in the language spoken.
    expect(await page.title()).toBe('卡脖子技术规划器');
    await expectAccessible(page);
    await page.getByLabel('语言').selectOption('en');
    await page.getByRole('slider', { name: 'Restriction level — Chips', exact: true }).waitFor();
    expect(await page.title()).toBe('Chokepoint Planner');
  });

  it('finds the edit saved after a reload', async () => {
    await page.reload();
    const slider = page.getByRole('slider', { name: 'Basic research — Chips', exact: true });
    await poll(() => slider.getAttribute('aria-valuetext')).toBe('2.00× by 2030, ramping from 1.00× in 2025');
    await poll(() => page.getByRole('slider', { name: AMAT_RESTRICTION, exact: true }).inputValue()).toBe(
      '0.1',
    );
  });

  it('moves a scenario to the trash and brings it back with Undo; shows its history', async () => {
    await page.getByRole('link', { name: 'Library' }).click();
    await page.getByRole('checkbox', { name: 'Select Baseline' }).check();
    await page.getByRole('button', { name: 'Move 1 to trash' }).click();
    await page.getByText('“Baseline” moved to the trash.').waitFor();
    await poll(() => page.getByRole('row').count()).toBe(6);
    await page.locator('.notice').getByRole('button', { name: 'Undo' }).click();
    await poll(() => page.getByRole('row').count()).toBe(7);
    await page.getByRole('checkbox', { name: 'Select Escalation', exact: true }).check();
    await page.getByRole('button', { name: 'History…' }).click();
    const dialog = page.getByRole('dialog', { name: 'History of “Escalation”' });
    await dialog.waitFor();
    await expectAccessible(page);
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    await page.getByRole('checkbox', { name: 'Select all shown scenarios' }).uncheck();
  });

  it('imports a bad file and shows the file, the place and the problem', async () => {
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Import…' }).click();
    await (await chooser).setFiles(resolve(FIXTURES, 'lever-out-of-range.chokepoint'));
    const alert = page.getByRole('alert').filter({ hasText: 'Could not import' });
    await alert.waitFor();
    const text = await alert.textContent();
    expect(text).toContain('lever-out-of-range.chokepoint has values that are not allowed (1 problem)');
    expect(text).toContain(
      '$.scenarios[0].sectors.IC.levers.basicResearch[1].value: expected a value from 0.5 to 3 (the range of basicResearch), found 4',
    );
    await expectAccessible(page);
  });

  it('imports a file dropped on the list, and names the line and column of a syntax error', async () => {
    const content = readFileSync(resolve(FIXTURES, 'not-json.chokepoint'), 'utf8');
    const dataTransfer = await page.evaluateHandle(
      `(() => { const data = new DataTransfer(); data.items.add(new File([${JSON.stringify(content)}], 'dropped.chokepoint', { type: 'application/json' })); return data; })()`,
    );
    await page.dispatchEvent('.drop-zone', 'dragover', { dataTransfer });
    await page.dispatchEvent('.drop-zone', 'drop', { dataTransfer });
    const alert = page.getByRole('alert').filter({ hasText: 'Could not import dropped.chokepoint' });
    await alert.waitFor();
    expect(await alert.textContent()).toContain(
      'dropped.chokepoint is not valid JSON: at line 19, column 7, expected "," or "}", found "seed".',
    );
  });

  it('shows the model page with the equations, the parameters and the chokepoints', async () => {
    await page.getByRole('link', { name: 'Model and sources' }).click();
    await page.getByRole('heading', { name: 'Model and sources', level: 1 }).waitFor();
    await page.getByText('(E7) dC/dt = a·E·(1 − C)^ν − g_F·C').waitFor();
    expect(
      await page.getByRole('region', { name: 'The 35 chokepoint technologies' }).getByRole('row').count(),
    ).toBe(36);
    await expectAccessible(page);
  });

  it('ran without page errors or CSP violations', () => {
    expect(pageErrors).toEqual([]);
    expect(cspViolations).toEqual([]);
  });
});
