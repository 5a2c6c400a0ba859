import { describe, expect, it } from 'vitest';
import { getPreset } from '../../shared/catalogue';
import { monteCarloMeta, runMonteCarlo, summarizeDraws } from '../../shared/engine/monte-carlo';
import { collectDraws } from '../../shared/engine/monte-carlo-draws';
import { DEFAULT_TARGETS } from '../../shared/engine/targets';
import { catalogue, prepare, sectorIds } from '../support/engine-arbitraries';

const baseline = getPreset('baseline')!;
const escalation = getPreset('escalation')!;

describe('Monte Carlo', () => {
  const prepared = prepare(baseline);
  const result = runMonteCarlo(prepared, { seed: 7, draws: 60 });
  if (!result.ok) throw new Error(JSON.stringify(result.error));
  const mc = result.value;
  const years = mc.years.length;

  it('orders its bands P10 ≤ P50 ≤ P90 everywhere', () => {
    for (const band of [mc.S, mc.C, mc.aggregateS, mc.chokepointsOpen]) {
      band.p10.forEach((p10, i) => {
        expect(p10).toBeLessThanOrEqual(band.p50[i]!);
        expect(band.p50[i]!).toBeLessThanOrEqual(band.p90[i]!);
      });
    }
  });

  it('spreads the base year too, because the data are uncertain', () => {
    const ic = sectorIds.indexOf('IC');
    expect(mc.S.p90[ic * years]! - mc.S.p10[ic * years]!).toBeGreaterThan(0.01);
  });

  it('is reproducible from its seed and changes with another seed', () => {
    const again = runMonteCarlo(prepare(baseline), { seed: 7, draws: 60 });
    const other = runMonteCarlo(prepare(baseline), { seed: 8, draws: 60 });
    expect(again).toEqual(result);
    expect(other.ok && Array.from(other.value.S.p50)).not.toEqual(Array.from(mc.S.p50));
  });

  it('gives the same result when its draws are split between threads', () => {
    const range = (from: number, to: number) => {
      const samples = collectDraws(prepared, { seed: 7, from, to, targets: DEFAULT_TARGETS });
      if (!samples.ok) throw new Error('failed');
      return samples.value;
    };
    const split = summarizeDraws([range(0, 17), range(17, 60)], monteCarloMeta(prepared, 7));
    expect(split).toEqual(mc);
  });

  it('holds overridden parameters and data fixed in every draw', () => {
    const pinned = {
      ...baseline,
      parameters: { nu: 1.5, gF: 0.05, leakage: 0.4, lagR: 1 },
      sectors: Object.fromEntries(
        catalogue.sectors.map((s) => [s.id, { data: { S0: s.data.S0, lag0: s.data.lag0 } }]),
      ),
    };
    const pinnedRun = runMonteCarlo(prepare(pinned), { seed: 3, draws: 30 });
    if (!pinnedRun.ok) throw new Error('failed');
    // C0 depends only on g_F and lag0: both pinned, so the base-year band collapses.
    sectorIds.forEach((_, s) => {
      expect(pinnedRun.value.C.p90[s * years]! - pinnedRun.value.C.p10[s * years]!).toBeLessThan(1e-12);
    });
  });

  it('uses common random numbers: two scenarios draw the same base year', () => {
    const other = runMonteCarlo(prepare(escalation), { seed: 7, draws: 60 });
    if (!other.ok) throw new Error('failed');
    // Escalation changes nothing before 2026, so its 2025 bands equal the Baseline's draw for draw.
    sectorIds.forEach((_, s) => {
      expect(other.value.C.p50[s * years]).toBe(mc.C.p50[s * years]);
      expect(other.value.C.p10[s * years]).toBe(mc.C.p10[s * years]);
    });
  });

  it('reports the probability of reaching a target as a non-decreasing share of draws', () => {
    for (const sector of sectorIds) {
      for (const probability of Object.values(mc.targetProbability[sector]!)) {
        for (let y = 1; y < years; y++) expect(probability[y]!).toBeGreaterThanOrEqual(probability[y - 1]!);
        expect(probability[years - 1]!).toBeLessThanOrEqual(1);
      }
    }
    expect(mc.chokepointsAtHorizon.reduce((a, b) => a + b, 0)).toBe(60);
  });
});
