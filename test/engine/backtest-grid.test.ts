import { describe, expect, it } from 'vitest';
import { runBacktest } from '../../shared/engine/backtest';
import type { BacktestGrid } from '../../shared/engine/backtest-grid';
import { CALIBRATION_GRID_KEYS, runBacktestGrid } from '../../shared/engine/backtest-grid';

function unwrap(result: ReturnType<typeof runBacktestGrid>): BacktestGrid {
  if (!result.ok) throw new Error(JSON.stringify(result.error));
  return result.value;
}

describe('the calibration grid', () => {
  const grid = unwrap(runBacktestGrid());
  const line = (key: string) => grid.lines.find((entry) => entry.key === key)!;

  it('covers κ_cat, λ_sec and s_ψ over their Monte Carlo ranges, default in the middle', () => {
    expect(grid.lines.map((entry) => entry.key)).toEqual([...CALIBRATION_GRID_KEYS]);
    expect(line('kappaCat').points.map((point) => point.value)).toEqual([0, 0.15, 0.3, 0.45, 0.6]);
    expect(line('lambdaSec').points.map((point) => point.value)).toEqual([1, 2, 3, 4, 5]);
    expect(line('sPsi').points.map((point) => point.value)).toEqual([0.2, 0.275, 0.35, 0.425, 0.5]);
    for (const entry of grid.lines) expect(entry.points[2]!.value).toBe(entry.default);
  });

  it('reproduces the default backtest at the default value', () => {
    const base = runBacktest();
    if (!base.ok) throw new Error('backtest failed');
    expect(grid.atDefault).toEqual(base.value.summary);
    for (const entry of grid.lines) {
      expect(entry.points[2]).toEqual({
        value: entry.default,
        mae: base.value.summary.all.mae,
        coreMae: base.value.summary.core.mae,
        maxShift: 0,
      });
    }
  });

  it('finds that six years of observed S cannot tell κ_cat or s_ψ apart, but do respond to λ_sec', () => {
    for (const key of ['kappaCat', 'sPsi']) {
      // Model version 2 lets s_ψ move the chip-making-equipment share by up to 0.012 points: still nothing.
      for (const point of line(key).points) expect(point.maxShift).toBeLessThan(0.02);
    }
    const lambdaSec = line('lambdaSec').points;
    expect(lambdaSec[0]!.maxShift).toBeGreaterThan(0.3);
    // A stronger security preference raises S, and the model under-predicts: the error falls steadily.
    for (let i = 1; i < lambdaSec.length; i++)
      expect(lambdaSec[i]!.coreMae).toBeLessThan(lambdaSec[i - 1]!.coreMae);
  });

  it('takes other global parameters and another number of points', () => {
    const custom = unwrap(runBacktestGrid({ keys: ['lambdaM'], points: 3 }));
    expect(custom.lines[0]!.points.map((point) => point.value)).toEqual([1, 2, 3]);
  });

  it('refuses a per-sector parameter: the grid sets one value everywhere', () => {
    const refused = runBacktestGrid({ keys: ['gF'] });
    expect(!refused.ok && refused.error).toMatchObject({ kind: 'invalid-parameter', key: 'gF' });
  });
});
