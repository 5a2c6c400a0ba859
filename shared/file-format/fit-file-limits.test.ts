import { describe, expect, it } from 'vitest';
import { PRESETS } from '../catalogue';
import { scenarioFileParts, scenarioFileText } from './fit-file-limits';
import { serializeScenarioFile } from './serialize-scenario-file';

const META = { exportedAt: '2026-12-07T00:00:00.000Z', appVersion: '0.1.0', modelVersion: 2 };

describe('a file inside the limits', () => {
  it('is canonical when the canonical form fits', () => {
    const canonical = serializeScenarioFile(PRESETS, META);
    expect(scenarioFileText(PRESETS, META)).toEqual({ ok: true, value: canonical });
    expect(scenarioFileParts(PRESETS, META)).toEqual([{ text: canonical, count: PRESETS.length }]);
  });
});
