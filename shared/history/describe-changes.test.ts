import { describe, expect, it } from 'vitest';
import { getCatalogue } from '../catalogue';
import type { Scenario } from '../domain/scenario';
import { sampleScenario } from '../../test/support/sample-scenario';
import { CHANGE_TEMPLATES_EN } from './change-templates';
import type { ChangeLanguage } from './describe-changes';
import { describeChange, formatInputValue, formatList } from './describe-changes';
import { describeRevision } from './describe-revision';
import { englishChangeLanguage } from './english-language';
import { summarizeRevision } from './revision-summary';
import { scenarioChanges } from './scenario-changes';

const catalogue = getCatalogue('default-2025')!;
const english = englishChangeLanguage('default-2025');
const ramp = [
  { year: 2025, value: 1 },
  { year: 2026, value: 1.5 },
  { year: 2027, value: 2 },
];

function edited(base: Scenario, edit: (sectors: Record<string, object>) => void): Scenario {
  const sectors = structuredClone(base.sectors) as Record<string, object>;
  edit(sectors);
  return { ...base, sectors: sectors as Scenario['sectors'] };
}

describe('scenarioChanges', () => {
  const base = sampleScenario();

  it('is empty for the same scenario and treats "unset" like "set to the default"', () => {
    expect(scenarioChanges(base, base, catalogue)).toEqual([]);
    const explicit = edited(base, (s) => {
      s.BSW = { levers: { basicResearch: catalogue.leverDefaults.basicResearch } };
    });
    expect(scenarioChanges(base, explicit, catalogue)).toEqual([]);
  });

  it('groups one change made in several sectors into one row with the shapes', () => {
    const next = edited(base, (s) => {
      s.LITH = { levers: { basicResearch: ramp } };
      s.ROB = { levers: { basicResearch: ramp } };
    });
    expect(scenarioChanges(base, next, catalogue)).toEqual([
      {
        kind: 'schedule',
        input: 'basicResearch',
        sectors: ['LITH', 'ROB'],
        allSectors: false,
        from: { kind: 'constant', value: 1 },
        to: { kind: 'ramp', from: 1, to: 2, startYear: 2025, endYear: 2027 },
      },
    ]);
  });
});

describe('describing changes', () => {
  it('formats values with units in the locale', () => {
    expect(formatInputValue('rdTaxCut', 0.2, 'en')).toBe('20 %');
    expect(formatInputValue('basicResearch', 1.1, 'en')).toBe('1.10×');
    expect(formatInputValue('restriction', 0.125, 'zh-CN')).toBe('12.5%');
    expect(formatList(['Chips', 'Lithography', 'Robots'], 'en')).toBe('Chips, Lithography, and Robots');
    expect(formatList(['芯片', '光刻', '机器人'], 'zh-CN')).toBe('芯片、光刻和机器人');
  });

  it('says a step and a ramp in one phrase, sectors by name', () => {
    const base = sampleScenario();
    const next = edited(base, (s) => {
      s.LITH = {
        restriction: [
          { year: 2025, value: 0.4 },
          { year: 2027, value: 0.8 },
        ],
      };
      s.ROB = { levers: { basicResearch: ramp } };
    });
    const lines = scenarioChanges(base, next, catalogue).map((change) => describeChange(change, english));
    expect(lines).toEqual([
      'Basic research — Robots & sensors: ramp to 2.00× over 2025–2027',
      'Restriction level — Lithography: step to 80 % in 2027',
    ]);
  });

  it('summarises a revision in at most two changes and counts the rest', () => {
    const base = sampleScenario();
    const next = {
      ...edited(base, (s) => {
        s.IC = { levers: { rdTaxCut: 0.3 } };
        s.LITH = {
          restriction: [
            { year: 2025, value: 0.5 },
            { year: 2027, value: 0.8 },
          ],
        };
      }),
      name: 'Coastal plan A',
    };
    const summary = summarizeRevision(base, next, { kind: 'edit' }, catalogue);
    const line = describeRevision(summary, english);
    expect(line.startsWith('Basic research — Chips: ')).toBe(true);
    expect(line).toMatch(/\(\+\d+ more\)$/);
    expect(
      describeRevision(summarizeRevision(undefined, next, { kind: 'created' }, catalogue), english),
    ).toBe('Created');
    const merged = summarizeRevision(
      base,
      base,
      { kind: 'merged', file: 'plan.chokepoint', author: 'Li Wei' },
      catalogue,
    );
    expect(describeRevision(merged, english)).toBe('Merged from plan.chokepoint by Li Wei');
  });

  it('speaks Chinese with the Chinese templates', () => {
    const chinese: ChangeLanguage = {
      locale: 'zh-CN',
      templates: {
        ...CHANGE_TEMPLATES_EN,
        change: '{input}—{sectors}：{change}',
        stepTo: '{year}年阶跃至{to}',
      },
      inputName: () => '限制水平',
      sectorName: (id) => catalogue.sectors.find((sector) => sector.id === id)!.name.zh,
    };
    const base = edited(sampleScenario(), (s) => {
      s.LITH = { restriction: 0 };
      s.ROB = { restriction: 0 };
    });
    const next = edited(base, (s) => {
      s.LITH = {
        restriction: [
          { year: 2025, value: 0 },
          { year: 2027, value: 0.8 },
        ],
      };
      s.ROB = {
        restriction: [
          { year: 2025, value: 0 },
          { year: 2027, value: 0.8 },
        ],
      };
    });
    const lines = scenarioChanges(base, next, catalogue).map((change) => describeChange(change, chinese));
    expect(lines).toContain('限制水平—光刻和机器人与传感器：2027年阶跃至80%');
  });
});
