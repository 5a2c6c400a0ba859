import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import JSZip from 'jszip';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../cli/main';
import { getPreset } from '../../shared/catalogue';
import type { Scenario } from '../../shared/domain/scenario';
import { MODEL_VERSION } from '../../shared/engine/model-version';
import { serializeScenarioFile } from '../../shared/file-format';
import { memoryIo } from '../support/memory-io';
import { fileTempFolder } from '../store/temp-folder';

/**
 * The PowerPoint deck of `chokepoint report --format pptx`: unzipped, every chart slide holds native
 * chart parts whose series are the scenarios (not pictures), and every slide carries the source line.
 */
const dir = fileTempFolder('chokepoint-deck-');
const meta = { exportedAt: '2026-11-28T00:00:00.000Z', appVersion: '0.1.0', modelVersion: MODEL_VERSION };
const push: Scenario = { ...getPreset('self-reliance-push')!, name: 'Push =cmd <b>&</b>' };
const scenarios: Scenario[] = [
  getPreset('baseline')!,
  push,
  getPreset('escalation')!,
  {
    ...getPreset('escalation')!,
    id: 'zh',
    name: '自主可控推进',
  },
];
writeFileSync(join(dir, 'four.chokepoint'), serializeScenarioFile(scenarios, meta));

interface Deck {
  slides: { xml: string; charts: string[] }[];
}

async function readDeck(file: string): Promise<Deck> {
  const zip = await JSZip.loadAsync(readFileSync(file));
  const slideNames = Object.keys(zip.files)
    .filter((name) => /^ppt\/slides\/slide\d+\.xml$/.test(name))
    .sort((a, b) => Number(/\d+/.exec(a)![0]) - Number(/\d+/.exec(b)![0]));
  const slides = [];
  for (const name of slideNames) {
    const xml = await zip.file(name)!.async('string');
    const rels = await zip
      .file(name.replace('slides/', 'slides/_rels/').replace('.xml', '.xml.rels'))!
      .async('string');
    const targets = [...rels.matchAll(/Target="(?:\.\.|\/ppt)\/charts\/(chart\d+\.xml)"/g)].map((m) => m[1]!);
    const charts = [];
    for (const target of targets) charts.push(await zip.file(`ppt/charts/${target}`)!.async('string'));
    slides.push({ xml, charts });
  }
  return { slides };
}

/** The series names of a chart part (`<c:ser><c:tx>…<c:v>NAME</c:v>`). */
const seriesNames = (chart: string) =>
  [...chart.matchAll(/<c:ser>[\s\S]*?<c:tx>[\s\S]*?<c:v>([^<]*)<\/c:v>/g)].map((m) =>
    m[1]!.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&'),
  );
const unescape = (xml: string) => xml.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');

let english: Deck;
let chinese: Deck;
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
  english = await readDeck(join(dir, 'deck.pptx'));
  chinese = await readDeck(join(dir, 'deck-zh.pptx'));
}, 120_000);

describe('PowerPoint deck', () => {
  it('has the slides of presentation mode: title, overview, eleven sectors, chokepoints, targets, costs, why', () => {
    expect(english.slides).toHaveLength(17);
    const chartCounts = english.slides.map((slide) => slide.charts.length);
    // Title and targets: no chart; a sector slide: self-reliance and capability; the others: one chart.
    expect(chartCounts).toEqual([0, 1, ...Array.from({ length: 11 }, () => 2), 1, 0, 1, 1]);
    expect(unescape(english.slides[2]!.xml)).toContain('Chips');
    expect(english.slides[14]!.xml).toContain('<a:tbl>');
  });

  it('draws native charts whose series are the scenarios (P10/P90 their own series), in their colours', () => {
    const names = scenarios.map((scenario) => scenario.name);
    const [overview] = english.slides[1]!.charts;
    expect(overview).toContain('<c:lineChart>');
    const series = seriesNames(overview!);
    for (const name of names) {
      expect(series).toContain(name);
      expect(series).toContain(`${name} P10`);
      expect(series).toContain(`${name} P90`);
    }
    // Identity colours (light palette) in order, and the dashes backing them up.
    for (const color of ['0072B2', 'D55E00', '009E73', 'CC79A7'])
      expect(overview).toContain(`val="${color}"`);
    expect(overview).toContain('<a:prstDash val="dash"/>');
    // The waterfall: bars from zero.
    const [why] = english.slides[16]!.charts;
    expect(why).toContain('<c:barChart>');
    expect(why).toMatch(/<c:min val="0"\/>/);
    for (const slide of english.slides.filter((s) => s.charts.length))
      for (const chart of slide.charts) expect(chart).not.toContain('<p:pic');
  });

  it('puts the source line on every slide, in the deck’s language', () => {
    for (const slide of english.slides)
      expect(unescape(slide.xml)).toMatch(
        /Source: Chokepoint Planner [\d.]+, model v\d+, 8 draws, seed \d+, \d{4}-\d\d-\d\d/,
      );
    for (const slide of chinese.slides)
      expect(unescape(slide.xml)).toMatch(/来源：Chokepoint Planner .*8 次抽样/);
    expect(unescape(chinese.slides[2]!.xml)).toContain('芯片');
  });

  it('converts to PDF with LibreOffice where it is installed', () => {
    const soffice = ['/usr/bin/soffice', '/usr/bin/libreoffice'].find((path) => existsSync(path));
    if (!soffice) {
      console.warn('LibreOffice (soffice) is not installed: the deck’s PDF conversion is not checked here.');
      return;
    }
    const result = spawnSync(
      soffice,
      ['--headless', '--convert-to', 'pdf', '--outdir', dir, join(dir, 'deck.pptx')],
      {
        timeout: 120_000,
        encoding: 'utf8',
      },
    );
    expect(result.status, result.stderr).toBe(0);
    expect(readFileSync(join(dir, 'deck.pdf')).subarray(0, 5).toString()).toBe('%PDF-');
  }, 150_000);
});
