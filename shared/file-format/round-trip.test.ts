import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { getCatalogue } from '../catalogue';
import { scenarioArbitrary } from '../../test/support/scenario-arbitrary';
import { canonicalJson } from './canonical-json';
import { parseScenarioFile } from './parse-scenario-file';
import { serializeScenarioFile } from './serialize-scenario-file';

const catalogue = getCatalogue('default-2025')!;
const scenarios = fc.uniqueArray(scenarioArbitrary(catalogue), {
  selector: (scenario) => scenario.id,
  maxLength: 3,
});
const meta = fc.record({
  exportedAt: fc.constant('2026-11-28T12:00:00Z'),
  appVersion: fc.string({ minLength: 1, maxLength: 10 }),
  modelVersion: fc.integer({ min: 1, max: 9 }),
});

describe('export → import → export', () => {
  it('gives a byte-identical file, the same scenarios and a matching hash', () => {
    fc.assert(
      fc.property(scenarios, meta, (list, exportMeta) => {
        const text = serializeScenarioFile(list, exportMeta);
        const result = parseScenarioFile(text);
        if (!result.ok) throw new Error(JSON.stringify(result.error, null, 2));
        expect(result.value.hashMismatch).toBe(false);
        expect(canonicalJson(result.value.scenarios)).toBe(canonicalJson(list));
        expect(serializeScenarioFile(result.value.scenarios, exportMeta)).toBe(text);
      }),
      { numRuns: 150 },
    );
  });
});
