import { describe, expect, it } from 'vitest';
import { INPUT_IDS, INPUT_RANGES, type InputId } from '../domain/inputs';
import { scenarioSchedule, type Scenario } from '../domain/scenario';
import { scheduleValueAt, type Schedule } from '../domain/schedule';
import { validateScenario } from '../domain/validate-scenario';
import { DEFAULT_CATALOGUE_2025 as catalogue } from './default-2025';
import { getPreset, PRESET_INFO, PRESET_NAMES_ZH, PRESETS, presetSlug } from './presets';
import { builtInCatalogues } from './catalogue-lookup';

const byName = (name: string): Scenario => {
  const preset = PRESETS.find((scenario) => scenario.name === name);
  if (!preset) throw new Error(`no preset ${name}`);
  return preset;
};

const sectorData = (id: string) => {
  const sector = catalogue.sectors.find((entry) => entry.id === id);
  if (!sector) throw new Error(`no sector ${id}`);
  return sector.data;
};

/** The base-year default of an input in a sector, as the engine takes it. */
function defaultOf(sectorId: string, input: InputId): number {
  if (input === 'restriction') return sectorData(sectorId).r0;
  if (input === 'procurement') return sectorData(sectorId).m0;
  return catalogue.leverDefaults[input];
}

function* schedulesOf(scenario: Scenario): Generator<[string, InputId, Schedule]> {
  for (const sectorId of Object.keys(scenario.sectors)) {
    for (const input of INPUT_IDS) {
      const schedule = scenarioSchedule(scenario, sectorId, input);
      if (schedule !== undefined) yield [sectorId, input, schedule];
    }
  }
}

const valueIn = (scenario: Scenario, sectorId: string, input: InputId, year: number) => {
  const schedule = scenarioSchedule(scenario, sectorId, input);
  const fallback = defaultOf(sectorId, input);
  return schedule === undefined ? fallback : scheduleValueAt(schedule, year, fallback);
};

describe('PRESETS', () => {
  it('are the five example scenarios of data.md, with stable UUID-v4 ids', () => {
    expect(PRESETS.map((scenario) => scenario.name)).toEqual([
      'Baseline',
      'Escalation',
      'De-escalation and cooperation',
      'Self-reliance push',
      'Push under escalation',
    ]);
    const uuidV4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
    for (const scenario of PRESETS) expect(scenario.id).toMatch(uuidV4);
    expect(new Set(PRESETS.map((scenario) => scenario.id)).size).toBe(5);
    expect(byName('Escalation').id).toBe('3371702d-a8cd-4dd6-8110-cc660a30111e');
  });

  it('share the metadata of built-in examples', () => {
    for (const scenario of PRESETS) {
      expect(scenario).toMatchObject({
        author: 'Chokepoint Planner',
        tags: ['example'],
        createdAt: '2026-11-28T00:00:00.000Z',
        updatedAt: '2026-11-28T00:00:00.000Z',
        baseYear: 2025,
        horizon: 15,
        seed: 20251128,
        catalogue: 'default-2025',
      });
      expect(scenario.description.length).toBeGreaterThan(0);
    }
  });

  it('are valid scenarios for the default catalogue', () => {
    for (const scenario of PRESETS)
      expect(validateScenario(scenario, builtInCatalogues)).toEqual({ ok: true, value: scenario });
  });

  it('name only catalogue sectors and keep every input inside its range', () => {
    const sectorIds = catalogue.sectors.map((sector) => sector.id);
    for (const scenario of PRESETS) {
      for (const sectorId of Object.keys(scenario.sectors)) expect(sectorIds).toContain(sectorId);
      for (const [, input, schedule] of schedulesOf(scenario)) {
        const values = typeof schedule === 'number' ? [schedule] : schedule.map((point) => point.value);
        for (const value of values) {
          expect(value).toBeGreaterThanOrEqual(INPUT_RANGES[input].min);
          expect(value).toBeLessThanOrEqual(INPUT_RANGES[input].max);
        }
      }
    }
  });

  it('start every schedule at the base year with its default: the base year is history', () => {
    for (const scenario of PRESETS) {
      for (const [sectorId, input, schedule] of schedulesOf(scenario)) {
        if (typeof schedule === 'number') throw new Error('presets change inputs over time');
        expect(schedule[0]).toEqual({ year: 2025, value: defaultOf(sectorId, input) });
        const years = schedule.map((point) => point.year);
        expect(years).toEqual([...years].sort((a, b) => a - b));
      }
    }
  });

  it('Baseline changes nothing', () => {
    expect(byName('Baseline').sectors).toEqual({});
  });

  it('Escalation raises the restriction by 0.3 on IC, SME, LITH and ISW from 2026', () => {
    const escalation = byName('Escalation');
    expect(Object.keys(escalation.sectors).sort()).toEqual(['IC', 'ISW', 'LITH', 'SME']);
    expect(escalation.sectors.IC).toEqual({
      restriction: [
        { year: 2025, value: 0.3 },
        { year: 2026, value: 0.6 },
      ],
    });
    // Written as meant, not as binary arithmetic gives it (0.35 + 0.3 = 0.6499999999999999).
    expect(valueIn(escalation, 'SME', 'restriction', 2026)).toBe(0.65);
    expect(valueIn(escalation, 'LITH', 'restriction', 2040)).toBe(0.7);
    expect(valueIn(escalation, 'ISW', 'restriction', 2030)).toBe(0.5);
    expect(valueIn(escalation, 'AERO', 'restriction', 2030)).toBe(0.3);
  });

  it('De-escalation caps every restriction at 0.1 and opens to 0.8 from 2027', () => {
    const deEscalation = byName('De-escalation and cooperation');
    for (const sector of catalogue.sectors) {
      expect(valueIn(deEscalation, sector.id, 'restriction', 2026)).toBe(sector.data.r0);
      expect(valueIn(deEscalation, sector.id, 'restriction', 2027)).toBe(Math.min(sector.data.r0, 0.1));
      expect(valueIn(deEscalation, sector.id, 'openness', 2026)).toBe(0.6);
      expect(valueIn(deEscalation, sector.id, 'openness', 2027)).toBe(0.8);
    }
    // Sectors already at or below 0.1 keep the default: no schedule is written.
    expect(deEscalation.sectors.ROB?.restriction).toBeUndefined();
  });

  it('Self-reliance push ramps basic research and sets the other levers from 2026', () => {
    const push = byName('Self-reliance push');
    for (const sector of catalogue.sectors) {
      const id = sector.id;
      expect(
        [2025, 2026, 2027, 2028, 2029, 2030, 2031].map((year) => valueIn(push, id, 'basicResearch', year)),
      ).toEqual([1, 1.1, 1.2, 1.3, 1.4, 1.5, 1.5]);
      expect(valueIn(push, id, 'rdTaxCut', 2026)).toBe(0.2);
      expect(valueIn(push, id, 'universityLinks', 2026)).toBe(0.8);
      expect(valueIn(push, id, 'clusters', 2026)).toBe(0.8);
      expect(valueIn(push, id, 'restriction', 2030)).toBe(sector.data.r0);
      const procurement = ['IC', 'ISW', 'BSW', 'SME', 'ROB'].includes(id) ? 0.5 : 0;
      expect(valueIn(push, id, 'procurement', 2026)).toBe(procurement);
    }
    // SME already has 0.5 in the data, so the preset writes no procurement schedule for it.
    expect(push.sectors.SME?.levers?.procurement).toBeUndefined();
  });

  it('Push under escalation combines the two', () => {
    const combined = byName('Push under escalation');
    const push = byName('Self-reliance push');
    const escalation = byName('Escalation');
    for (const sector of catalogue.sectors) {
      for (const input of INPUT_IDS) {
        const source = input === 'restriction' ? escalation : push;
        expect(scenarioSchedule(combined, sector.id, input)).toEqual(
          scenarioSchedule(source, sector.id, input),
        );
      }
    }
  });

  it('cannot be edited in place', () => {
    expect(Object.isFrozen(PRESETS[1]!.sectors.IC)).toBe(true);
  });
});

describe('preset names', () => {
  it('have Chinese names for the UI', () => {
    expect(PRESET_INFO.map((info) => info.name.en)).toEqual(PRESETS.map((scenario) => scenario.name));
    expect(PRESET_NAMES_ZH[byName('Baseline').id]).toBe('基准情景');
    for (const info of PRESET_INFO) expect(info.description.zh.length).toBeGreaterThan(0);
  });

  it('slugs are the hyphenated English names', () => {
    expect(PRESET_INFO.map((info) => info.slug)).toEqual(
      PRESETS.map((scenario) => presetSlug(scenario.name)),
    );
    expect(presetSlug('  Self-reliance push ')).toBe('self-reliance-push');
  });
});

describe('getPreset', () => {
  it('finds a preset by name, slug, Chinese name or id, ignoring case', () => {
    const push = byName('Self-reliance push');
    expect(getPreset('Self-reliance push')).toBe(push);
    expect(getPreset('self-reliance-push')).toBe(push);
    expect(getPreset('SELF RELIANCE PUSH')).toBe(push);
    expect(getPreset('自立自强攻坚')).toBe(push);
    expect(getPreset(push.id.toUpperCase())).toBe(push);
    expect(getPreset('escalation')).toBe(byName('Escalation'));
  });

  it('finds nothing for other names', () => {
    expect(getPreset('')).toBeUndefined();
    expect(getPreset('escalate')).toBeUndefined();
    expect(getPreset('constructor')).toBeUndefined();
  });
});
