import * as echarts from 'echarts';
import type { EChartsOption } from 'echarts';
import { afterEach, describe, expect, it } from 'vitest';
import type { LayerScenario } from '../../shared/charts';
import {
  aggregateOption,
  chartText,
  chokepointLayers,
  sectorLayers,
  sectorLayersHeight,
  sectorMultiplesHeight,
  sectorMultiplesOption,
  STANDARD_THEME,
} from '../../shared/charts';
import {
  OBSERVED_ID_PREFIX,
  observedPanels,
  withObservedHistory,
  withObservedHistoryLayers,
} from '../../shared/charts/observed-history-series';
import { threePresets } from './support/three-presets';

/**
 * The observed record before the base year, read back from ECharts' own layout (server-side SVG): the
 * points sit in a plot of their own left of the projection, at their years and values, the projection's
 * lines still start on its axis, and the editor's live layer follows the narrowed plots.
 */
const { catalogue, outcomes, model } = threePresets({ draws: 4 });
const text = chartText('en', { catalogue });
const zh = chartText('zh-CN', { catalogue });
const BASE_YEAR = 2025;

type Chart = ReturnType<typeof echarts.init>;
const charts: Chart[] = [];
afterEach(() => charts.splice(0).forEach((chart) => chart.dispose()));

function draw(option: EChartsOption, width: number, height: number): Chart {
  const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width, height });
  charts.push(chart);
  chart.setOption(option);
  return chart;
}

interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}
function gridRect(chart: Chart, gridIndex: number): Rect {
  const m = (
    chart as unknown as { getModel(): { getComponent(type: string, i: number): unknown } }
  ).getModel();
  return (
    m.getComponent('grid', gridIndex) as { coordinateSystem: { getRect(): Rect } }
  ).coordinateSystem.getRect();
}

type Series = { id?: string; type?: string; data?: unknown[]; xAxisIndex?: number };
const seriesOf = (option: EChartsOption) => option.series as Series[];
const sectorIds = catalogue.sectors.map((sector) => sector.id);
const plots = sectorIds.map((sectorId, grid) => ({ grid, sectorId, name: text.sectorName(sectorId) }));

describe('the observed record on the charts', () => {
  const width = 1200;
  const plain = sectorMultiplesOption(
    model.trajectories,
    { variable: 'S', bands: true, width },
    STANDARD_THEME,
    text,
  );
  const history = {
    baseYear: BASE_YEAR,
    panels: observedPanels('S', plots, BASE_YEAR),
    width,
    format: text.format.percent1,
  };
  const option = withObservedHistory(plain, history, STANDARD_THEME, text);
  const drawn = () => draw(option, width, sectorMultiplesHeight(11));

  it("draws chips' observations before 2025, left of the projection, at their years and values", () => {
    const chart = drawn();
    const ic = sectorIds.indexOf('IC');
    const observed = seriesOf(option).find((s) => s.id === `${OBSERVED_ID_PREFIX}${ic}`)!;
    const historyGrid = observed.xAxisIndex!;
    const values = observed.data!.filter((value) => value !== null);
    expect(values).toEqual([0.153, 0.157, 0.159, 0.167, 0.23]);
    const projection = gridRect(chart, ic);
    const past = gridRect(chart, historyGrid);
    expect(past.x + past.width).toBeLessThan(projection.x);
    expect(past.y).toBeCloseTo(projection.y, 6);
    expect(past.height).toBeCloseTo(projection.height, 6);
    // The 2021 observation: its point is inside the history plot, at 16.7 % on the shared value scale.
    const years = (option.xAxis as { data?: string[] }[])[historyGrid]!.data!;
    const at2021 = years.indexOf('2021');
    const [x, y] = chart.convertToPixel({ seriesId: observed.id! }, [at2021, 0.167]) as number[];
    expect(x).toBeGreaterThan(past.x);
    expect(x).toBeLessThan(past.x + past.width);
    const [, y167] = chart.convertToPixel({ gridIndex: ic }, [0, 0.167]) as number[];
    expect(y).toBeCloseTo(y167!, 6);
  });

  it('keeps every projected line starting on its (narrowed) axis', () => {
    const chart = drawn();
    for (const s of seriesOf(option).filter(
      (s) => s.type === 'line' && !s.id?.startsWith(OBSERVED_ID_PREFIX) && (s.data?.length ?? 0) > 0,
    )) {
      const [x] = chart.convertToPixel({ seriesId: s.id! }, [0, s.data![0] as number]) as number[];
      expect(x, s.id).toBeCloseTo(gridRect(chart, s.xAxisIndex ?? 0).x, 6);
    }
  });

  it('says so where a sector has no observations, and labels the points "Observed" in the legend', () => {
    const titles = (option.title as { text?: string }[]).map((title) => title.text);
    const unobserved = history.panels.filter((panel) => panel.points.length === 0).length;
    expect(unobserved).toBeGreaterThan(0);
    expect(titles.filter((title) => title === 'not observed')).toHaveLength(unobserved);
    const legend = (option.legend as { data: unknown[] }).data;
    expect(legend.at(-1)).toMatchObject({ name: 'Observed' });
    expect(drawn().renderToSVGString()).toContain('not observed');
    // The chart's description says what the points are.
    const described = (option.aria as { label: { description: string } }).label.description;
    expect(described).toMatch(/Grey points before 2025: observed values \(\d+\), with their sources\.$/);
  });

  it('shows the source on hover over the history, and the scenarios elsewhere', () => {
    const ic = sectorIds.indexOf('IC');
    const formatter = (option.tooltip as { formatter: (raw: unknown) => string }).formatter;
    const tip = formatter([{ seriesId: `${OBSERVED_ID_PREFIX}${ic}`, axisValueLabel: '2023', value: 0.23 }]);
    expect(tip).toContain('Observed, 2023');
    expect(tip).toContain('TechInsights, via a secondary source (L)');
    expect(tip).toContain('change of source');
    const scenarios = formatter([
      {
        seriesId: `S:IC:${outcomes[0]!.scenario.id}`,
        seriesName: 'Baseline',
        axisValueLabel: '2030',
        value: 0.2,
      },
    ]);
    expect(scenarios).toContain('2030');
    expect(scenarios).toContain('Baseline');
    const chinese = withObservedHistory(plain, history, STANDARD_THEME, zh);
    const zhTip = (chinese.tooltip as { formatter: (raw: unknown) => string }).formatter([
      { seriesId: `${OBSERVED_ID_PREFIX}${ic}`, axisValueLabel: '2019', value: 0.157 },
    ]);
    expect(zhTip).toContain('观测值，2019 年');
    expect(zhTip).toContain('口径：中国芯片消费中在中国境内生产的比例');
  });

  it('leaves a chart with nothing observed as it was', () => {
    const aggregate = aggregateOption(model.trajectories, { bands: true }, STANDARD_THEME, text);
    const none = { ...history, panels: [{ grid: 0, points: [] }] };
    expect(withObservedHistory(aggregate, none, STANDARD_THEME, text)).toBe(aggregate);
  });

  it("moves the editor's live layer into the narrowed plots, pixel for pixel", () => {
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
    const layout = { columns: 4, cellHeight: 150, top: 28, width };
    const sectors = catalogue.sectors.map((sector) => ({ id: sector.id, name: sector.name.en }));
    const layers = withObservedHistoryLayers(
      sectorLayers(scenarios, sectors, layout, STANDARD_THEME, text, { scenarios }),
      { ...history, width },
      STANDARD_THEME,
      text,
    );
    const base = draw(layers.base, width, sectorLayersHeight(sectors.length, layout));
    const run = outcomes[0]!.run;
    const n = run.years.length;
    sectors.forEach((sector, g) => {
      const index = run.sectorIds.indexOf(sector.id);
      // Per sector: two band edges each for S and C, then the S and C lines.
      const line = layers.live.strokes[6 * g + 4]!.points;
      for (const y of [0, n - 1]) {
        const [x, py] = base.convertToPixel({ gridIndex: g }, [y, run.S[index * n + y]!]) as number[];
        expect(line[y]![0], `${sector.id} ${y} x`).toBeCloseTo(x!, 6);
        expect(line[y]![1], `${sector.id} ${y} y`).toBeCloseTo(py!, 6);
      }
    });

    // The chokepoints chart: 35 open in 2018, the one observation of the economy.
    const size = { width: 600, height: 200 };
    const chokepoints = withObservedHistoryLayers(
      chokepointLayers(scenarios, 35, size, STANDARD_THEME, text, { scenarios }),
      {
        baseYear: BASE_YEAR,
        panels: observedPanels('chokepointsOpen', [{ grid: 0 }], BASE_YEAR),
        width: size.width,
        format: text.format.integer,
      },
      STANDARD_THEME,
      text,
    );
    const observed = seriesOf(chokepoints.base).find((s) => s.id?.startsWith(OBSERVED_ID_PREFIX))!;
    expect(observed.data!.filter((value) => value !== null)).toEqual([35]);
    const b = draw(chokepoints.base, size.width, size.height);
    const last = chokepoints.live.strokes.at(-1)!.points;
    const [x0] = b.convertToPixel({ gridIndex: 0 }, [0, run.chokepointsOpen[0]!]) as number[];
    expect(last[0]![0]).toBeCloseTo(x0!, 6);
    expect(gridRect(b, 1).x + gridRect(b, 1).width).toBeLessThan(gridRect(b, 0).x);
  });
});
