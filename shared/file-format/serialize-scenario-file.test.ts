import { describe, expect, it } from 'vitest';
import { sampleScenario, sampleScenarioWithExtensions } from '../../test/support/sample-scenario';
import type { Scenario } from '../domain/scenario';
import { scenarioContentHash } from './content-hash';
import { serializeScenarioFile } from './serialize-scenario-file';

const META = { exportedAt: '2026-11-28T12:00:00Z', appVersion: '0.1.0', modelVersion: 1 };

describe('serializeScenarioFile', () => {
  it('writes the canonical form of file-format.md', () => {
    const text = serializeScenarioFile([sampleScenario()], META);
    const hash = scenarioContentHash(JSON.parse(text).scenarios);
    expect(text).toBe(`{
  "format": "chokepoint-scenarios",
  "formatVersion": 1,
  "modelVersion": 1,
  "createdBy": { "app": "chokepoint-planner", "version": "0.1.0" },
  "exportedAt": "2026-11-28T12:00:00Z",
  "scenarios": [
    {
      "id": "sample-1",
      "name": "Escalation with a push",
      "description": "Restrictions rise on chips while basic research ramps up.",
      "author": "Test Team",
      "tags": ["workshop", "test"],
      "createdAt": "2026-11-28T10:00:00Z",
      "updatedAt": "2026-11-28T11:30:00.250Z",
      "parent": { "id": "sample-0", "revision": 3 },
      "baseYear": 2025,
      "horizon": 15,
      "seed": 20251128,
      "catalogue": "default-2025",
      "sectors": {
        "IC": {
          "levers": {
            "basicResearch": [
              { "year": 2025, "value": 1 },
              { "year": 2028, "value": 1.5 }
            ],
            "rdTaxCut": 0.2
          },
          "restriction": [
            { "year": 2025, "value": 0.3 },
            { "year": 2026, "value": 0.6 }
          ],
          "data": {
            "S0": 0.12
          },
          "parameters": {
            "gF": 0.07,
            "omega": {
              "SME": 0.3
            }
          }
        },
        "SME": {
          "levers": {
            "procurement": 0.8
          }
        }
      },
      "parameters": {
        "nu": 1.5,
        "omegaScale": 1.2
      }
    }
  ],
  "sha256": "${hash}"
}
`);
  });

  it('orders known keys canonically whatever the input order, and puts sorted x- keys last', () => {
    const { sectors, ...rest } = sampleScenario();
    const scrambled = {
      'x-b': 2,
      sectors: {
        SME: { levers: { openness: 0.5, basicResearch: 2 } },
        CNC: {
          'x-z': 1,
          parameters: { psi: 1, omega: { SME: 0.1 }, delta: 0.2 },
          data: { m0: 0.2, S0: 0.1 },
          'x-a': 1,
        },
        IC: sectors.IC,
      },
      'x-a': { z: 1, a: 2 },
      ...rest,
    } as Scenario;
    const text = serializeScenarioFile([scrambled], { ...META, extensions: { 'x-z': 1, 'x-m': 'm' } });
    const keysInOrder = (object: object) => Object.keys(object);
    const file = JSON.parse(text);
    expect(keysInOrder(file)).toEqual([
      'format',
      'formatVersion',
      'modelVersion',
      'createdBy',
      'exportedAt',
      'scenarios',
      'sha256',
      'x-m',
      'x-z',
    ]);
    const scenario = file.scenarios[0];
    expect(keysInOrder(scenario).slice(-3)).toEqual(['parameters', 'x-a', 'x-b']);
    expect(keysInOrder(scenario['x-a'])).toEqual(['a', 'z']);
    expect(keysInOrder(scenario.sectors)).toEqual(['CNC', 'IC', 'SME']);
    expect(keysInOrder(scenario.sectors.SME.levers)).toEqual(['basicResearch', 'openness']);
    expect(keysInOrder(scenario.sectors.CNC)).toEqual(['data', 'parameters', 'x-a', 'x-z']);
    expect(keysInOrder(scenario.sectors.CNC.data)).toEqual(['S0', 'm0']);
    expect(keysInOrder(scenario.sectors.CNC.parameters)).toEqual(['delta', 'omega', 'psi']);
  });

  it('drops keys that are neither known nor extensions, and hashes what it writes', () => {
    const withJunk = { ...sampleScenario(), revision: 7 } as Scenario;
    const text = serializeScenarioFile([withJunk], META);
    expect(text).not.toContain('revision": 7');
    expect(text).toBe(serializeScenarioFile([sampleScenario()], META));
  });

  it('ends with a newline and writes tags on one line', () => {
    const text = serializeScenarioFile([sampleScenarioWithExtensions()], META);
    expect(text.endsWith('}\n')).toBe(true);
    expect(text).toContain('      "tags": ["workshop", "test"],\n');
    expect(serializeScenarioFile([], META)).toContain('"scenarios": [],');
  });
});
