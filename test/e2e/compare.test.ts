import { copyFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../cli/main';
import { memoryIo } from '../support/memory-io';
import { decodePng } from '../support/png';
import { measureSvgLegends } from '../support/svg-legend';
import { expectAccessible } from './support/axe';
import { collectProblems } from './support/page-problems';
import { launchChromium, runBrowserTests } from './support/chromium';
import type { Preview } from './support/preview';
import { startPreview } from './support/preview';

// The compare view in Debian's Chromium against `npm run preview` (real library, engine in workers).
const PRESETS = ['Baseline', 'Escalation', 'Self-reliance push'];

/** The page's getComputedStyle, typed for callbacks that run in the page (this file's types have no DOM). */
type Computed = { getComputedStyle(element: unknown): { stroke: string; backgroundColor: string } };
/** What this file asks of the page's document (the Node types it is checked with have no DOM). */
type PointedAt = {
  document: {
    elementFromPoint(
      x: number,
      y: number,
    ): { closest(selector: string): { dataset: { testid?: string } } | null } | null;
  };
};

/** "+8.7 pp", "−0.1 pp", "35.9%" → 8.7, −0.1, 35.9. */
const number = (text: string) => Number(/[-+−]?\d+(?:\.\d+)?/.exec(text)![0].replace('−', '-'));

describe.skipIf(!runBrowserTests)('the compare view in Chromium', () => {
  let preview: Preview | undefined;
  let browser: Browser | undefined;
  let page: Page;
  let problems: string[] = [];
  /** Every worker the page started, by script address. */
  const workers: string[] = [];
  const dir = mkdtempSync(join(tmpdir(), 'chokepoint-compare-e2e-'));

  beforeAll(async () => {
    browser = await launchChromium();
    preview = await startPreview({ build: false });
    page = await browser.newPage({ viewport: { width: 1280, height: 720 }, acceptDownloads: true });
    page.on('worker', (worker) => workers.push(worker.url()));
    problems = collectProblems(page);
    await page.goto(preview.url);
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await preview?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('opens three presets side by side and reads the targets table', async () => {
    await page.getByRole('heading', { name: 'Scenario library' }).waitFor();
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Compare' }).click();
    await page.waitForURL(/#\/compare$/);
    for (const name of PRESETS) await page.getByLabel('Add a scenario').selectOption({ label: name });
    await page.waitForSelector('[data-banded="3/3"]', { timeout: 60_000 });
    const chips = page
      .getByTestId('targets-table')
      .getByRole('row')
      .filter({ has: page.getByRole('rowheader', { name: 'Chips', exact: true }) });
    const years = await chips.locator('.compare-target-year').allTextContents();
    // Reaching 50 % and 70 %: only the push brings Chips to 50 %, in 2038 (model version 2); none 70 %.
    expect(years).toEqual([
      'not by 2040',
      'not by 2040',
      '2038',
      'not by 2040',
      'not by 2040',
      'not by 2040',
    ]);
    // The chances come with the bands, a moment after the years; a cell that no draw reaches prints none
    // (as the deck and the report), so each cell is read on its own.
    await expect
      .poll(() => page.getByTestId('compare-status').getAttribute('data-banded'), { timeout: 30_000 })
      .toBe('3/3');
    await expect.poll(() => chips.locator('.compare-target-probability').count()).toBeGreaterThan(0);
    const printed = await chips
      .getByRole('cell')
      .evaluateAll((cells) =>
        cells.map((cell) => cell.querySelector('.compare-target-probability')?.textContent ?? null),
      );
    expect(printed).toHaveLength(6);
    expect(printed.filter((chance) => chance !== null && number(chance) === 0)).toEqual([]);
    const chances = printed.map((chance) => (chance === null ? 0 : number(chance)));
    // The push reaches 50 % on its central run; most of its draws do too, fewer of the others'.
    expect(chances[2]).toBeGreaterThan(50);
    expect(chances[2]).toBeGreaterThan(chances[0]!);
    await expectAccessible(page);
  });

  it('opens the waterfall, whose bars add up to the difference it shows', async () => {
    await page.getByLabel('Explain').selectOption({ label: 'Self-reliance push' });
    const table = page.getByTestId('waterfall-table');
    await expect
      .poll(() => table.locator('caption').textContent())
      .toContain('Why Self-reliance push differs from Baseline: aggregate self-reliance, 2040');
    await page.getByTestId('compare-waterfall-chart').scrollIntoViewIfNeeded();
    const bars = (await table.getByTestId('waterfall-bar').locator('td').allTextContents()).map(number);
    const difference = number((await table.getByTestId('waterfall-difference').textContent())!);
    const from = number((await table.getByTestId('waterfall-reference').textContent())!);
    const to = number((await table.getByTestId('waterfall-other').textContent())!);
    expect(bars).toHaveLength(7);
    expect(Math.round(bars.reduce((sum, value) => sum + value, 0) * 10)).toBe(Math.round(difference * 10));
    expect(Math.round((to - from) * 10)).toBe(Math.round(difference * 10));
    expect(difference).toBeGreaterThan(10);
    // The chart says the same for screen readers.
    expect(await page.getByTestId('compare-waterfall-chart').getAttribute('aria-label')).toContain(
      `a difference of +${difference.toFixed(1)} pp`,
    );
    await expectAccessible(page);
  });

  it('shows the waterfall uncovered in a narrow window, the set-up above it rather than held over it', async () => {
    await page.setViewportSize({ width: 800, height: 600 });
    try {
      const table = page.getByTestId('waterfall-table');
      for (const row of [table.locator('thead th').first(), table.getByTestId('waterfall-difference')]) {
        await row.scrollIntoViewIfNeeded();
        // What is drawn at the row's centre belongs to the table (the sticky set-up panel covered it).
        const box = (await row.boundingBox())!;
        const onTop = await page.evaluate(
          ({ x, y }) =>
            (globalThis as unknown as PointedAt).document.elementFromPoint(x, y)?.closest('table')?.dataset
              .testid,
          { x: box.x + box.width / 2, y: box.y + box.height / 2 },
        );
        expect(onTop).toBe('waterfall-table');
      }
    } finally {
      await page.setViewportSize({ width: 1280, height: 720 });
    }
  });

  it('enters presentation mode, shows every sector on its own slide, and leaves it by keyboard', async () => {
    await page.getByRole('button', { name: 'Present' }).focus();
    await page.keyboard.press('Enter');
    // Set up out of the audience's sight, then started from the keyboard.
    const setup = page.getByRole('dialog', { name: 'Slides of this comparison' });
    await setup.waitFor();
    await expectAccessible(page);
    await setup.getByRole('button', { name: 'Start presentation' }).focus();
    await page.keyboard.press('Enter');
    const deck = page.getByRole('dialog', { name: 'Presentation: Compare scenarios' });
    await deck.waitFor();
    const heading = () => deck.getByRole('heading', { level: 2 }).textContent();
    const key = () => deck.locator('[data-slide]').getAttribute('data-slide-key');
    await expect.poll(heading).toBe('Compare scenarios');
    await expectAccessible(page);
    await page.keyboard.press('ArrowRight');
    await expect.poll(heading).toBe('Aggregate self-reliance (demand-weighted)');
    await page.keyboard.press('ArrowRight');
    await expect.poll(heading).toBe('Chips');
    // Both variables, each named on the slide: nothing follows the page's S/C toggle silently.
    expect(await deck.locator('.compare-figure-caption').allTextContents()).toEqual([
      'Self-reliance (S): share of demand met domestically',
      'Capability (C): domestic technology level',
    ]);
    const sectors: string[] = [];
    while ((await key())?.startsWith('sector:')) {
      sectors.push((await key())!);
      await page.keyboard.press('PageDown');
      await expect.poll(key).not.toBe(sectors.at(-1));
    }
    expect(sectors).toHaveLength(11);
    expect(await key()).toBe('chokepoints');
    await page.keyboard.press('ArrowRight');
    await expect.poll(key).toBe('targets');
    // The targets table fits the 1280×720 slide.
    const table = (await deck.getByTestId('slide-targets').boundingBox())!;
    const slide = (await deck.locator('[data-slide]').boundingBox())!;
    expect(table.y + table.height).toBeLessThanOrEqual(slide.y + slide.height);
    expect(table.x + table.width).toBeLessThanOrEqual(1280);
    await expectAccessible(page);
    await page.keyboard.press('End');
    await expect
      .poll(heading)
      .toBe('Why Self-reliance push differs from Baseline: aggregate self-reliance, 2040');
    expect(await deck.locator('.slide-source').textContent()).toMatch(
      /^Source: Chokepoint Planner .*draws, seed/,
    );
    await expectAccessible(page);
    await page.keyboard.press('PageUp');
    await expect.poll(key).toBe('costs');
    await page.keyboard.press('Home');
    await expect.poll(key).toBe('title');
    await page.keyboard.press('Escape');
    await deck.waitFor({ state: 'detached' });
    expect(await page.evaluate('document.fullscreenElement')).toBeNull();
  });

  it('exports charts with a title, the scenarios, the unit and the source, under names that say what they hold', async () => {
    const figure = page.locator('figure', { has: page.getByTestId('compare-aggregate-chart') });
    const [svg] = await Promise.all([
      page.waitForEvent('download'),
      figure.getByRole('button', { name: /SVG/ }).click(),
    ]);
    expect(svg.suggestedFilename()).toMatch(
      /^aggregate-self-reliance-demand-weighted_baseline-vs-escalation-vs-self-reliance-push_\d{4}-\d\d-\d\d\.svg$/,
    );
    const text = readFileSync((await svg.path())!, 'utf8');
    expect(text).toContain('Aggregate self-reliance');
    expect(text).toContain('Scenarios: Baseline (reference); Escalation; Self-reliance push.');
    expect(text).toMatch(
      /Source: Chokepoint Planner [^<]*, model v\d+, \d+ draws, seed \d+, \d{4}-\d\d-\d\d/,
    );
    const [png] = await Promise.all([
      page.waitForEvent('download'),
      figure.getByRole('button', { name: /PNG/ }).click(),
    ]);
    expect(png.suggestedFilename()).toMatch(/^aggregate-self-reliance.*_\d{4}-\d\d-\d\d\.png$/);
    const bytes = readFileSync((await png.path())!);
    // A PNG at twice the chart's size, taller than the chart by its title and source lines.
    expect(bytes.subarray(1, 4).toString()).toBe('PNG');
    const chart = (await page.getByTestId('compare-aggregate-chart').boundingBox())!;
    expect(bytes.readUInt32BE(16)).toBe(Math.round(chart.width) * 2);
    expect(bytes.readUInt32BE(20)).toBeGreaterThan(Math.round(chart.height) * 2 + 80);
    copyFileSync((await png.path())!, join(dir, 'exported.png'));
  });

  it('exports the compared trajectories as CSV (a download in the preview)', async () => {
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Export CSV' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('comparison.csv');
    const text = readFileSync((await download.path())!, 'utf8');
    expect(
      text.startsWith(
        '\uFEFFscenario_id,scenario_name,sector,year,variable,value,sector_name,variable_name,unit,p10,p50,p90\r\n',
      ),
    ).toBe(true);
    const rows = text
      .slice(1)
      .trim()
      .split('\r\n')
      .map((line) => line.split(','));
    expect(new Set(rows.slice(1).map((row) => row[1]))).toEqual(new Set(PRESETS));
    // The aggregate at the horizon is the one the waterfall table shows for the push.
    const push = rows.find(
      (row) =>
        row[1] === 'Self-reliance push' && row[2] === 'ALL' && row[3] === '2040' && row[4] === 'aggregateS',
    )!;
    const shown = number((await page.getByTestId('waterfall-other').textContent())!);
    expect(Number(push[5]) * 100).toBeCloseTo(shown, 1);
    for (const variable of ['S', 'C', 'chokepointsOpen', 'fiscalCostCumulative']) {
      expect(
        rows.some((row) => row[4] === variable),
        variable,
      ).toBe(true);
    }
    // Names and units in words; P10 ≤ P50 ≤ P90 beside the central value where bands were run.
    expect(push.slice(6, 9)).toEqual([
      'whole economy',
      'aggregate self-reliance',
      'share of demand met domestically (0–1)',
    ]);
    const [p10, p50, p90] = push.slice(9, 12).map(Number);
    expect(p10).toBeLessThanOrEqual(p50!);
    expect(p50).toBeLessThanOrEqual(p90!);
  });

  it('says the PDF report needs the desktop app and offers the HTML report instead', async () => {
    await page.getByRole('button', { name: 'PDF report' }).click();
    await page.getByText('The PDF report is available in the desktop app.').waitFor();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Save the HTML report instead' }).click(),
    ]);
    const html = readFileSync((await download.path())!, 'utf8');
    expect(html).toContain('<title>Scenario comparison: Baseline · Escalation · Self-reliance push</title>');
  });

  it('generates the HTML report from the command line and opens it in Chromium', async () => {
    const io = memoryIo(dir);
    expect(await runCli(['example', '--out', 'examples.chokepoint'], io)).toBe(0);
    const code = await runCli(
      [
        'report',
        'examples.chokepoint',
        '--scenario',
        'Baseline',
        '--scenario',
        'Escalation',
        '--scenario',
        'Self-reliance push',
        '--mc',
        '40',
        '--out',
        'report.html',
      ],
      io,
    );
    expect(code, io.err()).toBe(0);
    const report = await browser!.newPage({ viewport: { width: 1280, height: 720 } });
    const blocked: string[] = [];
    report.on('console', (message) => blocked.push(message.text()));
    await report.goto(pathToFileURL(join(dir, 'report.html')).href);
    expect(await report.title()).toBe('Scenario comparison: Baseline · Escalation · Self-reliance push');
    expect(await report.locator('figure svg[role="img"]').count()).toBeGreaterThanOrEqual(5);
    expect(await report.locator('#seed').getAttribute('data-value')).toBe('20251128');
    // Self-contained: its stylesheet applies under its own policy and nothing was blocked or fetched.
    expect(await report.evaluate('getComputedStyle(document.body).maxWidth')).toBe('1000px');
    expect(blocked.filter((text) => /Content Security Policy|Failed to load/i.test(text))).toEqual([]);
    await report.close();
  });

  it('speaks Chinese, accessibly, in the compare view and in presentation mode', async () => {
    await page.locator('.header-select select').first().selectOption('zh-CN');
    await page.getByRole('heading', { name: '情景对比', level: 1 }).waitFor();
    await page.getByTestId('waterfall-table').waitFor();
    expect(
      await page.getByTestId('targets-table').getByRole('columnheader', { name: '达到 50%' }).count(),
    ).toBe(1);
    await expectAccessible(page);
    await page.getByRole('button', { name: '演示', exact: true }).focus();
    await page.keyboard.press('Enter');
    await page
      .getByRole('dialog', { name: '本次对比的幻灯片' })
      .getByRole('button', { name: '开始演示' })
      .click();
    const deck = page.getByRole('dialog', { name: '演示：情景对比' });
    await deck.waitFor();
    await expect.poll(() => deck.getByRole('heading', { level: 2 }).textContent()).toBe('情景对比');
    await page.keyboard.press('ArrowRight');
    await expect
      .poll(() => deck.getByRole('heading', { level: 2 }).textContent())
      .toBe('总体自给率（按需求加权）');
    await expectAccessible(page);
    await page.keyboard.press('Escape');
    await deck.waitFor({ state: 'detached' });
    await page.locator('.header-select select').first().selectOption('en');
    await page.getByRole('heading', { name: 'Compare scenarios', level: 1 }).waitFor();
  });

  it('starts a comparison from the library’s selection', async () => {
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Library' }).click();
    await page.getByRole('heading', { name: 'Scenario library' }).waitFor();
    for (const name of ['Escalation', 'De-escalation and cooperation'])
      await page.getByRole('checkbox', { name: `Select ${name}` }).check();
    await page.getByRole('button', { name: 'Compare 2 selected' }).click();
    await page.waitForURL(/#\/compare(\?|$)/);
    expect(
      await page
        .getByRole('group', { name: /^Reference/ })
        .getByRole('radio')
        .evaluateAll((radios) => radios.map((radio) => (radio as { checked: boolean }).checked)),
    ).toEqual([true, false]);
    await page.waitForSelector('[data-banded="2/2"]', { timeout: 60_000 });
    await expect
      .poll(() => page.getByRole('list', { name: 'Scenarios and their line styles' }).textContent())
      .toBe('Escalation (reference)De-escalation and cooperation');
  });

  it('keeps each scenario’s colour in the compare view, the slides and the editor', async () => {
    const stroke = (list: ReturnType<Page['locator']>, name: string) =>
      list
        .locator('li', { hasText: name })
        .first()
        .locator('line')
        .evaluate((line) => (globalThis as unknown as Computed).getComputedStyle(line).stroke);
    const legend = page.getByRole('list', { name: 'Scenarios and their line styles' }).first();
    const inCompare = await stroke(legend, 'Escalation');
    expect(inCompare).toMatch(/^rgb/);
    await page.getByRole('button', { name: 'Present' }).click();
    await page.getByRole('button', { name: 'Start presentation' }).click();
    const deck = page.getByRole('dialog', { name: 'Presentation: Compare scenarios' });
    await deck.waitFor();
    expect(await stroke(deck.locator('.slide-scenarios'), 'Escalation')).toBe(inCompare);
    await page.keyboard.press('ArrowRight');
    // The overview names the scenarios in its key figures; a sector slide has the legend.
    expect(await stroke(deck.locator('.slide-figures'), 'Escalation')).toBe(inCompare);
    await page.keyboard.press('ArrowRight');
    expect(
      await stroke(deck.getByRole('list', { name: 'Scenarios and their line styles' }), 'Escalation'),
    ).toBe(inCompare);
    await page.keyboard.press('Escape');
    await deck.waitFor({ state: 'detached' });
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Library' }).click();
    try {
      await page.getByRole('link', { name: 'Escalation', exact: true }).click();
      await page.waitForURL(/#\/editor\//);
      await page.locator('[data-bands="500/500"]').waitFor({ timeout: 60_000 });
      const chart = page.locator('.chart-row .chart-layers').first();
      const box = (await chart.boundingBox())!;
      const swatch = page
        .locator('.chart-tip-row', { hasText: 'Escalation' })
        .first()
        .locator('.chart-tip-swatch');
      // The tooltip follows the pointer: move until it shows the edited scenario's row, and read its swatch.
      await expect
        .poll(async () => {
          await page.mouse.move(box.x + box.width * 0.5, box.y + box.height * 0.5);
          await page.mouse.move(box.x + box.width * 0.6, box.y + box.height * 0.5);
          if (!(await swatch.count())) return null;
          return swatch.evaluate(
            (element) => (globalThis as unknown as Computed).getComputedStyle(element).backgroundColor,
            undefined,
            { timeout: 2000 },
          );
        })
        .toBe(inCompare);
    } finally {
      await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Compare' }).click();
      await page.waitForURL(/#\/compare(\?|$)/);
    }
  });

  it('exports from a 1920-wide window with four scenarios: legends above the plot, identity colours in PNG, SVG, workbook and deck', async () => {
    await page.setViewportSize({ width: 1920, height: 1080 });
    const measurer = await browser!.newPage();
    try {
      const listed = page.getByRole('list', { name: 'Scenarios and their line styles' }).first();
      // Whatever the comparison holds now, up to four (counted in the setup, which stays while runs run).
      const setup = page.getByRole('group', { name: /^Reference/ });
      const picked = setup.getByRole('radio');
      for (const name of ['Baseline', 'Self-reliance push', 'Escalation', 'Push under escalation'])
        if ((await picked.count()) < 4 && !(await setup.getByRole('radio', { name, exact: true }).count())) {
          const before = await picked.count();
          await page.getByLabel('Add a scenario').selectOption({ label: name });
          await expect.poll(() => picked.count()).toBe(before + 1);
        }
      await page.waitForSelector('[data-banded="4/4"]', { timeout: 120_000 });
      // The colour each scenario has on the page.
      const names = (await listed.locator('li').allTextContents()).map((text) =>
        text.replace(/ \(reference\)$/, ''),
      );
      expect(names).toHaveLength(4);
      const pageColor: Record<string, string> = {};
      for (const name of names)
        pageColor[name] = await listed
          .locator('li', { hasText: name })
          .first()
          .locator('line')
          .evaluate((line) => (globalThis as unknown as Computed).getComputedStyle(line).stroke);
      const rgb = (color: string) =>
        color.startsWith('#')
          ? [1, 3, 5].map((i) => parseInt(color.slice(i, i + 2), 16))
          : (color.match(/\d+/g) ?? []).slice(0, 3).map(Number);

      const figure = page.locator('figure', { has: page.getByTestId('compare-aggregate-chart') });
      await figure.scrollIntoViewIfNeeded();
      const [svgDownload] = await Promise.all([
        page.waitForEvent('download'),
        figure.getByRole('button', { name: /SVG/ }).click(),
      ]);
      const svg = readFileSync((await svgDownload.path())!, 'utf8');
      await measurer.setContent(
        `<!doctype html><meta charset="utf-8"><body style="margin:0"><div data-key="svg">${svg}</div></body>`,
      );
      const [measured] = await measurer.evaluate(measureSvgLegends);
      const plotTop = Math.min(...measured!.gridLines);
      const legend = measured!.entries.filter((item) => item.text);
      expect(
        legend
          .map((item) => item.text.replace(/ \(reference\)$/, ''))
          .slice(0, 4)
          .sort(),
      ).toEqual([...names].sort());
      expect(legend).toHaveLength(5); // and the P10–P90 key
      for (const item of legend) expect(item.box.bottom, item.text).toBeLessThanOrEqual(plotTop);
      for (const item of legend.filter((entry) => entry.stroke))
        expect(rgb(item.stroke!), item.text).toEqual(
          rgb(pageColor[item.text.replace(/ \(reference\)$/, '')]!),
        );

      // The PNG is drawn from the same option at twice the size: each legend line in its colour.
      const [pngDownload] = await Promise.all([
        page.waitForEvent('download'),
        figure.getByRole('button', { name: /PNG/ }).click(),
      ]);
      const png = decodePng(readFileSync((await pngDownload.path())!));
      copyFileSync((await pngDownload.path())!, join(dir, 'exported-1920.png'));
      for (const item of legend.filter((entry) => entry.stroke)) {
        const want = rgb(item.stroke!);
        const y = Math.round((item.box.top + item.box.bottom) / 2) * 2;
        let found = false;
        for (let x = Math.round(item.box.left) * 2; x < Math.round(item.box.left + 28) * 2 && !found; x++)
          for (let dy = -3; dy <= 3 && !found; dy++) {
            const [r, g, b] = png.pixel(x, y + dy);
            found = Math.abs(r - want[0]!) + Math.abs(g - want[1]!) + Math.abs(b - want[2]!) < 30;
          }
        expect(found, `${item.text}'s colour in the PNG`).toBe(true);
      }

      // The workbook: its README shows each scenario in the same colour.
      const [bookDownload] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: 'Export workbook' }).click(),
      ]);
      expect(bookDownload.suggestedFilename()).toMatch(/\.xlsx$/);
      const book = new ExcelJS.Workbook();
      await book.xlsx.load(readFileSync((await bookDownload.path())!) as never);
      const readme = book.getWorksheet('README')!;
      for (const name of names) {
        let fill: string | undefined;
        readme.eachRow((row) => {
          if (row.getCell(1).value === name)
            fill = (row.getCell(3).fill as { fgColor?: { argb?: string } }).fgColor?.argb;
        });
        expect(rgb(`#${fill!.slice(2)}`), name).toEqual(rgb(pageColor[name]!));
      }
      expect(book.worksheets.map((sheet) => sheet.name)).toContain('Attribution');

      // The waterfall's export names the two scenarios it compares, not every one compared.
      const whyFigure = page.locator('figure', { has: page.getByTestId('compare-waterfall-chart') });
      await whyFigure.scrollIntoViewIfNeeded();
      const [whyDownload] = await Promise.all([
        page.waitForEvent('download'),
        whyFigure.getByRole('button', { name: /SVG/ }).click(),
      ]);
      const whySvg = readFileSync((await whyDownload.path())!, 'utf8');
      const whyText = [...whySvg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]).join(' ');
      const whyOther = await page
        .getByLabel('Explain')
        .evaluate(
          (select) => (select as unknown as { selectedOptions: { text: string }[] }).selectedOptions[0]!.text,
        );
      const referenceName = (await listed.locator('li', { hasText: '(reference)' }).first().textContent())!;
      expect(whyText).toContain(`Scenarios: ${referenceName}; ${whyOther}. Unit:`);
      for (const name of names.filter(
        (name) => ![whyOther, referenceName].includes(name) && !referenceName.startsWith(`${name} (`),
      ))
        expect(whyText, name).not.toContain(name);

      // The deck, built in the page: legends of the scenarios only, in their colours; its "why" slide
      // explains what the Why section explains: the scenario chosen under "Explain" (the last one here,
      // not the first other), in the output and year chosen there (not the aggregate at the horizon).
      const explain = page.getByLabel('Explain');
      const explainOptions = await explain.locator('option').allTextContents();
      const explained = explainOptions[explainOptions.length - 1]!;
      await explain.selectOption({ label: explained });
      const whyControls = page.locator('.compare-controls', { has: explain });
      await whyControls.getByLabel('Output').selectOption({ label: 'Self-reliance: Chips' });
      await whyControls.getByLabel('Year').selectOption('2030');
      await expect
        .poll(() => page.getByTestId('waterfall-table').locator('caption').textContent())
        .toMatch(/: self-reliance of chips, 2030/i);
      const [deckDownload] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: 'Export deck' }).click(),
      ]);
      const zip = await JSZip.loadAsync(readFileSync((await deckDownload.path())!));
      const overview = await zip.file(/^ppt\/charts\/chart\d+\.xml$/)[0]!.async('string');
      const deleted = [...overview.matchAll(/<c:legendEntry><c:idx val="\d+"\/><c:delete val="1"\/>/g)]
        .length;
      const series = [...overview.matchAll(/<c:ser>/g)].length;
      expect(series - deleted).toBeLessThanOrEqual(names.length + 1);
      const slideTexts = await Promise.all(
        zip
          .file(/^ppt\/slides\/slide\d+\.xml$/)
          .map(async (file) =>
            [...(await file.async('string')).matchAll(/<a:t>([^<]*)<\/a:t>/g)].map((m) => m[1]).join(''),
          ),
      );
      const why = slideTexts.filter((text) => / differs from /.test(text));
      expect(why).toHaveLength(1);
      expect(why[0]).toContain(`Why ${explained} differs from `);
      expect(why[0]).toMatch(/: self-reliance of chips, 2030/i);
    } finally {
      await measurer.close();
      await page.setViewportSize({ width: 1280, height: 720 });
    }
  }, 240_000);

  // Before the engine pool, each view made workers of its own: the editor one per core, every opening
  // of the comparison two more, the plan finder one (nine in this file on two cores).
  it('made at most one engine worker per core, up to four, across the editor, the comparisons and a plan search', async () => {
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Find a plan' }).click();
    await page.getByRole('heading', { name: 'Find a plan', level: 1 }).waitFor();
    await expect.poll(() => page.getByLabel('Starting scenario (the world)').inputValue()).not.toBe('');
    await page.getByLabel('Target 1: value').fill('50');
    await page.getByLabel('Monte Carlo draws').fill('60');
    for (const lever of ['University links', 'Clusters', 'Openness'])
      await page.getByRole('checkbox', { name: lever }).check();
    await page.getByRole('checkbox', { name: 'Chips', exact: true }).check();
    await page.getByRole('button', { name: 'Find a plan' }).click();
    await page.getByTestId('plan-answer').waitFor({ timeout: 120_000 });
    const cores = await page.evaluate(
      () =>
        (globalThis as unknown as { navigator: { hardwareConcurrency: number } }).navigator
          .hardwareConcurrency,
    );
    expect(workers.length).toBeGreaterThan(0);
    expect(workers.length, workers.join('\n')).toBeLessThanOrEqual(Math.max(1, Math.min(4, cores)));
  }, 180_000);

  it('raised no page errors and no content security policy violations', () => {
    expect(problems).toEqual([]);
  });
});
