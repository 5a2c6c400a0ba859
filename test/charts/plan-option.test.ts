import { describe, expect, it } from 'vitest';
import { STANDARD_THEME } from '../../shared/charts';
import { planDriversOption, planFrontierOption } from '../../shared/charts/plan-option';

const labels = {
  confidence: 'Confidence',
  cost: 'Cost',
  frontier: 'Frontier',
  plan: 'Plan',
  start: 'Start',
  asked: 'asked',
  description: 'A frontier.',
};

describe('the plan finder’s charts', () => {
  it('draws the frontier by confidence, the plan and the start as points, the asked confidence as a line', () => {
    const option = planFrontierOption(
      {
        frontier: [
          { cost: 90, confidence: 0.9 },
          { cost: 40, confidence: 0.6 },
        ],
        plan: { cost: 60, confidence: 0.82 },
        start: { cost: 120, confidence: 0.7 },
        asked: 0.8,
      },
      labels,
      STANDARD_THEME,
    );
    const series = option.series as {
      id: string;
      data: number[][];
      markLine?: { data: { xAxis: number }[] };
    }[];
    expect(series.map((entry) => entry.id)).toEqual(['frontier', 'plan', 'start']);
    expect(series[0]!.data).toEqual([
      [60, 40],
      [90, 90],
    ]);
    expect(series[0]!.markLine!.data).toEqual([{ xAxis: 80 }]);
    expect(series[1]!.data).toEqual([[82, 60]]);
    expect(option.aria).toEqual({ enabled: true, label: { description: 'A frontier.' } });
  });

  it('draws no plan or start point before the search has answered', () => {
    const option = planFrontierOption({ frontier: [], asked: 0.8 }, labels, STANDARD_THEME);
    expect((option.series as unknown[]).length).toBe(1);
  });

  it('puts the strongest separation at the top of the dot plot', () => {
    const option = planDriversOption(
      [
        { label: 'trend', auc: 0.2 },
        { label: 'leakage', auc: 0.7 },
      ],
      { axis: 'AUC', description: 'Dots.' },
      STANDARD_THEME,
    );
    // ECharts draws the first category at the bottom.
    expect((option.yAxis as { data: string[] }).data).toEqual(['leakage', 'trend']);
    const [series] = option.series as { data: { value: number[] }[] }[];
    expect(series!.data.map((point) => point.value)).toEqual([
      [0.7, 0],
      [0.2, 1],
    ]);
  });
});
