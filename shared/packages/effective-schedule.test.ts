import { describe, expect, it } from 'vitest';
import { getCatalogue, PRESETS } from '../catalogue';
import { builtInPackages } from './built-in-packages';
import { effectiveSchedule } from './effective-schedule';

const catalogue = getCatalogue('default-2025')!;
const baseline = PRESETS.find((preset) => preset.name === 'Baseline')!;

describe('the schedule the editor shows and edits', () => {
  it('is what the packages combine into for an unset restriction, the own schedule when set, and unset otherwise', () => {
    const scenario = {
      ...baseline,
      restrictionPackages: ['hyp-2026-hbm-ai-extension'],
      sectors: { SME: { restriction: 0.5 } },
    };
    const at = (sector: string, input: 'restriction' | 'openness' = 'restriction') =>
      effectiveSchedule(scenario, sector, input, catalogue, builtInPackages);
    expect(at('IC')).toEqual([
      { year: 2025, value: 0.3 },
      { year: 2026, value: 0.45 },
    ]);
    expect(at('SME')).toBe(0.5);
    expect(at('LITH')).toBeUndefined();
    expect(at('IC', 'openness')).toBeUndefined();
    expect(effectiveSchedule(baseline, 'IC', 'restriction', catalogue, builtInPackages)).toBeUndefined();
  });
});
