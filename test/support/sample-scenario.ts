import type { Scenario } from '../../shared/domain/scenario';

/**
 * A valid scenario on the default catalogue that uses every kind of field: step and constant
 * schedules, a restriction, data and parameter overrides, ω weights, provenance and extension keys.
 */
export function sampleScenario(id = 'sample-1'): Scenario {
  return {
    id,
    name: 'Escalation with a push',
    description: 'Restrictions rise on chips while basic research ramps up.',
    author: 'Test Team',
    tags: ['workshop', 'test'],
    createdAt: '2026-11-28T10:00:00Z',
    updatedAt: '2026-11-28T11:30:00.250Z',
    parent: { id: 'sample-0', revision: 3 },
    baseYear: 2025,
    horizon: 15,
    seed: 20251128,
    catalogue: 'default-2025',
    sectors: {
      IC: {
        levers: {
          basicResearch: [
            { year: 2025, value: 1 },
            { year: 2028, value: 1.5 },
          ],
          rdTaxCut: 0.2,
        },
        restriction: [
          { year: 2025, value: 0.3 },
          { year: 2026, value: 0.6 },
        ],
        data: { S0: 0.12 },
        parameters: { gF: 0.07, omega: { SME: 0.3 } },
      },
      SME: { levers: { procurement: 0.8 } },
    },
    parameters: { nu: 1.5, omegaScale: 1.2 },
  };
}

/** The same with `x-…` keys on the scenario and on a sector. */
export function sampleScenarioWithExtensions(id = 'sample-x'): Scenario {
  const base = sampleScenario(id);
  return {
    ...base,
    'x-workshop': { room: 'B2', attendees: ['Li', 'Ng'] },
    sectors: { ...base.sectors, IC: { ...base.sectors.IC, 'x-note': 'from the 2026 review' } },
  } as Scenario;
}
