import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../cli/main';
import { getCatalogue, getPreset } from '../../shared/catalogue';
import { observedHistory } from '../../shared/catalogue/observed-history';
import { IDENTITY_SLOTS } from '../../shared/charts';
import { buildComparison, runComparison } from '../../shared/compare';
import type { Scenario } from '../../shared/domain/scenario';
import { MODEL_VERSION } from '../../shared/engine/model-version';
import { serializeScenarioFile } from '../../shared/file-format';
import { memoryIo } from '../support/memory-io';
import { officeChecks, officePdf } from '../support/office';

/**
 * The Excel workbook of `chokepoint report --format xlsx`, opened with exceljs as a spreadsheet
 * program opens it: a README with the provenance, the scenarios in their identity colours and every
 * sheet's unit; one sheet per measure with names in the chosen language, a unit column, P10/P50/P90
 * rows where draws were run, numbers stored as numbers with number formats; then converted by
 * LibreOffice, whose rendering is read back.
 */
const dir = mkdtempSync(join(tmpdir(), 'chokepoint-workbook-'));
const catalogue = getCatalogue('default-2025')!;
const meta = { exportedAt: '2026-11-28T00:00:00.000Z', appVersion: '0.1.0', modelVersion: MODEL_VERSION };
const DRAWS = 6;
const scenarios: Scenario[] = [
  getPreset('baseline')!,
  { ...getPreset('self-reliance-push')!, name: '=HYPERLINK("x")<b>&\u0007</b>' },
  getPreset('escalation')!,
  { ...getPreset('push-under-escalation')!, id: 'zh', name: '自主可控推进' },
];
writeFileSync(join(dir, 'four.chokepoint'), serializeScenarioFile(scenarios, meta));
/** The names as the workbook writes them: a control character XML cannot carry becomes U+FFFD. */
const NAMES = ['Baseline', '=HYPERLINK("x")<b>&\uFFFD</b>', 'Escalation', '自主可控推进'];

const outcomes = runComparison(scenarios, catalogue, { referenceId: scenarios[0]!.id, draws: DRAWS });
if (!outcomes.ok) throw new Error('runs failed');
const model = buildComparison(outcomes.value, catalogue, {
  referenceId: scenarios[0]!.id,
  discountRate: 0.03,
});

async function open(file: string): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(readFileSync(join(dir, file)) as never);
  return workbook;
}

/** A sheet's rows as arrays of cells (1-based columns dropped to 0-based). */
function rows(sheet: ExcelJS.Worksheet): ExcelJS.Cell[][] {
  const out: ExcelJS.Cell[][] = [];
  sheet.eachRow((row) => {
    const cells: ExcelJS.Cell[] = [];
    for (let c = 1; c <= sheet.columnCount; c++) cells.push(row.getCell(c));
    out.push(cells);
  });
  return out;
}

const value = (cell: ExcelJS.Cell | undefined) => cell?.value;

let english: ExcelJS.Workbook;
let chinese: ExcelJS.Workbook;
beforeAll(async () => {
  for (const [lang, out] of [
    ['en', 'book.xlsx'],
    ['zh-CN', 'book-zh.xlsx'],
  ] as const) {
    const io = memoryIo(dir);
    const code = await runCli(
      ['report', 'four.chokepoint', '--format', 'xlsx', '--out', out, '--mc', String(DRAWS), '--lang', lang],
      io,
    );
    expect(code, io.err()).toBe(0);
  }
  english = await open('book.xlsx');
  chinese = await open('book-zh.xlsx');
}, 120_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the comparison workbook', () => {
  it('has a README and one sheet per measure, named in the chosen language', () => {
    expect(english.worksheets.map((sheet) => sheet.name)).toEqual([
      'README',
      'Aggregate',
      'Self-reliance by sector',
      'Capability by sector',
      'Open chokepoints',
      'Costs',
      'Targets',
      'Attribution',
      'Observed',
    ]);
    expect(chinese.worksheets.map((sheet) => sheet.name)).toEqual([
      '说明',
      '总体自给率',
      '各行业自给率',
      '各行业技术能力',
      '卡脖子技术',
      '成本',
      '目标',
      '差异归因',
      '观测值',
    ]);
  });

  it('names the app as its author in the workbook’s language', () => {
    expect(english.creator).toBe('Chokepoint Planner');
    expect(chinese.creator).toBe('卡脖子技术规划器');
  });

  it('says where the numbers come from and shows each scenario in its identity colour', () => {
    const readme = rows(english.getWorksheet('README')!);
    const texts = readme.map((row) => row.map((cell) => String(cell.value ?? '')).join(' | '));
    expect(texts[1]).toMatch(
      new RegExp(`Source: Chokepoint Planner [\\d.]+, model v${MODEL_VERSION}, ${DRAWS} draws, seed \\d+`),
    );
    const fact = (label: string) => readme.find((row) => row[0]!.value === label)?.[1]?.value;
    expect(fact('Monte Carlo draws')).toBe(DRAWS);
    expect(fact('Seed')).toBe(scenarios[0]!.seed);
    expect(fact('Model version')).toBe(MODEL_VERSION);
    model.scenarios.forEach((scenario, i) => {
      const row = readme.find((cells) => cells[0]!.value === NAMES[i])!;
      expect(row, NAMES[i]).toBeDefined();
      const fill = row[2]!.fill as ExcelJS.FillPattern;
      expect(fill.fgColor?.argb).toBe(`FF${IDENTITY_SLOTS[scenario.colorIndex]!.light.slice(1)}`);
      expect(row[3]!.value).toBe(scenario.reference ? 'yes' : '');
    });
    // Every measure's unit, named.
    for (const sheet of ['Aggregate', 'Costs', 'Attribution'])
      expect(readme.find((row) => row[0]!.value === sheet)?.[3]?.value).toBeTruthy();
  });

  it('stores the aggregate as numbers with a percent format, P10/P50/P90 under each central run', () => {
    const sheet = english.getWorksheet('Aggregate')!;
    const [head, ...body] = rows(sheet);
    expect(head!.slice(0, 3).map(value)).toEqual(['Scenario', 'Statistic', 'Unit']);
    expect(head!.slice(3).map(value)).toEqual(model.trajectories.years.map(String));
    expect(body.map((row) => [row[0]!.value, row[1]!.value])).toEqual(
      NAMES.flatMap((name) => ['central run', 'P10', 'P50', 'P90'].map((statistic) => [name, statistic])),
    );
    model.trajectories.scenarios.forEach((scenario, i) => {
      const [central, p10, , p90] = body.slice(4 * i, 4 * i + 4);
      expect(central![2]!.value).toBe('share of demand met domestically (0–100 %)');
      const last = central!.at(-1)!;
      expect(last.type).toBe(ExcelJS.ValueType.Number);
      expect(last.numFmt).toBe('0.0%');
      expect(last.value).toBe(scenario.aggregateS.values.at(-1));
      expect(p10!.at(-1)!.value).toBe(scenario.aggregateS.band!.p10.at(-1));
      expect(p90!.at(-1)!.value).toBe(scenario.aggregateS.band!.p90.at(-1));
      // The scenario's cell carries its colour.
      expect(central![0]!.border?.left?.color?.argb).toBe(
        `FF${IDENTITY_SLOTS[model.scenarios[i]!.colorIndex]!.light.slice(1)}`,
      );
    });
    // A name that looks like a formula is text, not a formula.
    expect(body[4]![0]!.type).toBe(ExcelJS.ValueType.String);
  });

  it('names sectors in the chosen language and keeps every sector’s S and C', () => {
    // The built-in example under its name in the workbook's language, as the app shows it.
    for (const [workbook, sheetName, chips, baseline] of [
      [english, 'Self-reliance by sector', 'Chips', 'Baseline'],
      [chinese, '各行业自给率', '芯片', '基准情景'],
      [chinese, '各行业技术能力', '芯片', '基准情景'],
    ] as const) {
      const body = rows(workbook.getWorksheet(sheetName)!).slice(1);
      expect(new Set(body.map((row) => row[0]!.value)).size).toBe(catalogue.sectors.length);
      const chip = body.find((row) => row[0]!.value === chips && row[2]!.value !== 'P10')!;
      expect(chip[1]!.value).toBe(baseline);
      expect(chip.at(-1)!.type).toBe(ExcelJS.ValueType.Number);
    }
  });

  it('has costs by kind and measure in USD bn, targets with probabilities, and an attribution that adds up', () => {
    const costs = rows(english.getWorksheet('Costs')!).slice(1);
    expect(costs).toHaveLength(4 * 3 * 3);
    const fiscal = costs.find((row) => row[1]!.value === 'Fiscal' && row[2]!.value === 'cumulative')!;
    expect(fiscal[3]!.value).toBe('USD bn');
    expect(fiscal.at(-1)!.numFmt).toBe('#,##0.00');
    expect(fiscal.at(-1)!.value).toBe(model.costs.scenarios[0]!.costs.fiscal.cumulative.at(-1));

    const targets = rows(english.getWorksheet('Targets')!);
    expect(targets[0]![4]!.value).toBe(`Share of draws reaching it by ${model.horizonYear}`);
    const reached = targets.slice(1).filter((row) => typeof row[3]!.value === 'number');
    expect(reached.length).toBeGreaterThan(0);
    for (const row of reached) {
      expect(row[4]!.type).toBe(ExcelJS.ValueType.Number);
      expect(row[4]!.numFmt).toBe('0%');
    }

    const attribution = rows(english.getWorksheet('Attribution')!).slice(1);
    for (const name of NAMES.slice(1)) {
      const own = attribution.filter((row) => row[0]!.value === name);
      const difference = own.find((row) => row[4]!.value === 'Difference')!;
      const sum = own
        .filter((row) => row !== difference)
        .reduce((total, row) => total + (row[5]!.value as number), 0);
      expect(sum).toBeCloseTo(difference[5]!.value as number, 9);
      expect(difference[6]!.value).toBe('percentage points');
    }
  });
});

describe('the observed record in the workbook', () => {
  it('lists every observed value before the base year with its year, unit, source and confidence', () => {
    const baseYear = model.trajectories.years[0]!;
    const [head, ...body] = rows(english.getWorksheet('Observed')!);
    expect(head!.map(value)).toEqual([
      'Measure',
      'Sector',
      'Year',
      'Value',
      'Unit',
      'Source',
      'Confidence (H, M, L)',
      'What the source measures',
      'Note',
    ]);
    const chips = body.filter((row) => row[1]!.value === 'Chips');
    const expected = observedHistory('S', 'IC', baseYear);
    expect(
      chips.map((row) => [row[0]!.value, row[2]!.value, row[3]!.value, row[5]!.value, row[6]!.value]),
    ).toEqual(
      expected.map((point) => ['Self-reliance (S)', point.year, point.value, point.source, point.confidence]),
    );
    // 2018 read 15.3 % from IC Insights, stored as a number in a percent format.
    const first = chips[0]!;
    expect(first[2]!.value).toBe(2018);
    expect(first[3]!.type).toBe(ExcelJS.ValueType.Number);
    expect(first[3]!.numFmt).toBe('0.0%');
    expect(first[3]!.value).toBeCloseTo(0.153, 12);
    expect(first[5]!.value).toBe('IC Insights');
    // Every sector's every observation, and the open chokepoints of 2018, nothing from the base year on.
    const all = [
      ...catalogue.sectors.flatMap((sector) => observedHistory('S', sector.id, baseYear)),
      ...observedHistory('chokepointsOpen', undefined, baseYear),
    ];
    expect(body).toHaveLength(all.length);
    for (const row of body) expect(row[2]!.value as number).toBeLessThan(baseYear);
    const chokepoints = body.find((row) => row[0]!.value === 'Open chokepoints')!;
    expect(chokepoints[1]!.value).toBe('Whole economy');
    expect(chokepoints[4]!.value).toBe('number of technologies');
    expect(String(chokepoints[5]!.value)).not.toBe('');
    // In Chinese: the sheet, the measure, the sector and what the source measures.
    const zh = rows(chinese.getWorksheet('观测值')!).slice(1);
    const zhChips = zh.filter((row) => row[1]!.value === '芯片');
    expect(zhChips).toHaveLength(expected.length);
    expect(zhChips[0]![0]!.value).toBe('自给率（S）');
    expect(zhChips[0]![7]!.value).toBe(expected[0]!.definition.zh);
    // The README names the sheet.
    const readme = rows(english.getWorksheet('README')!);
    expect(readme.find((row) => row[0]!.value === 'Observed')?.[1]?.value).toMatch(
      /observed before the base year/,
    );
  });
});

describe.skipIf(!officeChecks('the workbook’s conversion'))('the workbook in LibreOffice', () => {
  it('converts, and shows the Chinese names and formatted numbers', () => {
    const { pdf, pages } = officePdf(join(dir, 'book-zh.xlsx'), dir, 'libreoffice-calc');
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    if (!pages) return;
    const text = pages.join('\n');
    expect(text).toContain('自主可控推进');
    expect(text).toContain('芯片');
    expect(text).toMatch(/\d+\.\d%/);
    expect(text).toContain('来源：卡脖子技术规划器');
  }, 150_000);
});
