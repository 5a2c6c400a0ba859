import type { Cell, Workbook, Worksheet } from 'exceljs';
import { observedHistory } from '../catalogue/observed-history';
import type { Catalogue } from '../catalogue/types';
import type { ChartLanguage } from '../charts/chart-messages';
import type { ChartText } from '../charts/chart-text';
import { chartText, interpolate } from '../charts/chart-text';
import { outputLabel } from '../charts/output-label';
import type { Provenance } from '../charts/provenance';
import { hasDraws, sourceLine } from '../charts/provenance';
import { IDENTITY_SLOTS } from '../charts/scenario-identity';
import type { ComparedScenario, SeriesWithBand } from '../compare/compare-types';
import type { ComparisonModel } from '../compare/comparison-model';
import { COST_KINDS, COST_MEASURES } from '../compare/cost-comparison';
import type { Waterfall } from '../compare/waterfall';
import { xmlSafeText } from '../text/xml-text';
import { productName } from '../text/app-name';
import type { WorkbookMessageKey } from './workbook-messages';
import { WORKBOOK_MESSAGES } from './workbook-messages';

/** Everything a workbook shows, computed beforehand: building it runs nothing. */
export interface WorkbookInput {
  readonly language: ChartLanguage;
  readonly catalogue: Catalogue;
  readonly model: ComparisonModel;
  /** Why each other scenario differs from the reference (aggregate self-reliance at the horizon). */
  readonly waterfalls: readonly Waterfall[];
  readonly provenance: Provenance;
  /** Whether the workbook holds the observed record (it does unless false, as the charts draw it). */
  readonly observed?: boolean;
}

/** A new, empty workbook (exceljs' constructor, passed in so that shared/ imports no library code). */
export type CreateWorkbook = () => Workbook;

/** Excel number formats by unit: numbers stay numbers, shown as the app shows them. */
const FORMATS = {
  share: '0.0%',
  count: '0.0',
  money: '#,##0.00',
  points: '+0.00;-0.00;0.00',
  probability: '0%',
  year: '0',
} as const;

const HEADER_FILL = 'FFF1F3F5';

interface Words {
  /** The font that holds the language's characters (Excel and Calc substitute where it is missing). */
  readonly font: string;
  readonly m: (key: WorkbookMessageKey, params?: Readonly<Record<string, string | number>>) => string;
  readonly text: ChartText;
}

const argb = (hex: string) => `FF${hex.replace('#', '').toUpperCase()}`;

/** The scenario's identity colour, as its lines are drawn everywhere else. */
export function workbookColor(scenario: Pick<ComparedScenario, 'colorIndex'>): string {
  return argb(IDENTITY_SLOTS[scenario.colorIndex % IDENTITY_SLOTS.length]!.light);
}

/** A header row: bold on grey, frozen above the data, with a filter on every column. */
function header(
  sheet: Worksheet,
  labels: readonly string[],
  widths: readonly number[],
  freezeColumns: number,
  font: string,
) {
  const row = sheet.addRow(labels.map(xmlSafeText));
  row.font = { name: font, bold: true };
  row.eachCell((cell) => {
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: HEADER_FILL } };
    cell.alignment = { vertical: 'top', wrapText: true };
  });
  widths.forEach((width, i) => (sheet.getColumn(i + 1).width = width));
  sheet.views = [{ state: 'frozen', xSplit: freezeColumns, ySplit: 1 }];
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: labels.length } };
  printable(sheet);
}

/** Printed (or converted to PDF) on landscape pages as wide as the sheet, its header on every page. */
function printable(sheet: Worksheet) {
  sheet.pageSetup = {
    ...sheet.pageSetup,
    orientation: 'landscape',
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
    printTitlesRow: '1:1',
  };
}

/** A scenario's name cell: its name, a bar in its identity colour on the left. */
function markScenario(cell: Cell, scenario: ComparedScenario, font: string) {
  cell.border = { left: { style: 'thick', color: { argb: workbookColor(scenario) } } };
  if (scenario.reference) cell.font = { name: font, bold: true };
}

/** The central run's row, then P10, P50 and P90 where the scenario's bands were run. */
function statisticRows(series: SeriesWithBand, words: Words): { label: string; values: readonly number[] }[] {
  return [
    { label: words.m('central'), values: series.values },
    ...(series.band
      ? (['p10', 'p50', 'p90'] as const).map((q) => ({ label: q.toUpperCase(), values: series.band![q] }))
      : []),
  ];
}

/** A sheet of yearly series: leading text columns, a statistic, a unit, then one column per year. */
function seriesSheet(
  workbook: Workbook,
  name: string,
  columns: readonly { label: string; width: number }[],
  years: readonly number[],
  rows: readonly {
    lead: readonly string[];
    scenario: ComparedScenario;
    series: SeriesWithBand;
    unit: string;
    format: string;
  }[],
  words: Words,
) {
  const sheet = workbook.addWorksheet(name);
  const lead = [
    ...columns,
    { label: words.m('statistic'), width: 14 },
    { label: words.m('unit'), width: 30 },
  ];
  header(
    sheet,
    [...lead.map((column) => column.label), ...years.map(String)],
    [...lead.map((column) => column.width), ...years.map(() => 9)],
    lead.length,
    words.font,
  );
  const scenarioColumn = columns.findIndex((column) => column.label === words.m('scenario')) + 1;
  for (const row of rows)
    for (const statistic of statisticRows(row.series, words)) {
      const added = sheet.addRow([
        ...row.lead.map(xmlSafeText),
        statistic.label,
        row.unit,
        ...statistic.values,
      ]);
      if (scenarioColumn > 0) markScenario(added.getCell(scenarioColumn), row.scenario, words.font);
      for (let y = 0; y < years.length; y++) added.getCell(lead.length + 1 + y).numFmt = row.format;
    }
}

function readmeSheet(workbook: Workbook, input: WorkbookInput, words: Words) {
  const { m, text, font } = words;
  const { model, provenance } = input;
  const sheet = workbook.addWorksheet(m('sheet.readme'));
  printable(sheet);
  sheet.getColumn(1).width = 34;
  sheet.getColumn(2).width = 60;
  sheet.getColumn(3).width = 14;
  sheet.getColumn(4).width = 40;
  const title = sheet.addRow([m('title')]);
  title.font = { name: font, bold: true, size: 16 };
  sheet.addRow([sourceLine(provenance, text)]);
  sheet.addRow([]);
  const heading = (label: string) => {
    const row = sheet.addRow([label]);
    row.font = { name: font, bold: true, size: 13 };
  };
  heading(m('provenance'));
  const fact = (label: string, value: string | number, format?: string) => {
    const row = sheet.addRow([label, value]);
    row.getCell(1).font = { name: font, bold: true };
    row.getCell(2).alignment = { horizontal: 'left' };
    if (format) row.getCell(2).numFmt = format;
  };
  fact(m('appVersion'), provenance.appVersion);
  fact(m('modelVersion'), provenance.modelVersion, '0');
  fact(
    m('catalogue'),
    `${input.catalogue.id} (${text.language === 'zh-CN' ? input.catalogue.name.zh : input.catalogue.name.en})`,
  );
  fact(m('draws'), hasDraws(provenance) ? provenance.draws! : m('noDraws'), '0');
  if (hasDraws(provenance)) fact(m('seed'), provenance.seed!, '0');
  fact(m('date'), provenance.date);
  fact(m('discountRate'), model.costs.discountRate, '0.0%');
  sheet.addRow([]);
  heading(m('scenarios'));
  const scenariosHead = sheet.addRow([m('scenario'), m('id'), m('colour'), m('reference')]);
  scenariosHead.font = { name: font, bold: true };
  for (const scenario of model.scenarios) {
    const row = sheet.addRow([
      xmlSafeText(scenario.label),
      xmlSafeText(scenario.id),
      '',
      scenario.reference ? m('yes') : '',
    ]);
    markScenario(row.getCell(1), scenario, font);
    row.getCell(3).fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: workbookColor(scenario) } };
  }
  sheet.addRow([]);
  heading(m('sheets'));
  const sheetsHead = sheet.addRow([m('sheet'), m('holds'), '', m('unit')]);
  sheetsHead.font = { name: font, bold: true };
  const units = {
    aggregate: m('unit.share'),
    S: m('unit.share'),
    C: m('unit.capability'),
    chokepoints: m('unit.count'),
    costs: m('unit.money'),
    targets: `${m('unit.year')}; ${m('unit.probability')}`,
    attribution: m('unit.points'),
    ...(input.observed === false ? {} : { observed: `${m('unit.share')}; ${m('unit.count')}` }),
  } as const;
  for (const key of Object.keys(units) as (keyof typeof units)[])
    sheet.addRow([m(`sheet.${key}`), m(`holds.${key}`), '', units[key]]);
  sheet.addRow([]);
  sheet.addRow([m('holds.bands')]);
  for (const row of [2, sheet.rowCount]) sheet.getRow(row).getCell(1).alignment = { wrapText: false };
}

function targetsSheet(workbook: Workbook, model: ComparisonModel, words: Words) {
  const { m, text } = words;
  const table = model.targets;
  const sheet = workbook.addWorksheet(m('sheet.targets'));
  header(
    sheet,
    [m('sector'), m('scenario'), m('target'), m('firstYear'), m('probability', { year: table.horizonYear })],
    [36, 32, 10, 22, 22],
    2,
    words.font,
  );
  for (const row of table.rows)
    table.scenarios.forEach((scenario, i) =>
      table.targets.forEach((target, k) => {
        const cell = row.cells[i]![k]!;
        const added = sheet.addRow([
          xmlSafeText(text.sectorName(row.sector)),
          xmlSafeText(scenario.label),
          target,
          cell.year ?? m('notReached', { year: table.horizonYear }),
          cell.probability,
        ]);
        markScenario(added.getCell(2), scenario, words.font);
        added.getCell(3).numFmt = '0%';
        if (cell.year !== null) added.getCell(4).numFmt = FORMATS.year;
        added.getCell(5).numFmt = FORMATS.probability;
      }),
    );
}

function costsSheet(workbook: Workbook, model: ComparisonModel, words: Words) {
  const { m, text } = words;
  const { costs } = model;
  const sheet = workbook.addWorksheet(m('sheet.costs'));
  const lead = [m('scenario'), m('cost'), m('measure'), m('unit')];
  header(
    sheet,
    [...lead, ...costs.years.map(String)],
    [32, 16, 22, 10, ...costs.years.map(() => 10)],
    lead.length,
    words.font,
  );
  for (const scenario of costs.scenarios)
    for (const kind of COST_KINDS)
      for (const measure of COST_MEASURES) {
        const row = sheet.addRow([
          xmlSafeText(scenario.label),
          text.t(`cost.${kind}`),
          measure === 'discounted'
            ? `${m('measure.discounted')} (${text.format.rate(costs.discountRate)})`
            : m(`measure.${measure}`),
          m('unit.money'),
          ...scenario.costs[kind][measure],
        ]);
        markScenario(row.getCell(1), scenario, words.font);
        for (let y = 0; y < costs.years.length; y++) row.getCell(lead.length + 1 + y).numFmt = FORMATS.money;
      }
}

function attributionSheet(workbook: Workbook, input: WorkbookInput, words: Words) {
  const { m, text } = words;
  const sheet = workbook.addWorksheet(m('sheet.attribution'));
  header(
    sheet,
    [m('scenario'), m('comparedWith'), m('output'), m('year'), m('group'), m('contribution'), m('unit')],
    [32, 32, 26, 8, 30, 14, 20],
    2,
    words.font,
  );
  if (!input.waterfalls.length) {
    sheet.addRow([m('noAttribution')]);
    return;
  }
  const byId = (id: string) => input.model.scenarios.find((scenario) => scenario.id === id)!;
  for (const waterfall of input.waterfalls) {
    const output = outputLabel(waterfall.output, text);
    const add = (group: string, value: number) => {
      const row = sheet.addRow([
        xmlSafeText(waterfall.other.label),
        xmlSafeText(waterfall.reference.label),
        output,
        waterfall.year,
        group,
        // Shares are attributed in percentage points: 0.031 of demand is +3.1.
        value * 100,
        m('unit.points'),
      ]);
      markScenario(row.getCell(1), byId(waterfall.other.id), words.font);
      row.getCell(4).numFmt = FORMATS.year;
      row.getCell(6).numFmt = FORMATS.points;
      return row;
    };
    for (const bar of waterfall.bars) add(text.t(`group.${bar.group}`), bar.value);
    add(m('difference'), waterfall.difference).font = { name: words.font, bold: true };
  }
}

/**
 * The observed record the charts draw before the base year, a row per value: self-reliance by sector
 * and the open chokepoints, each with its year, source, confidence and what the source measures.
 */
function observedSheet(workbook: Workbook, model: ComparisonModel, words: Words) {
  const { m, text, font } = words;
  const baseYear = model.trajectories.years[0]!;
  const sheet = workbook.addWorksheet(m('sheet.observed'));
  header(
    sheet,
    [
      m('measured'),
      m('sector'),
      m('year'),
      m('value'),
      m('unit'),
      m('source'),
      m('confidence'),
      m('definition'),
      m('note'),
    ],
    [24, 34, 8, 10, 30, 40, 12, 60, 40],
    2,
    font,
  );
  const language = text.language === 'zh-CN' ? 'zh' : 'en';
  const records = [
    ...model.trajectories.sectorIds.map((sector) => ({
      quantity: 'S' as const,
      name: text.sectorName(sector),
      points: observedHistory('S', sector, baseYear),
    })),
    {
      quantity: 'chokepointsOpen' as const,
      name: m('economy'),
      points: observedHistory('chokepointsOpen', undefined, baseYear),
    },
  ];
  for (const { quantity, name, points } of records)
    for (const point of points) {
      const row = sheet.addRow(
        [
          m(`observed.${quantity}`),
          name,
          point.year,
          point.value,
          m(quantity === 'S' ? 'unit.share' : 'unit.count'),
          point.source,
          point.confidence,
          point.definition[language],
          point.note ?? '',
        ].map((cell) => (typeof cell === 'string' ? xmlSafeText(cell) : cell)),
      );
      row.getCell(3).numFmt = FORMATS.year;
      row.getCell(4).numFmt = quantity === 'S' ? FORMATS.share : '0';
      for (const column of [6, 8, 9]) row.getCell(column).alignment = { vertical: 'top', wrapText: true };
    }
  if (sheet.rowCount === 1) sheet.addRow([m('noObserved', { year: baseYear })]);
}

/**
 * The comparison as an Excel workbook, what analysts open first: a README sheet with the provenance,
 * the scenarios (each with its identity colour) and every sheet's unit, then one sheet per measure
 * (aggregate, each sector's S, each sector's C, open chokepoints, costs, targets, attribution) with
 * scenario and sector names in the chosen language, a unit column, P10/P50/P90 rows where draws were
 * run, and numbers stored as numbers with number formats; last, the observed record with its sources.
 * Every text passes `xmlSafeText`. Returns the .xlsx file's bytes.
 */
export async function buildWorkbook(
  input: WorkbookInput,
  createWorkbook: CreateWorkbook,
): Promise<Uint8Array> {
  const text = chartText(input.language, { catalogue: input.catalogue });
  const messages = WORKBOOK_MESSAGES[input.language];
  const words: Words = {
    font: input.language === 'zh-CN' ? 'Microsoft YaHei' : 'Calibri',
    m: (key, params) => interpolate(messages[key], params),
    text,
  };
  const { m } = words;
  const { model } = input;
  const { trajectories } = model;
  const workbook = createWorkbook();
  workbook.creator = productName(input.language);
  workbook.title = m('title');
  workbook.created = new Date(`${input.provenance.date}T00:00:00Z`);
  readmeSheet(workbook, input, words);
  const find = (id: string) => trajectories.scenarios.find((scenario) => scenario.id === id)!;
  const scenarioColumn = { label: m('scenario'), width: 32 };
  const sectorColumn = { label: m('sector'), width: 34 };
  // The economy-wide series: a row (and its P10/P50/P90) per scenario.
  const economySheet = (
    sheet: 'sheet.aggregate' | 'sheet.chokepoints',
    variable: 'aggregateS' | 'chokepointsOpen',
    unit: WorkbookMessageKey,
    format: string,
  ) =>
    seriesSheet(
      workbook,
      m(sheet),
      [scenarioColumn],
      trajectories.years,
      model.scenarios.map((scenario) => ({
        lead: [scenario.label],
        scenario,
        series: find(scenario.id)[variable],
        unit: m(unit),
        format,
      })),
      words,
    );
  economySheet('sheet.aggregate', 'aggregateS', 'unit.share', FORMATS.share);
  for (const variable of ['S', 'C'] as const)
    seriesSheet(
      workbook,
      m(`sheet.${variable}`),
      [sectorColumn, scenarioColumn],
      trajectories.years,
      trajectories.sectorIds.flatMap((sector) =>
        model.scenarios.flatMap((scenario) => {
          const series = find(scenario.id)[variable][sector];
          return series
            ? [
                {
                  lead: [text.sectorName(sector), scenario.label],
                  scenario,
                  series,
                  unit: m(variable === 'S' ? 'unit.share' : 'unit.capability'),
                  format: FORMATS.share,
                },
              ]
            : [];
        }),
      ),
      words,
    );
  economySheet('sheet.chokepoints', 'chokepointsOpen', 'unit.count', FORMATS.count);
  costsSheet(workbook, model, words);
  targetsSheet(workbook, model, words);
  attributionSheet(workbook, input, words);
  if (input.observed !== false) observedSheet(workbook, model, words);
  const buffer = await workbook.xlsx.writeBuffer();
  return new Uint8Array(buffer as ArrayBuffer);
}
