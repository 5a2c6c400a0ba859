import * as echarts from 'echarts';
import type { EChartsOption } from 'echarts';
import { afterEach, describe, expect, it } from 'vitest';
import { getCatalogue } from '../../shared/catalogue';
import {
  backtestChartData,
  backtestChartHeight,
  backtestOption,
  backtestSectors,
  chartText,
  STANDARD_THEME,
} from '../../shared/charts';
import type { Backtest } from '../../shared/engine/backtest';
import { runBacktest } from '../../shared/engine/backtest';

/** The backtest chart read back from ECharts' own layout (server-side SVG). */
const text = chartText('en', { catalogue: getCatalogue('history-2018') });
const result = runBacktest({ draws: 20 });
if (!result.ok) throw new Error('the backtest failed');
const backtest: Backtest = result.value;

type Chart = ReturnType<typeof echarts.init>;
const charts: Chart[] = [];
afterEach(() => charts.splice(0).forEach((chart) => chart.dispose()));

function draw(option: EChartsOption, width: number, height: number): Chart {
  const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width, height });
  charts.push(chart);
  chart.setOption(option);
  return chart;
}

type Series = { id?: string; name?: string; symbol?: string; data?: (number | null)[]; xAxisIndex?: number };

describe('the backtest chart', () => {
  const option = backtestOption(backtestChartData(backtest, 2), { width: 960 }, STANDARD_THEME, text);
  const series = option.series as Series[];

  it('has a panel per observed sector, with the model line, its band and the observations', () => {
    expect(backtestSectors(backtest.rows)).toEqual(['IC', 'SME', 'ROB', 'LITH', 'AMAT']);
    expect((option.grid as unknown[]).length).toBe(5);
    expect(series.filter((s) => s.id?.startsWith('backtest:')).map((s) => s.id)).toEqual(
      ['IC', 'SME', 'ROB', 'LITH', 'AMAT'].map((sector) => `backtest:${sector}`),
    );
    expect(series.filter((s) => s.id?.startsWith('band:'))).toHaveLength(10);
  });

  it('marks in-sample and out-of-sample observations apart, at their years and values', () => {
    const chips = (kind: string) => series.find((s) => s.id === `observed:${kind}:IC`)!;
    expect(chips('in').symbol).toBe('circle');
    expect(chips('out').symbol).toBe('diamond');
    expect(chips('base').symbol).toBe('rect');
    expect(chips('in').data).toEqual([null, 0.157, 0.159, 0.167, null, null, null]);
    expect(chips('out').data).toEqual([null, null, null, null, null, 0.23, null]);
    expect(chips('in').name).toBe('Observed, in sample (to 2021)');
    const chart = draw(option, 960, backtestChartHeight(5));
    // Robots 2024 is drawn where its value lies on the robots' own scale, at the last year.
    const robots = series.find((s) => s.id === 'observed:out:ROB')!;
    const [x, y] = chart.convertToPixel({ seriesId: robots.id! }, [6, 0.585]) as number[];
    const [x2024, y585] = chart.convertToPixel({ gridIndex: robots.xAxisIndex! }, [6, 0.585]) as number[];
    expect(x).toBeCloseTo(x2024!, 6);
    expect(y).toBeCloseTo(y585!, 6);
    // Each panel's scale fits its sector: lithography's tops out at 10 %, carbon fibre's above 60 %.
    const yAxes = option.yAxis as { max: number }[];
    expect(yAxes[3]!.max).toBe(0.1);
    expect(yAxes[4]!.max).toBeGreaterThan(0.6);
  });

  it('gives each observation with its error and source on hover, and describes the chart', () => {
    const formatter = (option.tooltip as { formatter: (raw: unknown) => string }).formatter;
    const tip = formatter([
      { seriesId: 'backtest:SME', dataIndex: 5, axisIndex: 1, axisValueLabel: '2023' },
      { seriesId: 'observed:out:SME', dataIndex: 5, axisIndex: 1, axisValueLabel: '2023' },
    ]);
    expect(tip).toContain('Chip-making equipment 2023');
    expect(tip).toContain('Observed, out of sample (after 2021)');
    expect(tip).toMatch(/35\.0% \(error [−-]5\.0\)/);
    expect(tip).toContain('broker summary quoted by the press (L)');
    const description = (option.aria as { label: { description: string } }).label.description;
    expect(description).toContain('Mean absolute error 4.96 points over 12 observations.');
  });

  it('draws version 1 when asked, and speaks Chinese', () => {
    const v1 = runBacktest({ modelVersion: 1 });
    if (!v1.ok) throw new Error('version 1 failed');
    const zh = chartText('zh-CN', { catalogue: getCatalogue('history-2018') });
    const chinese = backtestOption(backtestChartData(v1.value, 1), {}, STANDARD_THEME, zh);
    expect((chinese.legend as { data: unknown[] }).data[0]).toBe('模型 v1');
    expect((chinese.title as { text: string }[])[0]!.text).toBe('芯片');
    expect((chinese.series as Series[]).some((s) => s.id?.startsWith('band:'))).toBe(false);
  });
});
