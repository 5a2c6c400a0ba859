import { describe, expect, it } from 'vitest';
import { renderChartSvg } from '../../cli/report/render-chart-svg';
import type { ChartText } from '../../shared/charts';
import {
  aggregateOption,
  chartText,
  chokepointsOption,
  costsOption,
  BASELINE_SLOT,
  IDENTITY_SLOTS,
  SCENARIO_IDENTITIES,
  PRESENTATION_THEME,
  sectorMultiplesHeight,
  sectorMultiplesOption,
  STANDARD_THEME,
  waterfallOption,
} from '../../shared/charts';
import { attributionWaterfall, displayedWaterfall, runAttribution } from '../../shared/compare';
import { threePresets } from './support/three-presets';

const { catalogue, baseline, push, model } = threePresets({
  draws: 6,
  pushName: 'Push <b>&</b>',
});
const attribution = runAttribution(baseline, push, catalogue);
if (!attribution.ok) throw new Error('attribution failed');
const waterfall = attributionWaterfall(attribution.value, {
  output: { kind: 'aggregateS' },
  year: 2040,
  reference: { id: baseline.id, label: 'Baseline' },
  other: { id: push.id, label: push.name },
});
if (!waterfall.ok) throw new Error('waterfall failed');

const en = chartText('en', { catalogue });
const zh = chartText('zh-CN', { catalogue });
type Option = Record<string, any>;

/** Every builder, as the compare view and the report call them. */
const BUILDERS: Record<string, { build: (text: ChartText) => Option; height: number }> = {
  aggregate: {
    build: (text) => aggregateOption(model.trajectories, { bands: true }, STANDARD_THEME, text),
    height: 320,
  },
  chokepoints: {
    build: (text) => chokepointsOption(model.trajectories, { bands: true, total: 35 }, STANDARD_THEME, text),
    height: 320,
  },
  sectors: {
    build: (text) =>
      sectorMultiplesOption(model.trajectories, { variable: 'S', bands: true }, STANDARD_THEME, text),
    height: sectorMultiplesHeight(11),
  },
  costs: {
    build: (text) => costsOption(model.costs, { measure: 'cumulative' }, STANDARD_THEME, text),
    height: 300,
  },
  waterfall: { build: (text) => waterfallOption(waterfall.value, {}, STANDARD_THEME, text), height: 360 },
};

const CJK = /[\u4e00-\u9fff]/;

describe('shared chart options', () => {
  for (const [name, { build, height }] of Object.entries(BUILDERS)) {
    it(`${name}: carries a plain-language description in the chart's language and renders to SVG`, () => {
      const english = build(en);
      const chinese = build(zh);
      expect(english.aria.enabled).toBe(true);
      expect(english.aria.label.description.length).toBeGreaterThan(40);
      expect(english.aria.label.description).not.toMatch(CJK);
      expect(chinese.aria.label.description).toMatch(CJK);
      expect(english.animation).toBe(false);
      const svg = renderChartSvg(english as never, { width: 960, height }, 'en');
      expect(svg.startsWith('<svg')).toBe(true);
      // ECharts escapes text it draws: the name's markup is shown, never interpreted.
      expect(svg).not.toContain('<b>&</b>');
    });
  }

  it('describes every scenario’s first and last value', () => {
    const description = (BUILDERS.aggregate!.build(en) as Option).aria.label.description as string;
    for (const scenario of model.trajectories.scenarios) {
      expect(description).toContain(
        `${scenario.label} from ${en.format.percent(scenario.aggregateS.values[0]!)} to ${en.format.percent(scenario.aggregateS.values.at(-1)!)}`,
      );
    }
    expect(description).toContain('P10–P90 range of 6 Monte Carlo draws');
  });

  it('draws each scenario’s line in its identity colour and dash, bands as a stacked lower edge and width', () => {
    const option = BUILDERS.aggregate!.build(en);
    const lines = option.series.filter((series: Option) => !String(series.id).startsWith('band:'));
    expect(
      lines.map((series: Option) => [series.name, series.lineStyle.color, series.lineStyle.type]),
    ).toEqual([
      // Each in the identity stored with it: the Baseline grey, the push blue, the escalation vermillion.
      ['Baseline', STANDARD_THEME.baseline, IDENTITY_SLOTS[BASELINE_SLOT]!.dash],
      ['Push <b>&</b>', SCENARIO_IDENTITIES.blue.light, SCENARIO_IDENTITIES.blue.dash],
      ['Escalation', SCENARIO_IDENTITIES.vermillion.light, SCENARIO_IDENTITIES.vermillion.dash],
    ]);
    const [low, width] = option.series.filter((series: Option) =>
      String(series.id).startsWith(`band:aggregate:${push.id}`),
    );
    const band = model.trajectories.scenarios[1]!.aggregateS.band!;
    expect(low.stack).toBe(width.stack);
    expect(low.data).toEqual(band.p10);
    width.data.forEach((value: number, y: number) =>
      expect(value).toBeCloseTo(band.p90[y]! - band.p10[y]!, 12),
    );
    // Edges in the scenario's colour; only the reference's band is shaded unless every band is asked for.
    expect(width.lineStyle.color).toBe(SCENARIO_IDENTITIES.blue.light);
    expect(width.areaStyle).toBeUndefined();
    const filled = aggregateOption(
      model.trajectories,
      { bands: true, fillAll: true },
      STANDARD_THEME,
      en,
    ) as Option;
    expect(filled.series.find((series: Option) => series.id === width.id).areaStyle.color).toBe(
      SCENARIO_IDENTITIES.blue.light,
    );
    // Without bands asked for, none are drawn.
    expect(aggregateOption(model.trajectories, { bands: false }, STANDARD_THEME, en).series).toHaveLength(3);
    expect(option.legend.formatter('Baseline')).toBe('Baseline (reference)');
  });

  it('lays the small multiples out on shared axes, one panel per sector, S or C', () => {
    const option = sectorMultiplesOption(
      model.trajectories,
      { variable: 'C', bands: false, sectors: ['IC', 'LITH', 'ISW'], columns: 2 },
      PRESENTATION_THEME,
      zh,
    ) as Option;
    expect(option.grid).toHaveLength(3);
    expect(option.title.map((title: Option) => title.text)).toEqual(['芯片', '光刻', '工业软件']);
    expect(new Set(option.yAxis.map((axis: Option) => `${axis.min}-${axis.max}`))).toEqual(new Set(['0-1']));
    expect(new Set(option.xAxis.map((axis: Option) => axis.data.join()))).toEqual(
      new Set([model.trajectories.years.map(String).join()]),
    );
    const lith = option.series.find((series: Option) => series.id === `C:LITH:${push.id}`);
    expect(lith.data).toEqual(model.trajectories.scenarios[1]!.C.LITH!.values);
    expect(lith.xAxisIndex).toBe(1);
    expect(lith.lineStyle.width).toBe(PRESENTATION_THEME.lineWidth);
  });

  it('lists every scenario’s value for the hovered year in the tooltip, escaped, bands left out', () => {
    const option = BUILDERS.aggregate!.build(en);
    const params = option.series.map((series: Option, seriesIndex: number) => ({
      seriesId: series.id,
      seriesName: series.name,
      seriesIndex,
      axisValueLabel: '2030',
      value: series.data[5],
    }));
    const html = option.tooltip.formatter(params) as string;
    expect(html).toContain('<div class="chart-tip-year">2030</div>');
    expect(html.match(/chart-tip-row/g)).toHaveLength(3);
    expect(html).toContain('Push &#60;b&#62;&#38;&#60;/b&#62;');
    expect(html).toContain('chart-tip-swatch-1');
    expect(html).not.toMatch(/style=/);
  });

  it('draws chokepoints as steps from 0 to the catalogue’s count', () => {
    const option = BUILDERS.chokepoints!.build(en);
    expect(option.yAxis).toMatchObject({ min: 0, max: 35 });
    expect(option.series.every((series: Option) => series.step === 'end')).toBe(true);
  });

  it('labels the waterfall so that the printed contributions add up to the printed difference', () => {
    const option = BUILDERS.waterfall!.build(en);
    const categories = option.xAxis.data as string[];
    expect(categories[0]).toBe('Baseline');
    expect(categories.at(-1)).toBe(push.name);
    const shown = displayedWaterfall(waterfall.value, 3);
    const labels = [...option.series[1].data, ...option.series[2].data].flatMap((datum: Option | string) =>
      typeof datum === 'object' && datum.label.show ? [datum.label.formatter as string] : [],
    );
    const printed = labels
      .filter((label) => label.endsWith(' pp'))
      .map((label) => Number(label.replace(' pp', '')));
    expect(Math.round(printed.reduce((sum, value) => sum + value, 0) * 10)).toBe(
      Math.round(shown.difference * 1000),
    );
    expect(option.aria.label.description).toContain(
      `a difference of ${en.format.percentPoints(shown.difference)}`,
    );
    // Groups that contribute nothing are left out; restriction and openness do not differ here.
    expect(categories).not.toContain('Restriction level');
  });
});
