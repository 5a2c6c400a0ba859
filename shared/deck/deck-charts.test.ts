import { describe, expect, it } from 'vitest';
import { chartText } from '../charts/chart-text';
import type { Waterfall } from '../compare/waterfall';
import { waterfallChart } from './deck-charts';

const text = chartText('en');
const formats = { decimals: 3, value: (v: number) => `${v}`, label: (v: number) => `${v}` };

/** A waterfall from 0.30 to 0.30 + the bars' sum, one bar per value. */
function waterfall(values: readonly number[]): Waterfall {
  const groups = ['basicResearch', 'rdTaxCut', 'restriction'] as const;
  let level = 0.3;
  const bars = values.map((value, i) => {
    const start = level;
    level += value;
    return { group: groups[i]!, value, start, end: level };
  });
  return {
    output: { kind: 'aggregateS' },
    year: 2040,
    reference: { id: 'a', label: 'Baseline', value: 0.3 },
    other: { id: 'b', label: 'Push', value: level },
    difference: level - 0.3,
    bars,
  };
}

/** The keys the slide's legend shows: every series but those drawn without one. */
function legend(values: readonly number[]): string[] {
  const chart = waterfallChart(waterfall(values), text, formats);
  return chart.groups
    .flatMap((group) => group.series.map((series) => series.name))
    .filter((_, i) => !chart.helpers.includes(i));
}

describe('the waterfall on a slide', () => {
  it('keys only the directions its bars take', () => {
    expect(legend([0.05, -0.02])).toEqual(['Scenario totals', 'Raises', 'Lowers']);
    expect(legend([0.05, 0.02])).toEqual(['Scenario totals', 'Raises']);
    expect(legend([-0.05, -0.02])).toEqual(['Scenario totals', 'Lowers']);
    // A bar that rounds to nothing is not drawn, so it keys nothing.
    expect(legend([0.05, -0.00001])).toEqual(['Scenario totals', 'Raises']);
  });
});
