import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import JSZip from 'jszip';
import PptxGenJS from 'pptxgenjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../cli/main';
import { getCatalogue, getPreset } from '../../shared/catalogue';
import { observedHistory } from '../../shared/catalogue/observed-history';
import { IDENTITY_SLOTS, WATERFALL_COLORS, ownSlot, viewSlots } from '../../shared/charts';
import { buildComparison, runComparison } from '../../shared/compare';
import { buildDeck } from '../../shared/deck/build-deck';
import { slidePlan } from '../../shared/deck/slide-plan';
import type { Scenario } from '../../shared/domain/scenario';
import { MODEL_VERSION } from '../../shared/engine/model-version';
import { serializeScenarioFile } from '../../shared/file-format';
import { memoryIo } from '../support/memory-io';
import { fileTempFolder } from '../store/temp-folder';
import { officeChecks, officePdf } from '../support/office';
import type { XmlElement } from '../support/xml';
import { children, elements, parseXml, val } from '../support/xml';

/**
 * The PowerPoint deck of `chokepoint report --format pptx`, unzipped and read as XML: native charts
 * whose legends list the scenarios and nothing else (P10/P90 edges and the waterfall's helpers are
 * drawn but their entries deleted), each scenario in its identity colour, years every five and level,
 * the waterfall's bars labelled in colours outside the palette, costs on three scales, targets with
 * their probabilities, speaker notes with the slide's figures and the source line on every slide;
 * then converted by LibreOffice, whose rendering is read back.
 */
const dir = fileTempFolder('chokepoint-deck-');
const catalogue = getCatalogue('default-2025')!;
const meta = { exportedAt: '2026-11-28T00:00:00.000Z', appVersion: '0.1.0', modelVersion: MODEL_VERSION };
const push: Scenario = { ...getPreset('self-reliance-push')!, name: 'Push =cmd <b>&</b>' };
const scenarios: Scenario[] = [
  getPreset('baseline')!,
  push,
  getPreset('escalation')!,
  { ...getPreset('push-under-escalation')!, id: 'zh', name: '自主可控推进' },
];
const NAMES = scenarios.map((scenario) => scenario.name);
writeFileSync(join(dir, 'four.chokepoint'), serializeScenarioFile(scenarios, meta));

interface Chart {
  readonly xml: ReturnType<typeof parseXml>;
  /** Series by `c:idx`: name and the colour of its line or fill. */
  readonly series: { idx: number; name: string; color: string | null; values: number[] }[];
  /** Names of the series with a visible legend entry ([] without a legend). */
  readonly legend: string[];
}

interface Deck {
  slides: { xml: string; text: string; charts: Chart[]; notes: string }[];
}

function readChart(xml: string): Chart {
  const doc = parseXml(xml);
  const series = elements(doc, 'c:ser').map((ser) => {
    const spPr = children(ser, 'c:spPr')[0];
    const line = spPr && elements(spPr, 'a:ln')[0];
    const fill = spPr && children(spPr, 'a:solidFill')[0];
    const color = (line && val(line, 'a:srgbClr')) ?? (fill && val(fill, 'a:srgbClr')) ?? null;
    return {
      idx: Number(val(ser, 'c:idx')),
      name: elements(children(ser, 'c:tx')[0]!, 'c:v')[0]!.textContent ?? '',
      color,
      values: (children(ser, 'c:val')[0] ? elements(children(ser, 'c:val')[0]!, 'c:v') : []).map((v) =>
        Number(v.textContent),
      ),
    };
  });
  const legend = elements(doc, 'c:legend')[0];
  const deleted = new Set(
    legend
      ? elements(legend, 'c:legendEntry')
          .filter((entry) => val(entry, 'c:delete') === '1')
          .map((entry) => Number(val(entry, 'c:idx')))
      : [],
  );
  return {
    xml: doc,
    series,
    legend: legend ? series.filter((s) => !deleted.has(s.idx)).map((s) => s.name) : [],
  };
}

const texts = (xml: string) =>
  elements(parseXml(xml), 'a:t')
    .map((t: XmlElement) => t.textContent ?? '')
    .join(' ');

async function readDeck(bytes: Uint8Array): Promise<Deck> {
  const zip = await JSZip.loadAsync(bytes);
  const number = (name: string) => Number(/(\d+)\.xml/.exec(name)![1]);
  const slideNames = Object.keys(zip.files)
    .filter((name) => /^ppt\/slides\/slide\d+\.xml$/.test(name))
    .sort((a, b) => number(a) - number(b));
  const slides = [];
  for (const name of slideNames) {
    const xml = await zip.file(name)!.async('string');
    const rels = await zip
      .file(name.replace('slides/', 'slides/_rels/').replace('.xml', '.xml.rels'))!
      .async('string');
    const relations = elements(parseXml(rels), 'Relationship').map((r) => r.getAttribute('Target')!);
    const charts = [];
    for (const target of relations.filter((t) => /charts\/chart\d+\.xml$/.test(t)))
      charts.push(
        readChart(await zip.file(`ppt/charts/${/chart\d+\.xml/.exec(target)![0]}`)!.async('string')),
      );
    const notesTarget = relations.find((t) => /notesSlide\d+\.xml$/.test(t))!;
    const notes = texts(
      await zip.file(`ppt/notesSlides/${/notesSlide\d+\.xml/.exec(notesTarget)![0]}`)!.async('string'),
    );
    slides.push({ xml, text: texts(xml), charts, notes });
  }
  return { slides };
}

let english: Deck;
let chinese: Deck;
let englishBytes: Uint8Array;
beforeAll(async () => {
  for (const [lang, out] of [
    ['en', 'deck.pptx'],
    ['zh-CN', 'deck-zh.pptx'],
  ] as const) {
    const io = memoryIo(dir);
    const code = await runCli(
      ['report', 'four.chokepoint', '--format', 'pptx', '--out', out, '--mc', '8', '--lang', lang],
      io,
    );
    expect(code, io.err()).toBe(0);
  }
  englishBytes = readFileSync(join(dir, 'deck.pptx'));
  english = await readDeck(englishBytes);
  chinese = await readDeck(readFileSync(join(dir, 'deck-zh.pptx')));
}, 120_000);

describe('PowerPoint deck', () => {
  it('has the slides of presentation mode: title, overview, eleven sectors, chokepoints, targets, costs, why', () => {
    expect(english.slides).toHaveLength(17);
    const chartCounts = english.slides.map((slide) => slide.charts.length);
    // Title and targets: no chart; a sector slide: self-reliance and capability; costs: one per kind.
    expect(chartCounts).toEqual([0, 1, ...Array.from({ length: 11 }, () => 2), 1, 0, 3, 1]);
    expect(english.slides[2]!.text).toContain('Chips');
    expect(english.slides[14]!.xml).toContain('<a:tbl>');
  });

  it('lists the scenarios in each legend, and the observed record: at most N+2 entries, no P10, P90 or helper', () => {
    for (const [s, slide] of english.slides.entries()) {
      // One legend per slide at most (a sector slide's second chart lines up without one).
      expect(
        slide.charts.filter((chart) => chart.legend.length).length,
        `slide ${s + 1}`,
      ).toBeLessThanOrEqual(1);
      for (const chart of slide.charts) {
        expect(chart.legend.length).toBeLessThanOrEqual(NAMES.length + 2);
        // Besides the scenarios, a line chart's legend names the observed record and nothing else.
        if (s < 14)
          expect(chart.legend.filter((name) => !NAMES.some((n) => name.startsWith(n)))).toEqual(
            chart.legend.includes('Observed') ? ['Observed'] : [],
          );
        for (const name of chart.legend) expect(name).not.toMatch(/P10|P90|base|labels/);
      }
    }
    const [overview] = english.slides[1]!.charts;
    expect(overview!.legend).toEqual([`${NAMES[0]} (reference)`, ...NAMES.slice(1)]);
    // The bands are still drawn: each scenario's P10 and P90 are series of their own.
    for (const name of NAMES) {
      expect(overview!.series.map((s) => s.name)).toContain(`${name} P10`);
      expect(overview!.series.map((s) => s.name)).toContain(`${name} P90`);
    }
    const [why] = english.slides[16]!.charts;
    // The totals, and a key for each direction a bar takes: none for a direction no bar takes.
    const takes = (name: string) => why!.series.find((s) => s.name === name)!.values.some((v) => v > 0);
    expect(why!.legend).toEqual([
      'Scenario totals',
      ...(['Raises', 'Lowers'] as const).filter((name) => takes(name)),
    ]);
    expect(why!.legend).toContain('Raises');
  });

  it('draws every scenario in its identity colour, and the waterfall in colours outside the palette', () => {
    const hex = (color: string) => color.slice(1).toUpperCase();
    // Each scenario's own slot (the Baseline grey), as every view assigns them.
    const slots = viewSlots(scenarios.map((scenario) => ({ id: scenario.id, own: ownSlot(scenario) })));
    for (const slide of english.slides)
      for (const chart of slide.charts)
        for (const series of chart.series) {
          const scenario = NAMES.findIndex((name) => series.name.startsWith(name));
          if (scenario >= 0)
            expect(series.color, series.name).toBe(
              hex(IDENTITY_SLOTS[slots[scenarios[scenario]!.id]!.slot]!.light),
            );
        }
    const [why] = english.slides[16]!.charts;
    const colorOf = (name: string) => why!.series.find((s) => s.name === name)!.color;
    expect(colorOf('Raises')).toBe(hex(WATERFALL_COLORS.light.rise));
    expect(colorOf('Lowers')).toBe(hex(WATERFALL_COLORS.light.fall));
    const palette = IDENTITY_SLOTS.map((slot) => hex(slot.light));
    expect(palette).not.toContain(colorOf('Raises'));
    expect(palette).not.toContain(colorOf('Lowers'));
  });

  it('labels the years every five, level, and each waterfall bar with its value', () => {
    const [overview] = english.slides[1]!.charts;
    const catAx = elements(overview!.xml, 'c:catAx')[0]!;
    expect(val(catAx, 'c:tickLblSkip')).toBe('5');
    expect(Math.abs(Number(elements(catAx, 'a:bodyPr')[0]!.getAttribute('rot')))).toBeLessThan(60000);
    const labels = elements(elements(overview!.xml, 'c:cat')[0]!, 'c:v').map((v) => v.textContent);
    expect(labels.filter(Boolean)).toEqual(['2025', '2030', '2035', '2040']);
    const [why] = english.slides[16]!.charts;
    const pointLabels = elements(why!.xml, 'c:dLbl').map((label) =>
      elements(label, 'a:t')
        .map((t) => t.textContent)
        .join(''),
    );
    expect(pointLabels.length).toBeGreaterThanOrEqual(3);
    expect(pointLabels.some((label) => /^\+\d+\.\d pp$/.test(label))).toBe(true);
    expect(pointLabels.filter((label) => /%$/.test(label))).toHaveLength(2);
  });

  it('draws the observed record before 2025 as grey points with one "Observed" legend entry', () => {
    const observed = observedHistory('S', 'IC', 2025);
    expect(observed.length).toBeGreaterThan(1);
    const [chipsS, chipsC] = english.slides[2]!.charts;
    // Scenarios, then "Observed": at most N+2 visible entries (N scenarios, a band key, the record).
    expect(chipsS!.legend).toEqual([`${NAMES[0]} (reference)`, ...NAMES.slice(1), 'Observed']);
    expect(chipsS!.legend.length).toBeLessThanOrEqual(NAMES.length + 2);
    const series = elements(chipsS!.xml, 'c:ser');
    const record = series.find(
      (ser) => elements(children(ser, 'c:tx')[0]!, 'c:v')[0]!.textContent === 'Observed',
    )!;
    // Points only, in neutral grey: no line, a circle marker, a colour outside the scenarios' palette.
    expect(elements(children(record, 'c:spPr')[0]!, 'a:noFill')).toHaveLength(1);
    expect(val(children(record, 'c:marker')[0]!, 'c:symbol')).toBe('circle');
    expect(IDENTITY_SLOTS.map((slot) => slot.light.slice(1).toUpperCase())).not.toContain(
      val(children(record, 'c:spPr')[0]!, 'a:srgbClr'),
    );
    // The categories start at 2015 (years still labelled every five: 2015, 2020, 2025…); the record's
    // values are the observations, at their years; the scenarios have no value before 2025.
    const years = elements(elements(chipsS!.xml, 'c:cat')[0]!, 'c:pt').map((pt) =>
      Number(pt.getAttribute('idx')),
    );
    const labels = elements(elements(chipsS!.xml, 'c:cat')[0]!, 'c:v').map((v) => v.textContent);
    expect(labels.filter(Boolean).slice(0, 3)).toEqual(['2015', '2020', '2025']);
    expect(years).toContain(10);
    const points = (ser: XmlElement) =>
      elements(elements(ser, 'c:val')[0]!, 'c:pt').map((pt) => ({
        idx: Number(pt.getAttribute('idx')),
        value: Number(elements(pt, 'c:v')[0]!.textContent),
      }));
    expect(points(record)).toEqual(observed.map((point) => ({ idx: point.year - 2015, value: point.value })));
    for (const ser of series.filter((other) => other !== record))
      expect(Math.min(...points(ser).map((point) => point.idx)), 'a scenario before 2025').toBe(10);
    // Capability has no observed record; the slide's note and the notes say what the points are.
    expect(chipsC!.series.map((s) => s.name)).not.toContain('Observed');
    expect(english.slides[2]!.text).toContain('Grey points: observed values before 2025');
    expect(english.slides[2]!.notes).toMatch(
      /Observed before 2025: 2018: 15\.3% \(IC Insights[^)]*, [HML]\)/,
    );
    expect(chinese.slides[2]!.charts[0]!.legend.at(-1)).toBe('观测值');
    expect(chinese.slides[2]!.notes).toContain('2025 年以前的观测值');
    // The open chokepoints of 2018; a sector never observed says so.
    const [chokepoints] = english.slides[13]!.charts;
    expect(chokepoints!.legend.at(-1)).toBe('Observed');
    const unobserved = english.slides.findIndex(
      (slide, i) => i >= 2 && i < 13 && !slide.charts[0]!.legend.includes('Observed'),
    );
    if (unobserved >= 0)
      expect(english.slides[unobserved]!.text).toContain('Nothing was observed before 2025');
  });

  it('shows the targets with the share of draws that reach them', () => {
    const targets = english.slides[14]!;
    expect(targets.text).toMatch(/20\d\d \(\d+%\)/);
    expect(targets.text).toContain('share of 8 draws');
  });

  it('puts the source line and speaker notes with the slide’s figures on every slide, in its language', () => {
    for (const slide of english.slides) {
      expect(slide.text).toMatch(
        /Source: Chokepoint Planner [\d.]+, model v\d+, 8 draws, seed \d+, \d{4}-\d\d-\d\d/,
      );
      expect(slide.notes).toMatch(/Source: Chokepoint Planner .*8 draws/);
    }
    expect(english.slides[1]!.notes).toMatch(
      /Aggregate self-reliance in 2040: Baseline \d+% \(P10–P90 \d+%–\d+%\)/,
    );
    expect(english.slides[2]!.notes).toContain('Chips in 2040');
    expect(english.slides[15]!.notes).toMatch(/fiscal \d/);
    expect(english.slides[16]!.notes).toMatch(/Largest contributions: .*pp/);
    for (const slide of chinese.slides) {
      expect(slide.text).toMatch(/来源：卡脖子技术规划器 .*8 次抽样/);
      expect(slide.notes).toMatch(/来源：/);
    }
    expect(chinese.slides[2]!.text).toContain('芯片');
    expect(chinese.slides[1]!.notes).toContain('2040 年总体自给率');
  });

  it('names the app as its author in the deck’s language', async () => {
    // Its properties part alone: no other part (nor any chart's workbook) needs unzipping.
    const author = async (bytes: Uint8Array) =>
      /<dc:creator>([^<]*)<\/dc:creator>/.exec(
        await (await JSZip.loadAsync(bytes)).file('docProps/core.xml')!.async('string'),
      )?.[1];
    expect(await author(englishBytes)).toBe('Chokepoint Planner');
    expect(await author(readFileSync(join(dir, 'deck-zh.pptx')))).toBe('卡脖子技术规划器');
  });

  it('makes slides for the chosen sectors only', async () => {
    const outcomes = runComparison(scenarios.slice(0, 2), catalogue, { referenceId: scenarios[0]!.id });
    if (!outcomes.ok) throw new Error('runs failed');
    const model = buildComparison(outcomes.value, catalogue, {
      referenceId: scenarios[0]!.id,
      discountRate: 0.03,
    });
    const bytes = await buildDeck(
      {
        language: 'en',
        catalogue,
        model,
        title: '',
        waterfall: null,
        provenance: {
          appVersion: '0.1.0',
          modelVersion: MODEL_VERSION,
          draws: null,
          seed: null,
          date: '2026-12-07',
        },
        slides: slidePlan(model.trajectories.sectorIds),
        sectors: ['LITH', 'IC'],
      },
      () => new PptxGenJS(),
      (zip) => JSZip.loadAsync(zip),
    );
    const deck = await readDeck(bytes);
    expect(deck.slides.map((slide) => slide.charts.length)).toEqual([0, 1, 2, 2, 1, 0, 3, 0]);
    expect(deck.slides[2]!.text).toContain('Chips');
    expect(deck.slides[3]!.text).toContain('Lithography');
    // Without bands: no band note, and the source line says so.
    expect(deck.slides[1]!.text).not.toContain('P10');
    expect(deck.slides[1]!.text).toContain('deterministic runs');
  });
});

describe.skipIf(!officeChecks('the deck’s conversion'))('the deck in LibreOffice', () => {
  it('converts every slide, and the rendered legends name no P10 or P90', () => {
    const { pdf, pages } = officePdf(join(dir, 'deck.pptx'), dir, 'libreoffice-impress');
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    if (!pages) return;
    expect(pages).toHaveLength(17);
    expect(pages[1]).toContain('Baseline (reference)');
    // The series exist (the band edges are drawn), but no legend names them.
    for (const page of pages.slice(1, 14))
      for (const name of ['Baseline', 'Escalation']) expect(page).not.toMatch(new RegExp(`${name} P[19]0`));
    expect(pages[16]).toMatch(/\+\d+\.\d pp/);
  }, 150_000);
});
