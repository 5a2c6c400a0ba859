import { PRESETS } from '../shared/catalogue';
import type { Scenario } from '../shared/domain/scenario';
import { MODEL_VERSION } from '../shared/engine/model-version';
import { serializeScenarioFile } from '../shared/file-format';

/**
 * A `.chokepoint` file of `count` scenarios (variations of the presets, each with its own id, name and
 * tags), to fill the library for the load benchmark.
 */
export function libraryFile(count: number): string {
  const scenarios: Scenario[] = Array.from({ length: count }, (_, i) => {
    const preset = PRESETS[i % PRESETS.length]!;
    const n = String(i + 1).padStart(4, '0');
    return {
      ...preset,
      id: `bench-${n}`,
      name: `${preset.name} variant ${n}`,
      tags: [`batch-${i % 20}`, i % 3 === 0 ? 'workshop' : 'desk'],
      sectors: {
        ...preset.sectors,
        ROB: {
          restriction: [
            { year: 2025, value: 0.05 },
            { year: 2027, value: Math.round((i % 20) * 5) / 100 },
          ],
        },
      },
    };
  });
  return serializeScenarioFile(scenarios, {
    exportedAt: '2026-11-28T00:00:00Z',
    appVersion: '0.1.0',
    modelVersion: MODEL_VERSION,
  });
}
