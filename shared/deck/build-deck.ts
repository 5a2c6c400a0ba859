import type PptxGenJS from 'pptxgenjs';
import { chartText } from '../charts/chart-text';
import type { ChartText } from '../charts/chart-text';
import { ellipsise } from '../charts/text-width';
import { sourceLine } from '../charts/provenance';
import { outputFormats } from '../charts/output-label';
import type { DeckChart } from './deck-charts';
import { costsChart, deckIdentity, lineChart, waterfallChart } from './deck-charts';
import type { DeckInput } from './deck-input';
import type { SlideSpec } from './slide-plan';

/** A new, empty presentation (pptxgenjs' constructor, passed in so that shared/ imports no library code). */
export type CreatePresentation = () => PptxGenJS;

// LAYOUT_WIDE: 13.33 × 7.5 inches.
const WIDTH = 13.33;
const MARGIN = 0.5;
const INNER = WIDTH - 2 * MARGIN;
/** Points per inch: text widths are measured in points, boxes placed in inches. */
const POINTS = 72;

/** Fonts that hold the language's characters in PowerPoint and Impress on every platform. */
function fontFace(language: DeckInput['language']): string {
  return language === 'zh-CN' ? 'Microsoft YaHei' : 'Calibri';
}

type Slide = ReturnType<PptxGenJS['addSlide']>;

/** A native, editable chart: each group of series drawn alike, on one pair of axes. */
function addChart(
  slide: Slide,
  chart: DeckChart,
  box: { x: number; y: number; w: number; h: number },
  font: string,
  title?: string,
) {
  const common = {
    ...box,
    fontFace: font,
    showLegend: true,
    legendPos: 'b' as const,
    legendFontSize: 12,
    legendFontFace: font,
    catAxisLabelFontSize: 11,
    valAxisLabelFontSize: 11,
    catAxisLabelFontFace: font,
    valAxisLabelFontFace: font,
    valAxisLabelFormatCode: chart.format,
    ...(chart.min === undefined ? {} : { valAxisMinVal: chart.min }),
    ...(chart.max === undefined ? {} : { valAxisMaxVal: chart.max }),
    ...(title ? { showTitle: true, title, titleFontSize: 14, titleFontFace: font } : {}),
    // The waterfall's invisible bases would cut gridlines; its bars carry the reading.
    ...(chart.stacked ? { valGridLine: { style: 'none' as const } } : {}),
  };
  const types = chart.groups.map((group) => ({
    type: group.type,
    data: group.series,
    options: {
      chartColors: group.colors,
      ...(group.type === 'line'
        ? { lineDash: group.dash, lineSize: group.width, lineDataSymbol: 'none' as const }
        : { barGrouping: chart.stacked ? 'stacked' : 'clustered', barGapWidthPct: 60 }),
    },
  }));
  if (types.length === 1) {
    const [only] = types;
    slide.addChart(only!.type, only!.data, { ...common, ...only!.options });
  } else {
    // A combo chart: one chart part whose groups keep their own colours and dashes.
    slide.addChart(types as never, { ...common, catAxisLabelFrequency: '5' } as never);
  }
}

function chartFor(
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
          chart: lineChart(trajectories.years, model.scenarios, (s) => find(s.id).aggregateS, text, percent),
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
        ),
        title: text.t(variable === 'S' ? 'deck.sectorS' : 'deck.sectorC'),
      }));
    case 'chokepoints':
      return [
        {
          chart: lineChart(trajectories.years, model.scenarios, (s) => find(s.id).chokepointsOpen, text, {
            min: 0,
            max: input.catalogue.chokepoints.length,
            format: '0',
          }),
        },
      ];
    case 'costs':
      return [{ chart: costsChart(model.costs, text) }];
    case 'why':
      return input.waterfall
        ? [
            {
              chart: waterfallChart(
                input.waterfall,
                text,
                outputFormats(input.waterfall.output, text).decimals,
              ),
            },
          ]
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
      return text.t('deck.targets', { targets: model.targets.targets.map(text.format.percent).join(', ') });
    case 'costs':
      return text.t('deck.costs', { year: model.horizonYear });
    case 'why':
      return input.waterfall
        ? text.t('title.waterfall', {
            other: input.waterfall.other.label,
            reference: input.waterfall.reference.label,
            output: text.t('output.aggregateS'),
            year: input.waterfall.year,
          })
        : text.t('deck.why');
  }
}

/** The targets as a native table: a row per sector, a column per target and scenario. */
function addTargets(slide: Slide, input: DeckInput, text: ChartText, font: string) {
  const table = input.model.targets;
  const head = { bold: true, fontSize: 11, fontFace: font, fill: { color: 'F1F3F5' } };
  const columns = table.targets.length * table.scenarios.length;
  const columnWidth = (INNER - 2.6) / columns;
  // A long name would stretch its narrow column's header over the slide: two lines at most, the
  // whole name being on the title slide and in every chart's legend.
  const header = (label: string) => ellipsise(label, 2 * (columnWidth - 0.1) * POINTS, head.fontSize);
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
      { text: text.sectorName(row.sector), options: { fontSize: 11, fontFace: font } },
      ...table.targets.flatMap((_, k) =>
        table.scenarios.map((_s, i) => ({
          text: row.cells[i]![k]!.year === null ? text.t('deck.notBy') : String(row.cells[i]![k]!.year),
          options: { fontSize: 11, fontFace: font, align: 'right' as const },
        })),
      ),
    ]),
  ];
  slide.addTable(rows as never, {
    x: MARGIN,
    y: 1.35,
    w: INNER,
    colW: [2.6, ...Array.from({ length: columns }, () => columnWidth)],
    border: { type: 'solid', pt: 0.5, color: 'C7CCD3' },
    fontFace: font,
  });
  slide.addText(text.t('deck.targetsNote', { year: table.horizonYear }), {
    x: MARGIN,
    y: 0.95,
    w: INNER,
    h: 0.35,
    fontSize: 12,
    fontFace: font,
    color: '1F2937',
  });
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
      text: scenario.reference ? text.t('reference', { name: scenario.label }) : scenario.label,
      options: {
        color: deckIdentity(scenario).color,
        bullet: true,
        breakLine: true,
        bold: scenario.reference,
      },
    })),
    { x: MARGIN, y: 2.8, w: INNER, h: 3, fontSize: 20, fontFace: font, valign: 'top', fit: 'shrink' },
  );
}

/**
 * The comparison as a PowerPoint deck: the same slides as presentation mode, with native, editable
 * charts (line charts with each scenario and its P10/P90 as series, bars for costs and the waterfall)
 * in the scenarios' own colours and dashes, a title and the source line on every slide, in English or
 * Chinese. Returns the .pptx file's bytes.
 */
export async function buildDeck(
  input: DeckInput,
  createPresentation: CreatePresentation,
): Promise<Uint8Array> {
  const text = chartText(input.language, { catalogue: input.catalogue });
  const font = fontFace(input.language);
  const source = sourceLine(input.provenance, text);
  const pptx = createPresentation();
  pptx.layout = 'LAYOUT_WIDE';
  pptx.title = input.title || text.t('deck.title');
  pptx.author = 'Chokepoint Planner';
  pptx.theme = {
    headFontFace: font,
    bodyFontFace: font,
  };
  for (const spec of input.slides) {
    const slide = pptx.addSlide();
    const raw = slideTitle(spec, input, text);
    // Titles are written lower-case for use inside sentences; a slide's starts with a capital.
    // Scenario names in a title may be long (up to 200 characters each): two lines at most, cut with
    // an ellipsis; the names are whole on the title slide and in the charts' legends.
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
    slide.addText(source, {
      x: MARGIN,
      y: 7.0,
      w: INNER,
      h: 0.35,
      fontSize: 10,
      color: '4B5563',
      fontFace: font,
    });
    if (spec.kind === 'title') addTitleSlide(slide, input, text, font);
    else if (spec.kind === 'targets') addTargets(slide, input, text, font);
    else {
      const charts = chartFor(spec, input, text);
      if (!charts.length)
        slide.addText(text.t('deck.noWhy'), {
          x: MARGIN,
          y: 2,
          w: INNER,
          h: 1,
          fontSize: 18,
          fontFace: font,
        });
      const w = INNER / Math.max(1, charts.length);
      charts.forEach(({ chart, title: chartTitle }, i) =>
        addChart(slide, chart, { x: MARGIN + i * w, y: 1.05, w: w - 0.1, h: 5.8 }, font, chartTitle),
      );
    }
  }
  const out = await pptx.write({ outputType: 'uint8array' });
  return out as Uint8Array;
}
