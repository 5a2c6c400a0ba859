import { describe, expect, it } from 'vitest';
import type { EChartsOption } from 'echarts';
import { getCatalogue, getPreset } from '../catalogue';
import { buildComparison, runComparison } from '../compare';
import { aggregateOption } from './aggregate-option';
import { chartText } from './chart-text';
import { STANDARD_THEME } from './chart-theme';
import { BAND_KEY_ID, fitLegend, LEGEND_RESERVE, legendSlots } from './legend-layout';
import { textWidth } from './text-width';

const en = chartText('en');
type Loose = Record<string, any>;

describe('legend slots', () => {
  it('puts short names on one row and starts a row when the next would not fit', () => {
    const names = ['Baseline', 'Push', 'Escalation'].map((name) => ({ name, label: name }));
    const wide = legendSlots(names, 900, 12);
    expect(new Set(wide.slots.map((slot) => slot.top)).size).toBe(1);
    expect(wide.height).toBe(12 + 10 + 8);
    const narrow = legendSlots(names, 160, 12);
    expect(new Set(narrow.slots.map((slot) => slot.top)).size).toBe(3);
    expect(narrow.height).toBe(3 * 22 + 8);
  });

  it('never gives an entry more than the chart’s width, and cuts a long name there', () => {
    const long = 'Long-run industrial self-reliance push with allied export controls '.repeat(3);
    for (const width of [200, 360, 900]) {
      const { slots } = legendSlots([{ name: 'a', label: long }], width, 12);
      expect(slots[0]!.left + 28 + 5 + slots[0]!.textWidth).toBeLessThanOrEqual(width);
      expect(slots[0]!.textWidth).toBeLessThan(textWidth(long, 12));
    }
  });
});

describe('fitLegend', () => {
  const catalogue = getCatalogue('default-2025')!;
  const scenarios = [getPreset('baseline')!, getPreset('escalation')!];
  const outcomes = runComparison(scenarios, catalogue, { referenceId: scenarios[0]!.id, draws: 2 });
  if (!outcomes.ok) throw new Error('runs failed');
  const model = buildComparison(outcomes.value, catalogue, {
    referenceId: scenarios[0]!.id,
    discountRate: 0.03,
  });

  it('gives each scenario its own entry and adds one band key where bands are drawn', () => {
    const option = aggregateOption(model.trajectories, { bands: true }, STANDARD_THEME, en);
    const fitted = fitLegend(option, 900, STANDARD_THEME, en).option as Loose;
    const names = fitted.legend.flatMap((legend: Loose) =>
      legend.data.map((entry: string | Loose) => (typeof entry === 'string' ? entry : entry.name)),
    );
    expect(names).toEqual(['Baseline', 'Escalation', 'P10–P90 range']);
    expect(fitted.series.filter((series: Loose) => series.id === BAND_KEY_ID)).toHaveLength(1);
    const plain = fitLegend(
      aggregateOption(model.trajectories, { bands: false }, STANDARD_THEME, en),
      900,
      STANDARD_THEME,
      en,
    ).option as Loose;
    expect(plain.legend).toHaveLength(2);
  });

  it('moves the plot by what the measured legend needs beyond the builders’ reserve', () => {
    const option = aggregateOption(model.trajectories, { bands: true }, STANDARD_THEME, en);
    const narrow = fitLegend(option, 200, STANDARD_THEME, en);
    const grid = (narrow.option as Loose).grid;
    expect(narrow.extraHeight).toBeGreaterThan(0);
    expect(grid.top).toBe((option as Loose).grid.top + narrow.extraHeight);
    const legends = (narrow.option as Loose).legend as Loose[];
    const legendBottom = Math.max(...legends.map((legend) => legend.top + 22));
    expect(legendBottom).toBeLessThanOrEqual(LEGEND_RESERVE + narrow.extraHeight);
  });

  it('leaves a chart without a legend alone', () => {
    const option: EChartsOption = { series: [] };
    expect(fitLegend(option, 500, STANDARD_THEME, en)).toEqual({ option, extraHeight: 0 });
  });
});
