import { describe, expect, it } from 'vitest';
import { getCatalogue, getPreset } from '../catalogue';
import { buildComparison, runComparison } from '../compare';
import { chartText } from './chart-text';
import { comparisonProvenance, isoDate, sourceLine } from './provenance';

const en = chartText('en');
const zh = chartText('zh-CN');
const release = { appVersion: '0.1.0', modelVersion: 3, date: '2026-12-03' };

function trajectories(draws: number | undefined) {
  const catalogue = getCatalogue('default-2025')!;
  const scenarios = [getPreset('baseline')!, getPreset('escalation')!];
  const outcomes = runComparison(scenarios, catalogue, { referenceId: scenarios[0]!.id, draws });
  if (!outcomes.ok) throw new Error('runs failed');
  return buildComparison(outcomes.value, catalogue, { referenceId: scenarios[0]!.id, discountRate: 0.03 })
    .trajectories;
}

describe('the source line', () => {
  it('writes version, model, draws, seed and date, in both languages', () => {
    const provenance = { ...release, draws: 500, seed: 42 };
    expect(sourceLine(provenance, en)).toBe(
      'Source: Chokepoint Planner 0.1.0, model v3, 500 draws, seed 42, 2026-12-03',
    );
    expect(sourceLine(provenance, zh)).toBe(
      '来源：卡脖子技术规划器 0.1.0，模型 v3，500 次抽样，随机种子 42，2026-12-03',
    );
    expect(sourceLine({ ...provenance, draws: null }, en)).toBe(
      'Source: Chokepoint Planner 0.1.0, model v3, deterministic runs, 2026-12-03',
    );
  });

  it('says draws and seed whenever the comparison has bands, read from the bands themselves', () => {
    const banded = trajectories(5);
    const provenance = comparisonProvenance(banded, release);
    expect(provenance).toMatchObject({ draws: 5, seed: getPreset('baseline')!.seed });
    expect(sourceLine(provenance, en)).toContain(`5 draws, seed ${getPreset('baseline')!.seed}`);
    expect(sourceLine(provenance, zh)).toContain('5 次抽样');
  });

  it('says deterministic only when no scenario has bands', () => {
    const provenance = comparisonProvenance(trajectories(undefined), release);
    expect(provenance).toMatchObject({ draws: null, seed: null });
    expect(sourceLine(provenance, en)).toContain('deterministic runs');
    expect(sourceLine(provenance, zh)).toContain('确定性运行');
  });

  it('dates in local time as YYYY-MM-DD', () => {
    expect(isoDate(new Date(2026, 0, 5, 23, 30))).toBe('2026-01-05');
  });
});
