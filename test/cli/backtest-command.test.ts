import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { backtestCommand } from '../../cli/commands/backtest';
import { UsageError } from '../../cli/parse-options';
import { memoryIo } from '../support/memory-io';

/** jsdom's strict XML parser (jsdom ships no type declarations: the little used here, typed by hand). */
interface XmlDocument {
  getElementsByTagName(name: string): ArrayLike<{ textContent: string | null }>;
}
const { JSDOM } = createRequire(import.meta.url)('jsdom') as {
  JSDOM: new (html: string) => {
    window: { DOMParser: new () => { parseFromString(xml: string, type: string): XmlDocument } };
  };
};
const xmlParser = new new JSDOM('').window.DOMParser();

// The command is called directly: cli/main.ts maps a thrown UsageError to exit code 2.
describe('chokepoint backtest', () => {
  it('prints the table of compared observations and the summary', async () => {
    const io = memoryIo(process.cwd());
    expect(await backtestCommand([], io)).toBe(0);
    const text = io.out();
    expect(text).toMatch(/^Backtest 2018 → 2024/);
    expect(text).toMatch(/^SME {3}2023 +35\.0 % +30\.0 % +−5\.0$/m);
    expect(text).toMatch(/^ROB {3}2024 +58\.5 % +49\.9 % +−8\.6$/m);
    expect(text).toContain('ROB 2015 (before the base year)');
    expect(text).toContain('All: mean absolute error 4.96 points over 12 observations');
    expect(text).toContain('IC, SME, ROB: mean absolute error 2.40 points over 8 observations');
    // In sample (to 2021) and out of sample (2022–2024), each with its own table and summary.
    const inSample = text.indexOf('In sample (to 2021');
    const outOfSample = text.indexOf('Out of sample (after 2021');
    expect(inSample).toBeGreaterThan(0);
    expect(outOfSample).toBeGreaterThan(inSample);
    expect(text.indexOf('SME   2021')).toBeLessThan(outOfSample);
    expect(text.indexOf('SME   2023')).toBeGreaterThan(outOfSample);
    expect(text).toContain('In sample, all: mean absolute error 2.23 points over 7 observations');
    expect(text).toContain('Out of sample, all: mean absolute error 8.78 points over 5 observations');
    expect(text).toContain(
      'Out of sample, IC, SME, ROB: mean absolute error 5.86 points over 3 observations',
    );
    // The split by sector beside the split by time.
    expect(text).toMatch(/^SME {5}muM 0 +3\.23 over 2$/m);
    expect(text).toContain('Held out, all: mean absolute error 5.08 points over 12 observations');
    expect(text).toContain('Held out, IC, SME, ROB: mean absolute error 2.58 points over 8 observations');
    expect(text).not.toContain('Calibration grid');
    expect(io.err()).toBe('');
  });

  it('adds P10–P90 bands and the coverage with --mc, reproducibly from --seed', async () => {
    const first = memoryIo(process.cwd());
    const second = memoryIo(process.cwd());
    expect(await backtestCommand(['--mc', '50', '--seed', '3'], first)).toBe(0);
    expect(await backtestCommand(['--mc', '50', '--seed', '3'], second)).toBe(0);
    expect(first.out()).toBe(second.out());
    expect(first.out()).toMatch(/inside P10–P90/);
    expect(first.out()).toContain('Bands from 50 Monte Carlo draws, seed 3.');
  });

  it('writes JSON with --json: rows, summary and, with --grid, the grid', async () => {
    const io = memoryIo(process.cwd());
    expect(await backtestCommand(['--json', '--grid', '--points', '3', '--mc', '20'], io)).toBe(0);
    const json = JSON.parse(io.out());
    expect(json).toMatchObject({
      modelVersion: 2,
      lastFittedYear: 2021,
      baseYear: 2018,
      summary: {
        draws: 20,
        all: { compared: 12 },
        core: { compared: 8 },
        inSample: { all: { compared: 7 }, core: { compared: 5 } },
        outOfSample: { all: { compared: 5 }, core: { compared: 3 } },
      },
    });
    const sme = json.rows.find(
      (row: { sector: string; year: number }) => row.sector === 'SME' && row.year === 2023,
    );
    expect(sme).toMatchObject({
      observed: 0.35,
      sample: 'out',
      role: 'compared',
      confidence: 'L',
      band: { p10: expect.any(Number) },
    });
    expect(sme.error).toBeCloseTo(-4.97, 1);
    // Both out-of-sample tests: the split by time and the split by sector.
    expect(json.timeSplit).toMatchObject({
      lastFittedYear: 2021,
      fitted: ['muM'],
      outOfSample: { all: { compared: 5 } },
    });
    expect(json.leaveOneSectorOut.sectors.map((s: { sector: string }) => s.sector)).toEqual([
      'IC',
      'SME',
      'ROB',
      'LITH',
      'AMAT',
    ]);
    expect(json.leaveOneSectorOut.sectors[1]).toMatchObject({ sector: 'SME', fitted: { muM: 0 } });
    expect(json.leaveOneSectorOut.summary.all).toMatchObject({ compared: 12, mae: expect.closeTo(5.08, 1) });
    expect(json.grid.lines.map((line: { key: string }) => line.key)).toEqual([
      'kappaCat',
      'lambdaSec',
      'sPsi',
    ]);
    expect(json.grid.lines[1].points.map((point: { value: number }) => point.value)).toEqual([1, 3, 5]);
  });

  it('runs model version 1 with --model 1, for the before/after comparison', async () => {
    const io = memoryIo(process.cwd());
    expect(await backtestCommand(['--model', '1'], io)).toBe(0);
    expect(io.out()).toContain('(model version 1)');
    expect(io.out()).toMatch(/^SME {3}2023 +35\.0 % +23\.3 % +−11\.7$/m);
    expect(io.out()).toContain('All: mean absolute error 6.04 points over 12 observations');
    await expect(backtestCommand(['--model', '0'], io)).rejects.toBeInstanceOf(UsageError);
  });

  it('prints the calibration grid with --grid', async () => {
    const io = memoryIo(process.cwd());
    expect(await backtestCommand(['--grid'], io)).toBe(0);
    expect(io.out()).toContain('Calibration grid');
    expect(io.out()).toMatch(/^lambdaSec \(default 3, Monte Carlo range 1–5\)$/m);
  });

  it('writes the chart of the Model page as SVG with --format svg, in English or Chinese', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'backtest-svg-'));
    try {
      for (const [lang, chips, observed] of [
        ['en', 'Chips', 'Observed, out of sample (after 2021)'],
        ['zh-CN', '芯片', '观测值，样本外（2021 年以后）'],
      ] as const) {
        const io = memoryIo(dir);
        const file = `backtest-${lang}.svg`;
        expect(
          await backtestCommand(['--format', 'svg', '--out', file, '--mc', '20', '--lang', lang], io),
        ).toBe(0);
        const svg = readFileSync(join(dir, file), 'utf8');
        const doc = xmlParser.parseFromString(svg, 'application/xml');
        expect(doc.getElementsByTagName('parsererror')).toHaveLength(0);
        const texts = Array.from(doc.getElementsByTagName('text'), (node) => node.textContent ?? '');
        expect(texts).toContain(chips);
        expect(texts).toContain(observed);
        expect(texts).toContain('2018');
        // Five observed sectors: five panels, each with its own pair of year labels.
        expect(texts.filter((text) => text === '2024')).toHaveLength(5);
        expect(io.out()).toBe('');
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('refuses PNG on the command line, and SVG without a file, with the reason', async () => {
    const io = memoryIo(process.cwd());
    await expect(backtestCommand(['--format', 'png', '--out', 'x.png'], io)).rejects.toThrow(/--format svg/);
    await expect(backtestCommand(['--format', 'svg'], io)).rejects.toThrow(/needs --out PATH/);
    await expect(backtestCommand(['--json', '--format', 'svg', '--out', 'x.svg'], io)).rejects.toThrow(
      /disagree/,
    );
    await expect(backtestCommand(['--format', 'svg', '--out', 'x.svg', '--lang', 'fr'], io)).rejects.toThrow(
      /--lang must be en or zh-CN/,
    );
  });

  it('refuses bad options as usage errors', async () => {
    const io = memoryIo(process.cwd());
    await expect(backtestCommand(['--mc', 'lots'], io)).rejects.toBeInstanceOf(UsageError);
    await expect(backtestCommand(['file.chokepoint'], io)).rejects.toBeInstanceOf(UsageError);
    await expect(backtestCommand(['--points', '3'], io)).rejects.toBeInstanceOf(UsageError);
    await expect(backtestCommand(['--frobnicate'], io)).rejects.toBeInstanceOf(UsageError);
    expect(io.out()).toBe('');
  });
});
