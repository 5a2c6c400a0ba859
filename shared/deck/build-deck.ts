import { productName } from '../text/app-name';
import type PptxGenJS from 'pptxgenjs';
import { chartText } from '../charts/chart-text';
import type { ChartText } from '../charts/chart-text';
import { outputFormats, outputLabel } from '../charts/output-label';
import { hasDraws, sourceLine } from '../charts/provenance';
import { ellipsise, textWidth } from '../charts/text-width';
import type { ComparedScenario } from '../compare/compare-types';
import { COST_KINDS } from '../compare/cost-comparison';
import type { TargetCell } from '../compare/targets-table';
import { showsProbability } from '../compare/targets-table';
import { xmlSafeText } from '../text/xml-text';
import type { Slide } from './xml-safe-slide';
import { xmlSafeSlide } from './xml-safe-slide';
import type { ChartBox, ChartPatch } from './chart-xml';
import { patchChartXml } from './chart-xml';
import type { DeckChart } from './deck-charts';
import { costChart, deckIdentity, deckScenarioName, lineChart, waterfallChart } from './deck-charts';
import type { DeckInput } from './deck-input';
import { deckSlideObserved, drawsObserved } from './deck-observed';
import { deckLegend } from './deck-legend';
import type { SlideSpec } from './slide-plan';
import { speakerNotes } from './speaker-notes';

/** A new, empty presentation (pptxgenjs' constructor, passed in so that shared/ imports no library code). */
export type CreatePresentation = () => PptxGenJS;

/** The little of a zip archive (JSZip's) the deck needs to finish its chart parts. */
export interface ZipArchive {
  file(name: string): { async(type: 'string'): Promise<string> } | null;
  file(name: string, content: string): unknown;
  readonly files: Readonly<Record<string, unknown>>;
  generateAsync(options: { type: 'uint8array'; compression: 'DEFLATE' }): Promise<Uint8Array>;
}

/** Opens a zip archive's bytes (JSZip's `loadAsync`, passed in like the presentation's constructor). */
export type OpenZip = (bytes: Uint8Array) => Promise<ZipArchive>;

// LAYOUT_WIDE: 13.33 × 7.5 inches.
const WIDTH = 13.33;
const MARGIN = 0.5;
const INNER = WIDTH - 2 * MARGIN;
/** Points per inch: text widths are measured in points, boxes placed in inches. */
const POINTS = 72;
const LEGEND_FONT = 12;
const AXIS_FONT = 12;
/** Where charts start below the title and the slide's note, and where they end above the source line. */
const CHARTS_TOP = 1.3;
const CHARTS_BOTTOM = 6.85;

/** Fonts that hold the language's characters in PowerPoint and Impress on every platform. */
function fontFace(language: DeckInput['language']): string {
  return language === 'zh-CN' ? 'Microsoft YaHei' : 'Calibri';
}

type Box = { x: number; y: number; w: number; h: number };

/** Every series' name, helper series' left as they are and the others' cut to fit the legend. */
function withLegendNames(chart: DeckChart, names: readonly string[]): DeckChart {
  let k = 0;
  let n = 0;
  return {
    ...chart,
    groups: chart.groups.map((group) => ({
      ...group,
      series: group.series.map((series) => {
        const index = n++;
        return chart.helpers.includes(index) ? series : { ...series, name: names[k++] ?? series.name };
      }),
    })),
  };
}

/** The names a chart's legend lists: its series but the helpers. */
function legendNames(chart: DeckChart): string[] {
  return chart.groups
    .flatMap((group) => group.series.map((series) => series.name))
    .filter((_, i) => !chart.helpers.includes(i));
}

/**
 * Where a chart's legend and plot go, as fractions of its frame: the legend on top (`legendHeight`
 * points, measured), the plot below it with room for the axes' labels. Charts side by side get the
 * same plot box whether or not they carry the slide's one legend, so their plots line up.
 */
function chartBoxes(
  box: Box,
  legendHeight: number,
  legend: boolean,
): { legendBox?: ChartBox; plotBox: ChartBox } {
  const w = box.w * POINTS;
  const h = box.h * POINTS;
  const left = 46 / w;
  const top = (legendHeight + 10) / h;
  const plotBox = { x: left, y: top, w: 1 - left - 16 / w, h: 1 - top - 28 / h };
  return legend ? { legendBox: { x: 0.01, y: 4 / h, w: 0.98, h: legendHeight / h }, plotBox } : { plotBox };
}

/** A native, editable chart: each group of series drawn alike, on one pair of axes. */
function addChart(
  slide: Slide,
  chart: DeckChart,
  box: Box,
  font: string,
  patches: ChartPatch[],
  layout: { legendBox?: ChartBox; plotBox?: ChartBox },
) {
  const common = {
    ...box,
    fontFace: font,
    showLegend: chart.legend,
    legendPos: 't' as const,
    legendFontSize: LEGEND_FONT,
    legendFontFace: font,
    catAxisLabelFontSize: AXIS_FONT,
    valAxisLabelFontSize: AXIS_FONT,
    catAxisLabelFontFace: font,
    valAxisLabelFontFace: font,
    valAxisLabelFormatCode: chart.format,
    ...(chart.labelEvery ? { catAxisLabelFrequency: String(chart.labelEvery) } : {}),
    ...(chart.hideCategories ? { catAxisLabelPos: 'none' as const } : {}),
    ...(chart.min === undefined ? {} : { valAxisMinVal: chart.min }),
    ...(chart.max === undefined ? {} : { valAxisMaxVal: chart.max }),
    // Years without a value (scenarios before the base year) are left empty, never joined.
    displayBlanksAs: 'gap',
    dataLabelFontSize: LEGEND_FONT,
    dataLabelFontFace: font,
    dataLabelColor: '1F2937',
    // The waterfall's invisible bases would cut gridlines; its bars carry the reading.
    ...(chart.stacked ? { valGridLine: { style: 'none' as const } } : {}),
  };
  const types = chart.groups.map((group) => ({
    type: group.type,
    data: group.series,
    options: {
      chartColors: group.colors,
      ...(group.type === 'line'
        ? {
            lineDash: group.dash,
            lineSize: group.width,
            ...(group.marker
              ? { lineDataSymbol: 'circle' as const, lineDataSymbolSize: group.marker }
              : { lineDataSymbol: 'none' as const }),
          }
        : {
            barGrouping: chart.stacked ? 'stacked' : 'clustered',
            barGapWidthPct: 60,
            ...(chart.stacked ? { barOverlapPct: 100 } : { dataLabelPosition: 'outEnd' as const }),
          }),
    },
  }));
  if (types.length === 1) {
    const [only] = types;
    slide.addChart(only!.type, only!.data, { ...common, ...only!.options });
  } else {
    // A combo chart: one chart part whose groups keep their own colours and dashes.
    slide.addChart(types as never, common as never);
  }
  patches.push({
    hiddenEntries: chart.legend ? chart.helpers : [],
    ...layout,
    ...(chart.labels ? { valueLabels: chart.labels } : {}),
    ...(chart.pointLabels ? { pointLabels: chart.pointLabels, valueLabels: chart.labels ?? {} } : {}),
    flatCategories: chart.wrapCategories ? 'wrapped' : 'one-line',
    ...(chart.labelEvery ? { labelEvery: chart.labelEvery } : {}),
    labelFontSize: LEGEND_FONT,
    labelFont: font,
  });
}

/**
 * The slide's one legend as shapes across its width, for charts too narrow to carry it (the costs'
 * three): a swatch in each scenario's colour and its name, in rows measured like a chart's legend.
 * Returns the height it takes, in inches.
 */
function addSwatchLegend(
  slide: Slide,
  scenarios: readonly ComparedScenario[],
  text: ChartText,
  font: string,
  y: number,
): number {
  const swatch = 0.28;
  const gap = 0.3;
  const row = (LEGEND_FONT * 1.6) / POINTS;
  let x = 0;
  let line = 0;
  for (const scenario of scenarios) {
    const name = ellipsise(deckScenarioName(scenario, text), (INNER / 2) * POINTS, LEGEND_FONT);
    // Bold (the reference) runs about a tenth wider.
    const w = swatch + 0.08 + (textWidth(name, LEGEND_FONT) * 1.1 + 6) / POINTS;
    if (x > 0 && x + w > INNER) {
      line += 1;
      x = 0;
    }
    const top = y + line * row;
    const color = deckIdentity(scenario).color;
    slide.addShape('rect', {
      x: MARGIN + x,
      y: top + row / 2 - 0.08,
      w: swatch,
      h: 0.16,
      fill: { color },
      line: { color, width: 0 },
    });
    slide.addText(name, {
      x: MARGIN + x + swatch + 0.08,
      y: top,
      w: w - swatch - 0.08,
      h: row,
      fontSize: LEGEND_FONT,
      fontFace: font,
      margin: 0,
      valign: 'middle',
      bold: scenario.reference,
    });
    x += w + gap;
  }
  return (line + 1) * row;
}

/** A chart or a few side by side under the slide's title, with one legend, laid out and measured. */
function addCharts(
  slide: Slide,
  charts: { chart: DeckChart; title?: string }[],
  font: string,
  patches: ChartPatch[],
  swatches: number,
) {
  const titled = charts.some((entry) => entry.title);
  const titleTop = CHARTS_TOP + swatches;
  const top = titleTop + (titled ? 0.5 : 0);
  const w = INNER / charts.length;
  const withLegend = charts.find((entry) => entry.chart.legend);
  const legend = withLegend
    ? deckLegend(legendNames(withLegend.chart), (w - 0.1) * POINTS * 0.98, LEGEND_FONT)
    : null;
  charts.forEach(({ chart, title }, i) => {
    const box = { x: MARGIN + i * w, y: top, w: w - 0.1, h: CHARTS_BOTTOM - top };
    if (title)
      slide.addText(title, {
        x: box.x,
        y: titleTop,
        w: box.w,
        h: 0.45,
        fontSize: 14,
        bold: true,
        fontFace: font,
        valign: 'bottom',
      });
    // The first chart carries the slide's legend; the others line their plots up with its plot.
    const carries = chart.legend && chart === withLegend?.chart;
    const shown = { ...chart, legend: carries } satisfies DeckChart;
    const named = carries && legend ? withLegendNames(shown, legend.names) : shown;
    addChart(slide, named, box, font, patches, legend ? chartBoxes(box, legend.height, carries) : {});
  });
}

function chartsFor(
  slide: SlideSpec,
  input: DeckInput,
  text: ChartText,
): { chart: DeckChart; title?: string }[] {
  const { model } = input;
  const { trajectories } = model;
  const percent = { min: 0, max: 1, format: '0%' };
  const find = (id: string) => trajectories.scenarios.find((scenario) => scenario.id === id)!;
  switch (slide.kind) {
    case 'overview':
      return [
        {
          chart: lineChart(
            trajectories.years,
            model.scenarios,
            (s) => find(s.id).aggregateS,
            text,
            percent,
            true,
          ),
        },
      ];
    case 'sector':
      return (['S', 'C'] as const).map((variable) => ({
        chart: lineChart(
          trajectories.years,
          model.scenarios,
          (s) => find(s.id)[variable][slide.sector],
          text,
          percent,
          true,
          // Only self-reliance has an observed record (the 2018 gaps are judgement, not observations).
          variable === 'S' ? deckSlideObserved(slide, input) : [],
        ),
        title: text.t(variable === 'S' ? 'deck.sectorS' : 'deck.sectorC'),
      }));
    case 'chokepoints':
      return [
        {
          chart: lineChart(
            trajectories.years,
            model.scenarios,
            (s) => find(s.id).chokepointsOpen,
            text,
            { min: 0, max: input.catalogue.chokepoints.length, format: '0' },
            true,
            deckSlideObserved(slide, input),
          ),
        },
      ];
    case 'costs':
      return COST_KINDS.map((kind) => ({
        chart: costChart(model.costs, kind, text, false),
        title: text.t('deck.unitBillions', { cost: text.t(`cost.${kind}`) }),
      }));
    case 'why':
      return input.waterfall
        ? [{ chart: waterfallChart(input.waterfall, text, outputFormats(input.waterfall.output, text)) }]
        : [];
    case 'title':
    case 'targets':
      return [];
  }
}

function slideTitle(slide: SlideSpec, input: DeckInput, text: ChartText): string {
  const { model } = input;
  switch (slide.kind) {
    case 'title':
      return input.title || text.t('deck.title');
    case 'overview':
      return text.t('deck.overview');
    case 'sector':
      return text.sectorName(slide.sector);
    case 'chokepoints':
      return text.t('deck.chokepoints');
    case 'targets':
      return text.t('deck.targets', {
        targets: text.format.list(model.targets.targets.map(text.format.percent)),
      });
    case 'costs':
      return text.t('deck.costs', { year: model.horizonYear });
    case 'why':
      // Long names are cut so that the sentence around them survives (two lines at most).
      return input.waterfall
        ? text.t('title.waterfall', {
            other: ellipsise(input.waterfall.other.label, (INNER * POINTS) / 2, 24),
            reference: ellipsise(input.waterfall.reference.label, (INNER * POINTS) / 2, 24),
            output: outputLabel(input.waterfall.output, text),
            year: input.waterfall.year,
          })
        : text.t('deck.why');
  }
}

/**
 * The line under a slide's title that says what the legend does not: the band edges, the observed
 * points (or that nothing was observed), the costs' scales.
 */
function slideNote(slide: SlideSpec, input: DeckInput, text: ChartText): string {
  const { draws, years } = input.model.trajectories;
  const banded = hasDraws(input.provenance) && draws !== null;
  const band = banded ? text.t('deck.bandNote', { draws }) : '';
  const year = years[0]!;
  const observed = !drawsObserved(slide, input)
    ? ''
    : deckSlideObserved(slide, input).length
      ? text.t('observed.grey', { year })
      : text.t('aria.noObserved', { year });
  switch (slide.kind) {
    case 'overview':
      return band;
    case 'sector':
    case 'chokepoints':
      return [band, observed].filter(Boolean).join(' ');
    case 'costs':
      return text.t('deck.costsNote');
    default:
      return '';
  }
}

/**
 * The targets as a native table: a row per sector, a column per target and scenario, each cell the year
 * first reached and, where bands were run, the share of draws that reach it by the horizon.
 */
function addTargets(slide: Slide, input: DeckInput, text: ChartText, font: string) {
  const table = input.model.targets;
  const draws = input.model.trajectories.draws;
  const size = 12;
  const sectorWidth = 3.1;
  const head = { bold: true, fontSize: size, fontFace: font, fill: { color: 'F1F3F5' } };
  const columns = table.targets.length * table.scenarios.length;
  const columnWidth = (INNER - sectorWidth) / columns;
  // A long name would stretch its narrow column's header over the slide: two lines at most, the
  // whole name being on the title slide and in the speaker notes.
  const header = (label: string) => ellipsise(label, 2 * (columnWidth - 0.1) * POINTS, head.fontSize);
  const cell = (value: TargetCell) => {
    const reached = value.year === null ? text.t('deck.notBy') : String(value.year);
    return showsProbability(value) ? `${reached} (${text.format.percent(value.probability!)})` : reached;
  };
  const rows = [
    [
      { text: text.t('deck.sectorColumn'), options: { ...head, rowspan: 2 } },
      ...table.targets.map((target) => ({
        text: text.format.percent(target),
        options: { ...head, colspan: table.scenarios.length, align: 'center' as const },
      })),
    ],
    table.targets.flatMap(() =>
      table.scenarios.map((scenario) => ({
        text: header(scenario.label),
        options: { ...head, color: deckIdentity(scenario).color, align: 'right' as const },
      })),
    ),
    ...table.rows.map((row) => [
      { text: text.sectorName(row.sector), options: { fontSize: size, fontFace: font } },
      ...table.targets.flatMap((_, k) =>
        table.scenarios.map((_s, i) => ({
          text: cell(row.cells[i]![k]!),
          options: { fontSize: size, fontFace: font, align: 'right' as const },
        })),
      ),
    ]),
  ];
  slide.addTable(rows as never, {
    x: MARGIN,
    y: 1.35,
    w: INNER,
    colW: [sectorWidth, ...Array.from({ length: columns }, () => columnWidth)],
    border: { type: 'solid', pt: 0.5, color: 'C7CCD3' },
    fontFace: font,
    margin: [0.04, 0.06, 0.04, 0.06],
    rowH: 0.32,
  });
  slide.addText(
    draws
      ? text.t('deck.targetsNoteDraws', { year: table.horizonYear, draws })
      : text.t('deck.targetsNote', { year: table.horizonYear }),
    { x: MARGIN, y: 0.9, w: INNER, h: 0.4, fontSize: 12, fontFace: font, color: '1F2937' },
  );
}

function addTitleSlide(slide: Slide, input: DeckInput, text: ChartText, font: string) {
  slide.addText(text.t('deck.date', { date: input.provenance.date }), {
    x: MARGIN,
    y: 1.6,
    w: INNER,
    h: 0.5,
    fontSize: 18,
    fontFace: font,
  });
  slide.addText(text.t('deck.compared'), {
    x: MARGIN,
    y: 2.3,
    w: INNER,
    h: 0.5,
    fontSize: 18,
    bold: true,
    fontFace: font,
  });
  slide.addText(
    input.model.scenarios.map((scenario) => ({
      text: deckScenarioName(scenario, text),
      options: {
        color: deckIdentity(scenario).color,
        bullet: true,
        breakLine: true,
        bold: scenario.reference,
      },
    })),
    { x: MARGIN, y: 2.8, w: INNER, h: 3.6, fontSize: 20, fontFace: font, valign: 'top', fit: 'shrink' },
  );
}

/** The slides to make: those asked for, with only the chosen sectors' slides when sectors are chosen. */
function slidesOf(input: DeckInput): readonly SlideSpec[] {
  const chosen = input.sectors;
  return chosen
    ? input.slides.filter((slide) => slide.kind !== 'sector' || chosen.includes(slide.sector))
    : input.slides;
}

/**
 * The comparison as a PowerPoint deck: the same slides as presentation mode, with native, editable
 * charts in the scenarios' own colours and dashes (legends list the scenarios only; P10 and P90 edges
 * and helper series are drawn but left out of them), a title, the source line and speaker notes with
 * the slide's key figures on every slide, in English or Chinese. Returns the .pptx file's bytes.
 */
export async function buildDeck(
  input: DeckInput,
  createPresentation: CreatePresentation,
  openZip: OpenZip,
): Promise<Uint8Array> {
  const text = chartText(input.language, { catalogue: input.catalogue });
  const font = fontFace(input.language);
  const source = sourceLine(input.provenance, text);
  const pptx = createPresentation();
  pptx.layout = 'LAYOUT_WIDE';
  pptx.title = xmlSafeText(input.title) || text.t('deck.title');
  pptx.author = productName(input.language);
  pptx.theme = { headFontFace: font, bodyFontFace: font };
  const patches: ChartPatch[] = [];
  for (const spec of slidesOf(input)) {
    const slide = xmlSafeSlide(pptx.addSlide());
    const raw = slideTitle(spec, input, text);
    // Titles are written lower-case for use inside sentences; a slide's starts with a capital.
    // Scenario names in a title may be long (up to 200 characters each): two lines at most, cut with
    // an ellipsis; the names are whole on the title slide and in the speaker notes.
    const fontSize = spec.kind === 'title' ? 34 : 24;
    const title = ellipsise(raw.charAt(0).toUpperCase() + raw.slice(1), 2 * INNER * POINTS, fontSize);
    slide.addText(title, {
      x: MARGIN,
      y: spec.kind === 'title' ? 0.8 : 0.3,
      w: INNER,
      h: spec.kind === 'title' ? 0.8 : 0.6,
      fontSize,
      bold: true,
      fontFace: font,
      fit: 'shrink',
    });
    const note = slideNote(spec, input, text);
    if (note)
      slide.addText(note, {
        x: MARGIN,
        y: 0.9,
        w: INNER,
        h: 0.35,
        fontSize: 12,
        fontFace: font,
        color: '4B5563',
      });
    slide.addText(source, {
      x: MARGIN,
      y: 7.0,
      w: INNER,
      h: 0.35,
      fontSize: 10,
      color: '4B5563',
      fontFace: font,
    });
    slide.addNotes(speakerNotes(spec, input, text, source));
    if (spec.kind === 'title') addTitleSlide(slide, input, text, font);
    else if (spec.kind === 'targets') addTargets(slide, input, text, font);
    else {
      const charts = chartsFor(spec, input, text);
      if (!charts.length)
        slide.addText(text.t('deck.noWhy'), {
          x: MARGIN,
          y: 2,
          w: INNER,
          h: 1,
          fontSize: 18,
          fontFace: font,
        });
      // Charts that carry no legend (the costs') get the slide's, drawn above them.
      const swatches =
        charts.length && !charts.some(({ chart }) => chart.legend)
          ? addSwatchLegend(slide, input.model.scenarios, text, font, CHARTS_TOP) + 0.1
          : 0;
      addCharts(slide, charts, font, patches, swatches);
    }
  }
  const written = (await pptx.write({ outputType: 'uint8array' })) as Uint8Array;
  return finishCharts(written, patches, openZip);
}

/**
 * The chart parts with what pptxgenjs cannot write (`patchChartXml`). pptxgenjs numbers chart parts
 * in the order the charts were added, from a counter it keeps across decks: the parts in numeric order
 * are `patches` in order.
 */
async function finishCharts(
  bytes: Uint8Array,
  patches: readonly ChartPatch[],
  openZip: OpenZip,
): Promise<Uint8Array> {
  const zip = await openZip(bytes);
  const parts = Object.keys(zip.files)
    .filter((name) => /^ppt\/charts\/chart\d+\.xml$/.test(name))
    .sort((a, b) => Number(/\d+/.exec(a)![0]) - Number(/\d+/.exec(b)![0]));
  if (parts.length !== patches.length)
    throw new Error(`the deck has ${parts.length} chart parts for ${patches.length} charts`);
  for (const [i, part] of parts.entries()) {
    const xml = await zip.file(part)!.async('string');
    zip.file(part, patchChartXml(xml, patches[i]!));
  }
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}
