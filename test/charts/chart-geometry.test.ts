import * as echarts from 'echarts';
import type { EChartsOption } from 'echarts';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import type { LayerScenario, LivePoint } from '../../shared/charts';
import {
  aggregateLayers,
  aggregateOption,
  chartText,
  chokepointLayers,
  chokepointsOption,
  costsOption,
  sectorLayers,
  sectorLayersHeight,
  sectorMultiplesHeight,
  sectorMultiplesOption,
  STANDARD_THEME,
  textWidth,
  waterfallOption,
} from '../../shared/charts';
import { attributionWaterfall, runAttribution } from '../../shared/compare';
import { threePresets } from './support/three-presets';

/**
 * Geometry through ECharts' own coordinate conversion (not by eye): every series starts on the value
 * axis at its first year, and the editor's live layer draws exactly over its base layer's plots, at the
 * chart widths a 1280- and a 1920-pixel window give (and the widths between).
 */
const { catalogue, baseline, push, outcomes, model } = threePresets({ draws: 4 });
const text = chartText('en', { catalogue });

type Chart = ReturnType<typeof echarts.init>;
const charts: Chart[] = [];
afterEach(() => charts.splice(0).forEach((chart) => chart.dispose()));

function draw(option: EChartsOption, width: number, height: number): Chart {
  const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width, height });
  charts.push(chart);
  chart.setOption(option);
  return chart;
}

/**
 * The charts several tests read (the same option at the same size), drawn by the first that asks: the
 * options are built from the same runs, so a later test's option is the one drawn.
 */
const shared = new Map<string, Chart>();
afterAll(() => shared.forEach((chart) => chart.dispose()));

function drawShared(key: string, option: () => EChartsOption, width: number, height: number): Chart {
  const id = `${key} ${width}×${height}`;
  let chart = shared.get(id);
  if (!chart) {
    chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width, height });
    chart.setOption(option());
    shared.set(id, chart);
  }
  return chart;
}

interface GridRect {
  x: number;
  y: number;
  width: number;
  height: number;
}
function gridRect(chart: Chart, gridIndex: number): GridRect {
  const model = (
    chart as unknown as { getModel(): { getComponent(type: string, i: number): unknown } }
  ).getModel();
  const grid = model.getComponent('grid', gridIndex) as { coordinateSystem: { getRect(): GridRect } };
  return grid.coordinateSystem.getRect();
}

type Series = { id?: string; type?: string; data?: unknown[]; xAxisIndex?: number };

/** Every line's first point lies on its grid's left edge (the value axis), at the first year. */
function expectLinesStartOnAxis(chart: Chart, option: EChartsOption) {
  const series = (option.series as Series[]).filter((s) => s.type === 'line' && (s.data?.length ?? 0) > 0);
  expect(series.length).toBeGreaterThan(0);
  for (const s of series) {
    const grid = s.xAxisIndex ?? 0;
    const first = s.data![0] as number;
    const [x] = chart.convertToPixel({ seriesId: s.id! }, [0, first]) as number[];
    expect(x, `${s.id} starts at the axis`).toBeCloseTo(gridRect(chart, grid).x, 6);
  }
}

// Chart widths in the compare view and the editor's sector box for 1280- and 1920-pixel windows.
const WIDTHS = [1200, 1840, 560, 900, 360];

/** The editor's charts at `width`: the compared runs as layers, the grid of sector cells. */
function editorLayout(width: number) {
  const scenarios: LayerScenario[] = outcomes.map((outcome, i) => ({
    id: outcome.scenario.id,
    label: outcome.scenario.name,
    role: i === 0 ? 'edited' : 'compared',
    reference: i === 0,
    colorIndex: i,
    runKey: String(i),
    bandsKey: String(i),
    bandsDone: 4,
    run: outcome.run,
    bands: outcome.bands,
  }));
  const columns = width >= 760 ? 4 : width >= 520 ? 3 : 2;
  const layout = { columns, cellHeight: 150, top: 28, width };
  const sectors = catalogue.sectors.map((sector) => ({ id: sector.id, name: sector.name.en }));
  return {
    scenarios,
    latest: { scenarios },
    layout,
    sectors,
    height: sectorLayersHeight(sectors.length, layout),
  };
}

/** The right end of every "2040" label an SVG draws, from its position, anchor and font size. */
function lastYearLabelEnds(svg: string): number[] {
  return [...svg.matchAll(/<text([^>]*)>2040<\/text>/g)].map((match) => {
    const attributes = match[1]!;
    const x = Number(/translate\(([-\d.]+)/.exec(attributes)?.[1]);
    const anchor = /text-anchor="(\w+)"/.exec(attributes)?.[1] ?? 'start';
    const w = textWidth('2040', Number(/font-size:\s*([\d.]+)px/.exec(attributes)?.[1] ?? 12));
    return anchor === 'end' ? x : anchor === 'middle' ? x + w / 2 : x + w;
  });
}

describe('chart geometry', () => {
  for (const width of WIDTHS) {
    it(`compare charts start every series on the axis at ${width} px`, () => {
      for (const [key, option, height] of [
        ['aggregate', aggregateOption(model.trajectories, { bands: true }, STANDARD_THEME, text), 320],
        [
          'chokepoints',
          chokepointsOption(model.trajectories, { bands: true, total: 35 }, STANDARD_THEME, text),
          320,
        ],
        [
          'sectors',
          sectorMultiplesOption(
            model.trajectories,
            { variable: 'S', bands: true, width },
            STANDARD_THEME,
            text,
          ),
          sectorMultiplesHeight(11),
        ],
        ['costs', costsOption(model.costs, { measure: 'cumulative' }, STANDARD_THEME, text), 300],
      ] as const)
        expectLinesStartOnAxis(
          drawShared(key, () => option, width, height),
          option,
        );
    });

    it(`editor charts: the live layer lies exactly on the base layer's plots at ${width} px`, () => {
      const { scenarios, latest, layout, sectors, height } = editorLayout(width);
      const layers = sectorLayers(scenarios, sectors, layout, STANDARD_THEME, text, latest);
      const base = drawShared('sector layers', () => layers.base, width, height);
      expectLinesStartOnAxis(base, layers.base);
      const edited = outcomes[0]!.run;
      const bands = outcomes[0]!.bands!;
      const n = edited.years.length;
      // Per sector: the self-reliance band's edges, the capability band's, then the two lines.
      const { strokes, fills } = layers.live;
      expect(strokes).toHaveLength(6 * sectors.length);
      expect(fills).toHaveLength(sectors.length);
      const expectOn = (actual: LivePoint | undefined, expected: number[], what: string) => {
        expect(actual?.[0], `${what}: x`).toBeCloseTo(expected[0]!, 6);
        expect(actual?.[1], `${what}: y`).toBeCloseTo(expected[1]!, 6);
      };
      sectors.forEach((sector, g) => {
        const index = edited.sectorIds.indexOf(sector.id);
        const pixel = (y: number, value: number) =>
          base.convertToPixel({ gridIndex: g }, [y, value]) as number[];
        for (const y of [0, n - 1]) {
          expectOn(strokes[6 * g + 4]!.points[y], pixel(y, edited.S[index * n + y]!), `${sector.id} S ${y}`);
          expectOn(strokes[6 * g + 5]!.points[y], pixel(y, edited.C[index * n + y]!), `${sector.id} C ${y}`);
          expectOn(
            strokes[6 * g]!.points[y],
            pixel(y, bands.S.p10[index * n + y]!),
            `${sector.id} S p10 ${y}`,
          );
          expectOn(
            strokes[6 * g + 3]!.points[y],
            pixel(y, bands.C.p90[index * n + y]!),
            `${sector.id} C p90 ${y}`,
          );
        }
        expect(strokes[6 * g + 4]!.points[0]![0]).toBeCloseTo(gridRect(base, g).x, 6);
        expect(fills[g]!.points).toHaveLength(2 * n);
        expectOn(fills[g]!.points[0], pixel(0, bands.S.p10[index * n]!), `${sector.id} band area`);
      });

      const size = { width: width / 2, height: 200 };
      for (const [layers2, variable, step] of [
        [aggregateLayers(scenarios, size, STANDARD_THEME, text, latest), 'aggregateS', false],
        [chokepointLayers(scenarios, 35, size, STANDARD_THEME, text, latest), 'chokepointsOpen', true],
      ] as const) {
        const b = drawShared(variable, () => layers2.base, size.width, size.height);
        expectLinesStartOnAxis(b, layers2.base);
        // The edited line is the last stroke; a step line has two points per year after the first.
        const line = layers2.live.strokes.at(-1)!.points;
        expect(line).toHaveLength(step ? 2 * n - 1 : n);
        expectOn(
          line[0],
          b.convertToPixel({ gridIndex: 0 }, [0, edited[variable][0]!]) as number[],
          variable,
        );
        expectOn(
          line.at(-1),
          b.convertToPixel({ gridIndex: 0 }, [n - 1, edited[variable][n - 1]!]) as number[],
          `${variable} last`,
        );
      }
    });
  }

  it('the last year’s label stays inside every chart, at every width', () => {
    for (const width of WIDTHS) {
      const { scenarios, latest, layout, sectors, height } = editorLayout(width);
      const drawn = [
        drawShared(
          'sector layers',
          () => sectorLayers(scenarios, sectors, layout, STANDARD_THEME, text, latest).base,
          width,
          height,
        ),
        drawShared(
          'aggregateS',
          () =>
            aggregateLayers(scenarios, { width: width / 2, height: 200 }, STANDARD_THEME, text, latest).base,
          width / 2,
          200,
        ),
        drawShared(
          'aggregate',
          () => aggregateOption(model.trajectories, { bands: true }, STANDARD_THEME, text),
          width,
          320,
        ),
      ];
      for (const chart of drawn) {
        const ends = lastYearLabelEnds(chart.renderToSVGString());
        expect(ends.length, `${width} px`).toBeGreaterThan(0);
        for (const end of ends) expect(end, `${width} px`).toBeLessThanOrEqual(chart.getWidth());
      }
    }
  });

  it('the waterfall’s value axis includes zero', () => {
    const attribution = runAttribution(baseline, push, catalogue);
    if (!attribution.ok) throw new Error('attribution failed');
    const waterfall = attributionWaterfall(attribution.value, {
      output: { kind: 'aggregateS' },
      year: 2040,
      reference: { id: baseline.id, label: 'Baseline' },
      other: { id: push.id, label: 'Push' },
    });
    if (!waterfall.ok) throw new Error('waterfall failed');
    // Both ends are far above zero (the case that used to start the axis at 65 %).
    expect(Math.min(waterfall.value.reference.value, waterfall.value.other.value)).toBeGreaterThan(0.2);
    for (const width of [1200, 1840]) {
      const option = waterfallOption(waterfall.value, { width }, STANDARD_THEME, text);
      const chart = draw(option, width, 360);
      const rect = gridRect(chart, 0);
      const zero = chart.convertToPixel({ yAxisIndex: 0 }, 0) as number;
      expect(zero).toBeCloseTo(rect.y + rect.height, 6);
    }
  });
});
