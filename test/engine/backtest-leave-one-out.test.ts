import { describe, expect, it } from 'vitest';
import type { BacktestSetup } from '../../shared/engine/backtest';
import { historicalSetup } from '../../shared/engine/backtest';
import type { LeaveOneSectorOut } from '../../shared/engine/backtest-leave-one-out';
import { runLeaveOneSectorOut } from '../../shared/engine/backtest-leave-one-out';

function unwrap(result: ReturnType<typeof runLeaveOneSectorOut>): LeaveOneSectorOut {
  if (!result.ok) throw new Error(JSON.stringify(result.error));
  return result.value;
}

const held = (loso: LeaveOneSectorOut, sector: string) => loso.sectors.find((s) => s.sector === sector)!;

// docs/model.md, Backtest: the split by sector beside the split by time. Measured on the sourced
// demand growth; a change that moves these must say so in the docs.
describe('the leave-one-sector-out backtest', () => {
  const setup = historicalSetup();
  const loso = unwrap(runLeaveOneSectorOut({ setup }));

  it('predicts every observed sector with a fit on the others, and keeps its measured error', () => {
    expect(loso.sectors.map((s) => s.sector)).toEqual(['IC', 'SME', 'ROB', 'LITH', 'AMAT']);
    expect(loso.summary.all.compared).toBe(12);
    expect(loso.summary.core.compared).toBe(8);
    expect(loso.summary.all.mae).toBeCloseTo(5.08, 1);
    expect(loso.summary.core.mae).toBeCloseTo(2.58, 1);
    for (const s of loso.sectors)
      expect(s.rows.every((row) => row.observation.sector === s.sector)).toBe(true);
  });

  it('fits μ_m without the held-out sector: without SME nothing responds to it, and it falls to 0', () => {
    expect(held(loso, 'SME').fitted).toEqual([expect.objectContaining({ key: 'muM', value: 0 })]);
    expect(held(loso, 'IC').fitted[0]!.value).toBe(0.7);
  });

  it("never lets a sector's own observations reach the fit that predicts them", () => {
    // Move SME's in-sample observation: the SME fold's fit must not move, its error must.
    const moved: BacktestSetup = {
      ...setup,
      observations: setup.observations.map((o) =>
        o.sector === 'SME' && o.year === 2021 ? { ...o, value: 0.3 } : o,
      ),
    };
    const again = unwrap(runLeaveOneSectorOut({ setup: moved }));
    expect(held(again, 'SME').fitted).toEqual(held(loso, 'SME').fitted);
    expect(held(again, 'SME').mae).not.toBeCloseTo(held(loso, 'SME').mae, 3);
    // The other folds see it: the ROB fold now fits a stronger speed-up.
    expect(held(again, 'ROB').fitted[0]!.value).toBeGreaterThan(held(loso, 'ROB').fitted[0]!.value);
  });

  it('fits nothing under model version 1, which has no μ_m', () => {
    const v1 = unwrap(runLeaveOneSectorOut({ setup, modelVersion: 1 }));
    expect(v1.sectors.every((s) => s.fitted.length === 0)).toBe(true);
    expect(v1.summary.all.mae).toBeCloseTo(6.04, 1);
  });
});
