import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PRESET_INFO } from '../../shared/catalogue';
import { waterfallWords } from '../charts/support/waterfall-words';
import { SCENARIO_IDENTITIES } from '../../shared/charts';
import { describeViolations, expectAccessible, seriousViolations } from './support/axe';
import { launchChromium, runBrowserTests } from './support/chromium';
import { dismissNamePrompt } from './support/name-prompt';
import { collectProblems } from './support/page-problems';
import type { Preview } from './support/preview';
import { startPreview } from './support/preview';

// What a consultant sends and shows, read back from what Chromium draws (issue 23, the app's half):
// one identity per scenario in every view, the comparison in the URL, Compare at 1280 and 1920 with
// four scenarios, and slides whose text is 18 px or more at 1920×1080.

const id = (slug: string) => PRESET_INFO.find((info) => info.slug === slug)!.id;
const BASELINE = id('baseline');
const ESCALATION = id('escalation');
const PUSH = id('self-reliance-push');
const COOPERATION = id('de-escalation-and-cooperation');
const FOUR = [BASELINE, ESCALATION, PUSH, COOPERATION];

/** "#D55E00" → "rgb(213, 94, 0)", as the page's computed styles say colours. */
const rgb = (hex: string) => `rgb(${[1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)).join(', ')})`;
const GREY = 'rgb(112, 112, 112)';

/** The page's DOM, typed for callbacks that run in the page (this file's types have no DOM). */
type Dom = any;

describe.skipIf(!runBrowserTests)('deliverables in the app, read back from Chromium', () => {
  let preview: Preview | undefined;
  let browser: Browser | undefined;
  let page: Page;
  let problems: string[] = [];
  const dir = mkdtempSync(join(tmpdir(), 'chokepoint-deliverables-e2e-'));

  const compareUrl = (reference: string, sectors?: string) =>
    `${preview!.url}#/compare?scenarios=${FOUR.join(',')}&reference=${reference}${sectors ? `&sectors=${sectors}` : ''}`;
  const legend = () => page.getByRole('list', { name: 'Scenarios and their line styles' }).first();
  /** The colour a list's swatch draws the named scenario in. */
  const swatch = (list: Locator, name: string) =>
    list
      .locator('li', { hasText: name })
      .first()
      .locator('line')
      .evaluate((line) => (globalThis as Dom).getComputedStyle(line).stroke as string);
  const openPresentation = async () => {
    await page.getByRole('button', { name: 'Present', exact: true }).click();
    await page.getByRole('button', { name: 'Start presentation' }).click();
    const deck = page.getByRole('dialog', { name: /^Presentation:/ });
    await deck.waitFor();
    return deck;
  };
  const leavePresentation = async (deck: Locator) => {
    await page.keyboard.press('Escape');
    await deck.waitFor({ state: 'detached' });
  };
  /** Colours of the lines an SVG chart on the slide draws. */
  const svgStrokes = (deck: Locator) =>
    deck
      .locator('.slide-chart svg')
      .first()
      .evaluate((svg) => {
        const strokes = new Set<string>();
        for (const path of (svg as Dom).querySelectorAll('path')) {
          const stroke = (globalThis as Dom).getComputedStyle(path).stroke as string;
          if (stroke && stroke !== 'none') strokes.add(stroke);
        }
        return [...strokes];
      });
  /**
   * How many opaque pixels of the canvases in `where` (the compare view's aggregate chart unless said)
   * are within 2 levels of `color`: what was drawn, not what was asked for.
   */
  const canvasPixels = (color: string, where: Locator = page.getByTestId('compare-aggregate-chart')) =>
    where.locator('canvas').evaluateAll((canvases: Dom[], wanted: number[]) => {
      let count = 0;
      for (const canvas of canvases) {
        const { data } = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height);
        for (let i = 0; i < data.length; i += 4) {
          if ([0, 1, 2].every((k) => Math.abs(data[i + k] - wanted[k]!) <= 2) && data[i + 3] === 255) count++;
        }
      }
      return count;
    }, color.match(/\d+/g)!.map(Number));

  beforeAll(async () => {
    browser = await launchChromium();
    preview = await startPreview();
    page = await browser.newPage({ viewport: { width: 1280, height: 720 }, acceptDownloads: true });
    problems = collectProblems(page);
    await page.goto(preview.url);
    await page.getByRole('heading', { name: 'Scenario library' }).waitFor();
    await dismissNamePrompt(page);
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await preview?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('opens a comparison from its URL and keeps it there, through a change and a reload', async () => {
    await page.goto(compareUrl(PUSH, 'IC,LITH'));
    await expect
      .poll(() => legend().textContent(), { timeout: 60_000 })
      .toBe('BaselineEscalationSelf-reliance push (reference)De-escalation and cooperation');
    // The sectors chosen for the slides came with it.
    await page.getByRole('button', { name: 'Present', exact: true }).click();
    const setup = page.getByRole('dialog', { name: 'Slides of this comparison' });
    const checked = () =>
      setup
        .getByRole('checkbox')
        .evaluateAll((boxes) =>
          boxes.filter((box) => (box as Dom).checked).map((box) => (box as Dom).parentElement.textContent),
        );
    expect(await checked()).toEqual(['Chips', 'Lithography']);
    await setup.getByRole('button', { name: 'Close' }).click();
    // Another reference: the address follows, and a reload shows the same comparison.
    await page
      .getByRole('group', { name: /^Reference/ })
      .getByRole('radio', { name: 'Escalation', exact: true })
      .check();
    await expect.poll(() => page.url()).toContain(`reference=${ESCALATION}`);
    expect(page.url()).toContain(`scenarios=${FOUR.join(',')}`);
    expect(page.url()).toContain('sectors=IC,LITH');
    await page.reload();
    await expect
      .poll(() => legend().textContent(), { timeout: 60_000 })
      .toBe('BaselineEscalation (reference)Self-reliance pushDe-escalation and cooperation');
    await page.getByRole('button', { name: 'Present', exact: true }).click();
    expect(await checked()).toEqual(['Chips', 'Lithography']);
    await setup.getByRole('button', { name: 'All sectors' }).click();
    await setup.getByRole('button', { name: 'Close' }).click();
    await expect.poll(() => page.url()).not.toContain('sectors=');
  });

  it('fits Compare with four scenarios at 1280 and 1920, with no serious accessibility problem', async () => {
    await page
      .getByRole('group', { name: /^Reference/ })
      .getByRole('radio', { name: 'Baseline', exact: true })
      .check();
    await page.waitForSelector('[data-banded="4/4"]', { timeout: 120_000 });
    const region = page.getByRole('region', { name: /^First year each sector reaches/ });
    const widths = () =>
      region.evaluate((element: Dom) => ({ scroll: element.scrollWidth, client: element.clientWidth }));
    const at1280 = await widths();
    expect(at1280.scroll).toBeLessThanOrEqual(at1280.client);
    // "Add a scenario" says all of what it shows: the text fits the box.
    const fits = await page.getByLabel('Add a scenario').evaluate((select: Dom) => {
      const style = (globalThis as Dom).getComputedStyle(select);
      const context = (globalThis as Dom).document.createElement('canvas').getContext('2d');
      context.font = style.font;
      const text = select.options[select.selectedIndex].text;
      const room = select.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight) - 16;
      return { text, width: context.measureText(text).width, room };
    });
    expect(fits.width, fits.text).toBeLessThanOrEqual(fits.room);
    await page.getByText('4 scenarios are compared (the most)').waitFor();
    await expectAccessible(page);
    await page.setViewportSize({ width: 1920, height: 1080 });
    await page.waitForTimeout(500);
    const at1920 = await widths();
    expect(at1920.scroll).toBeLessThanOrEqual(at1920.client);
    await expectAccessible(page);
  });

  it('shows every slide with text of 18 px or more at 1920×1080, one legend, and no title twice', async () => {
    const deck = await openPresentation();
    const slides = await deck.locator('.slide-count').textContent();
    const count = Number(/\/\s*(\d+)/.exec(slides ?? '')![1]);
    expect(count).toBe(17);
    const smallest: { slide: string; text: string; size: number }[] = [];
    for (let index = 0; index < count; index++) {
      const key = (await deck.locator('[data-slide]').getAttribute('data-slide-key'))!;
      if (!['title', 'targets'].includes(key)) await deck.locator('.slide-chart svg').first().waitFor();
      await page.waitForTimeout(300);
      const seen = (await deck.locator('.slide-stage').evaluate((stage: Dom) => {
        const win = globalThis as Dom;
        const scale = stage.getBoundingClientRect().width / stage.offsetWidth;
        const texts: { text: string; size: number; role: string }[] = [];
        const walker = win.document.createTreeWalker(stage, 4);
        while (walker.nextNode()) {
          const node = walker.currentNode;
          const text = node.textContent.trim();
          const element = node.parentElement;
          if (!text || element.closest('.visually-hidden')) continue;
          const box = element.getBoundingClientRect();
          if (box.width === 0 || box.height === 0) continue;
          // Drawn size: the font size through every transform above it (the slide's scale).
          const ctm = element instanceof win.SVGElement ? element.getScreenCTM() : null;
          const factor = ctm ? Math.hypot(ctm.b, ctm.d) : scale;
          const role = element.closest('svg') ? 'chart' : element.closest('h2') ? 'title' : 'text';
          texts.push({ text, size: parseFloat(win.getComputedStyle(element).fontSize) * factor, role });
        }
        return {
          texts,
          legends: stage.querySelectorAll('.compare-legend').length,
          figures: stage.querySelectorAll('.slide-figures').length,
        };
      })) as {
        texts: { text: string; size: number; role: string }[];
        legends: number;
        figures: number;
      };
      for (const { text, size } of seen.texts) if (size < 17.95) smallest.push({ slide: key, text, size });
      // One legend at most: the header's, or the overview's key figures; never the chart's own.
      expect(seen.legends + seen.figures, key).toBeLessThanOrEqual(1);
      const title = seen.texts.find((entry) => entry.role === 'title')!.text;
      const others = seen.texts.filter((entry) => entry.role !== 'title').map((entry) => entry.text);
      expect(others, `${key}: "${title}" said twice`).not.toContain(title);
      if (key === 'overview') {
        // The key figures name the scenarios; the chart does not draw a legend of its own.
        const chart = seen.texts.filter((entry) => entry.role === 'chart').map((entry) => entry.text);
        expect(chart).not.toContain('Escalation');
      }
      if (['title', 'overview', 'sector:IC', 'targets', 'why'].includes(key)) {
        const violations = await seriousViolations(page);
        expect(violations, `${key}: ${describeViolations(violations)}`).toEqual([]);
      }
      await page.keyboard.press('ArrowRight');
    }
    expect(smallest).toEqual([]);
    await leavePresentation(deck);
  });

  it('keeps the waterfall’s labels whole words on the slide at 1280×720', async () => {
    await page.setViewportSize({ width: 1280, height: 720 });
    await page.getByLabel('Explain').selectOption({ label: 'Self-reliance push' });
    const deck = await openPresentation();
    await page.keyboard.press('End');
    await expect.poll(() => deck.locator('[data-slide]').getAttribute('data-slide')).toBe('why');
    const svg = deck.locator('.slide-chart svg').first();
    await svg.waitFor();
    await expect.poll(() => svg.locator('text').count()).toBeGreaterThan(5);
    const words = waterfallWords();
    const lines = await svg.locator('text').allTextContents();
    const labelLines = lines.filter((line) => /^[A-Za-z&]/.test(line.trim()));
    expect(labelLines.length).toBeGreaterThan(3);
    for (const line of labelLines)
      for (const word of line.trim().split(/\s+/))
        expect(words.has(word), `"${word}" in "${line}"`).toBe(true);
    // Under the presentation at 1280 too: no serious accessibility problem, here and on the targets.
    await expectAccessible(page);
    await page.keyboard.press('PageUp');
    await page.keyboard.press('PageUp');
    await expect.poll(() => deck.locator('[data-slide]').getAttribute('data-slide')).toBe('targets');
    await expectAccessible(page);
    await leavePresentation(deck);
  });

  it('draws a scenario in its own colour in Compare, the slides and the editor, through a colour change, its file and a reload', async () => {
    const vermillion = rgb(SCENARIO_IDENTITIES.vermillion.light);
    const ochre = rgb(SCENARIO_IDENTITIES.ochre.light);
    // Compare: the legend's swatch and the lines on the canvas; the Baseline grey, not a slot by position.
    expect(await swatch(legend(), 'Escalation')).toBe(vermillion);
    expect(await swatch(legend(), 'Baseline')).toBe(GREY);
    expect(await swatch(legend(), 'Self-reliance push')).toBe(rgb(SCENARIO_IDENTITIES.blue.light));
    await page.getByTestId('compare-aggregate-chart').scrollIntoViewIfNeeded();
    await expect.poll(() => canvasPixels(vermillion)).toBeGreaterThan(40);
    expect(await canvasPixels(GREY)).toBeGreaterThan(40);
    expect(await canvasPixels(ochre)).toBe(0);
    // The slides: the key figures' swatch and the chart's SVG lines.
    let deck = await openPresentation();
    await page.keyboard.press('ArrowRight');
    await deck.locator('.slide-chart svg').first().waitFor();
    expect(await swatch(deck.locator('.slide-figures'), 'Escalation')).toBe(vermillion);
    await expect.poll(() => svgStrokes(deck)).toContain(vermillion);
    expect(await svgStrokes(deck)).toContain(GREY);
    await leavePresentation(deck);

    // The editor: the same colour, then another chosen and saved with the scenario.
    const editorStroke = async () => {
      await page.locator('[data-bands="500/500"]').waitFor({ timeout: 60_000 });
      return page
        .getByRole('group', { name: 'Colour and line' })
        .locator('label:has(input:checked) line')
        .evaluate((line) => (globalThis as Dom).getComputedStyle(line).stroke as string);
    };
    await page.goto(`${preview!.url}#/editor/${ESCALATION}`);
    // The editor's charts (a base canvas and a live one each) draw its lines in the same colour.
    const editorCharts = page.locator('.chart-layers').first();
    expect(await editorStroke()).toBe(vermillion);
    await expect.poll(() => canvasPixels(vermillion, editorCharts)).toBeGreaterThan(40);
    await page.getByRole('radio', { name: 'Ochre, long dash and two dots' }).check();
    await page.locator('[data-save-state="saved"]').waitFor();
    expect(await editorStroke()).toBe(ochre);
    await expect.poll(() => canvasPixels(ochre, editorCharts)).toBeGreaterThan(40);
    expect(await canvasPixels(vermillion, editorCharts)).toBe(0);

    // Its file carries the colour: exported, deleted for good, imported again.
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Library' }).click();
    await page.getByRole('checkbox', { name: 'Select Escalation' }).check();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Export 1 scenario' }).click(),
    ]);
    const text = readFileSync((await download.path())!, 'utf8');
    expect(text).toContain('"display": { "identity": "ochre" }');
    await page.getByRole('button', { name: 'Move 1 to trash' }).click();
    await page.locator('.trash summary').click();
    await page.getByRole('button', { name: 'Empty the trash' }).click();
    await page.getByRole('link', { name: 'Escalation', exact: true }).waitFor({ state: 'detached' });
    await page.getByTestId('import-file-input').setInputFiles({
      name: 'escalation.chokepoint',
      mimeType: 'application/json',
      buffer: Buffer.from(text),
    });
    await page.getByRole('link', { name: 'Escalation', exact: true }).waitFor();

    // Compare, reloaded from its address: ochre in the legend, on the canvas and on the slides.
    await page.goto(compareUrl(BASELINE));
    await page.reload();
    await page.waitForSelector('[data-banded="4/4"]', { timeout: 120_000 });
    expect(await swatch(legend(), 'Escalation')).toBe(ochre);
    await page.getByTestId('compare-aggregate-chart').scrollIntoViewIfNeeded();
    await expect.poll(() => canvasPixels(ochre)).toBeGreaterThan(40);
    expect(await canvasPixels(vermillion)).toBe(0);
    deck = await openPresentation();
    await page.keyboard.press('ArrowRight');
    await deck.locator('.slide-chart svg').first().waitFor();
    await expect.poll(() => svgStrokes(deck)).toContain(ochre);
    expect(await svgStrokes(deck)).not.toContain(vermillion);
    await leavePresentation(deck);
    await page.goto(`${preview!.url}#/editor/${ESCALATION}`);
    await page.reload();
    expect(await editorStroke()).toBe(ochre);
    await expect.poll(() => canvasPixels(ochre, page.locator('.chart-layers').first())).toBeGreaterThan(40);
  });

  it('refuses a rename onto a name another scenario has, and says the rule', async () => {
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Library' }).click();
    await page.getByRole('checkbox', { name: 'Select Escalation' }).check();
    await page.getByRole('button', { name: 'Rename…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Rename “Escalation”' });
    await dialog.getByLabel('New name').fill('baseline');
    await dialog.getByText('Another scenario is already called “baseline”. Choose another name.').waitFor();
    expect(await dialog.getByRole('button', { name: 'Rename' }).isDisabled()).toBe(true);
    await dialog.getByText(/Names are unique in the library/).waitFor();
    await expectAccessible(page);
    await dialog.getByLabel('New name').fill('Escalation, 2026 review');
    await dialog.getByRole('button', { name: 'Rename' }).click();
    await page.getByRole('link', { name: 'Escalation, 2026 review', exact: true }).waitFor();
    expect(await page.getByRole('link', { name: 'Baseline', exact: true }).count()).toBe(1);
  });

  it('raised no page errors and no content security policy violations', () => {
    expect(problems).toEqual([]);
  });
});
