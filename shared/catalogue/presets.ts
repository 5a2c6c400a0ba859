import type { LeverId } from '../domain/inputs';
import type { Scenario } from '../domain/scenario';
import type { IdentityName } from '../domain/scenario-display';
import type { Schedule, StepPoint } from '../domain/schedule';
import { deepFreeze } from './deep-freeze';
import { DEFAULT_CATALOGUE_2025 } from './default-2025';
import type { Catalogue, LocalizedText } from './types';

/** A built-in example scenario's names and description in the app's languages. */
export interface PresetInfo {
  readonly id: string;
  /** Lower-case, hyphenated English name, for the command line (`chokepoint example escalation`). */
  readonly slug: string;
  readonly name: LocalizedText;
  readonly description: LocalizedText;
  /**
   * How it is drawn unless the user chose otherwise: the Baseline keeps the neutral grey everywhere,
   * the others each their own identity, so that the examples compared together never share one.
   */
  readonly identity: IdentityName | 'baseline';
}

type SectorPlan = { levers?: Partial<Record<LeverId, Schedule>>; restriction?: Schedule };
type Plan = Record<string, SectorPlan>;

// Scenario ids are part of saved files and of the library: these never change.
const IDS = {
  baseline: '1ba8823e-d999-4a93-af32-aa63229e692c',
  escalation: '3371702d-a8cd-4dd6-8110-cc660a30111e',
  deEscalation: 'af89786d-c25b-4cff-88a3-faf9000c74de',
  push: '7ac76886-9d1e-453c-beea-e0ae02f56f44',
  pushUnderEscalation: '141003ce-36e0-461c-9020-48130bb89b68',
} as const;

const ESCALATED_SECTORS = ['IC', 'SME', 'LITH', 'ISW'];
const ESCALATION_STEP = 0.3;
const DE_ESCALATED_RESTRICTION = 0.1;
const COOPERATION_OPENNESS = 0.8;
const PUSH_PROCUREMENT_SECTORS = ['IC', 'ISW', 'BSW'];

/**
 * Step points from the base year: the default holds in the base year (it is history), then each
 * change. Undefined when nothing changes, so that the scenario keeps the catalogue default.
 */
function stepsFrom(baseYear: number, base: number, changes: readonly StepPoint[]): Schedule | undefined {
  if (changes.every((point) => point.value === base)) return undefined;
  return [
    { year: baseYear, value: base },
    ...changes.map((point) => ({ year: point.year, value: tidy(point.value) })),
  ];
}

// 0.35 + 0.3 is 0.6499999999999999 in binary; files are read by people, so round to what was meant.
function tidy(value: number): number {
  return Math.round(value * 1e6) / 1e6;
}

function setInput(
  plan: Plan,
  sectorId: string,
  input: LeverId | 'restriction',
  schedule: Schedule | undefined,
) {
  if (schedule === undefined) return;
  const sector = (plan[sectorId] ??= {});
  if (input === 'restriction') sector.restriction = schedule;
  else sector.levers = { ...sector.levers, [input]: schedule };
}

/** Restriction r0 + 0.3 (at most 1) on IC, SME, LITH, ISW from the year after the base year. */
function escalation(catalogue: Catalogue, plan: Plan = {}): Plan {
  const year = catalogue.baseYear + 1;
  for (const sector of catalogue.sectors) {
    if (!ESCALATED_SECTORS.includes(sector.id)) continue;
    const { r0 } = sector.data;
    const value = Math.min(1, r0 + ESCALATION_STEP);
    setInput(plan, sector.id, 'restriction', stepsFrom(catalogue.baseYear, r0, [{ year, value }]));
  }
  return plan;
}

/** Restriction min(r0, 0.1) and openness 0.8 in every sector, two years after the base year. */
function deEscalation(catalogue: Catalogue, plan: Plan = {}): Plan {
  const year = catalogue.baseYear + 2;
  const { baseYear, leverDefaults } = catalogue;
  for (const sector of catalogue.sectors) {
    const { r0 } = sector.data;
    const restriction = Math.min(r0, DE_ESCALATED_RESTRICTION);
    setInput(plan, sector.id, 'restriction', stepsFrom(baseYear, r0, [{ year, value: restriction }]));
    const openness = stepsFrom(baseYear, leverDefaults.openness, [{ year, value: COOPERATION_OPENNESS }]);
    setInput(plan, sector.id, 'openness', openness);
  }
  return plan;
}

/**
 * From the year after the base year, in every sector: basic research ramped 1.1 → 1.5 over five
 * years, R&D tax cut 0.2, university links and clusters 0.8; procurement 0.5 for IC, ISW, BSW.
 */
function selfReliancePush(catalogue: Catalogue, plan: Plan = {}): Plan {
  const start = catalogue.baseYear + 1;
  const { baseYear, leverDefaults } = catalogue;
  const ramp = [1.1, 1.2, 1.3, 1.4, 1.5].map((value, i) => ({ year: start + i, value }));
  const from = (year: number, value: number) => [{ year, value }];
  for (const sector of catalogue.sectors) {
    setInput(plan, sector.id, 'basicResearch', stepsFrom(baseYear, leverDefaults.basicResearch, ramp));
    setInput(plan, sector.id, 'rdTaxCut', stepsFrom(baseYear, leverDefaults.rdTaxCut, from(start, 0.2)));
    setInput(
      plan,
      sector.id,
      'universityLinks',
      stepsFrom(baseYear, leverDefaults.universityLinks, from(start, 0.8)),
    );
    setInput(plan, sector.id, 'clusters', stepsFrom(baseYear, leverDefaults.clusters, from(start, 0.8)));
    if (PUSH_PROCUREMENT_SECTORS.includes(sector.id)) {
      // SME and ROB already have 0.5 in the data: where m0 is 0.5 nothing changes and nothing is written.
      setInput(plan, sector.id, 'procurement', stepsFrom(baseYear, sector.data.m0, from(start, 0.5)));
    }
  }
  return plan;
}

interface PresetRecipe extends PresetInfo {
  readonly plan: (catalogue: Catalogue) => Plan;
}

function recipes(baseYear: number): readonly PresetRecipe[] {
  const next = baseYear + 1;
  const rampEnd = baseYear + 5;
  return [
    {
      id: IDS.baseline,
      slug: 'baseline',
      identity: 'baseline',
      name: { en: 'Baseline', zh: '基准情景' },
      description: {
        en: 'Base-year levers and restrictions held constant.',
        zh: '基年政策杠杆与外部限制保持不变。',
      },
      plan: () => ({}),
    },
    {
      id: IDS.escalation,
      slug: 'escalation',
      identity: 'vermillion',
      name: { en: 'Escalation', zh: '限制升级' },
      description: {
        en: `Restriction raised by 0.3 (at most 1) on chips, chip-making equipment, lithography and industrial software from ${next}.`,
        zh: `自${next}年起，芯片、半导体设备、光刻与工业软件的外部限制提高0.3（不超过1）。`,
      },
      plan: (catalogue) => escalation(catalogue),
    },
    {
      id: IDS.deEscalation,
      slug: 'de-escalation-and-cooperation',
      identity: 'bluish-green',
      name: { en: 'De-escalation and cooperation', zh: '缓和与合作' },
      description: {
        en: `Restriction eased to at most 0.1 in every sector and openness raised to 0.8, from ${baseYear + 2}.`,
        zh: `自${baseYear + 2}年起，各行业外部限制降至不超过0.1，开放度提高至0.8。`,
      },
      plan: (catalogue) => deEscalation(catalogue),
    },
    {
      id: IDS.push,
      slug: 'self-reliance-push',
      identity: 'blue',
      name: { en: 'Self-reliance push', zh: '自立自强攻坚' },
      description: {
        en: `From ${next} in every sector: basic research ramped 1.1 → 1.5 over ${next}–${rampEnd}, R&D tax cut 0.2, university links and clusters 0.8; domestic procurement preference 0.5 for chips, industrial software and basic software.`,
        zh: `自${next}年起，各行业基础研究投入在${next}–${rampEnd}年间由1.1倍逐步增至1.5倍，研发税收减免0.2，产学研联系与产业集群提高至0.8；芯片、工业软件与基础软件的国产采购偏好设为0.5。`,
      },
      plan: (catalogue) => selfReliancePush(catalogue),
    },
    {
      id: IDS.pushUnderEscalation,
      slug: 'push-under-escalation',
      identity: 'reddish-purple',
      name: { en: 'Push under escalation', zh: '限制升级下的攻坚' },
      description: {
        en: 'The self-reliance push and the escalation of restrictions together.',
        zh: '自立自强攻坚与限制升级同时发生。',
      },
      // The two touch different inputs (levers vs restriction), so applying one after the other combines them.
      plan: (catalogue) => selfReliancePush(catalogue, escalation(catalogue)),
    },
  ];
}

const CREATED_AT = '2026-11-28T00:00:00.000Z';

function buildPresets(catalogue: Catalogue): { info: PresetInfo[]; scenarios: Scenario[] } {
  const all = recipes(catalogue.baseYear);
  return {
    info: all.map(({ id, slug, name, description, identity }) => ({ id, slug, name, description, identity })),
    scenarios: all.map((recipe) => ({
      id: recipe.id,
      name: recipe.name.en,
      description: recipe.description.en,
      author: 'Chokepoint Planner',
      tags: ['example'],
      createdAt: CREATED_AT,
      updatedAt: CREATED_AT,
      baseYear: catalogue.baseYear,
      horizon: 15,
      seed: 20251128,
      catalogue: catalogue.id,
      sectors: recipe.plan(catalogue),
    })),
  };
}

// Frozen: callers that edit a preset must copy it first (the UI's "duplicate").
const BUILT = deepFreeze(buildPresets(DEFAULT_CATALOGUE_2025));

/** The five built-in example scenarios of data.md, on the default catalogue, in menu order. */
export const PRESETS: readonly Scenario[] = BUILT.scenarios;

/** Names, descriptions and slugs of the presets, in English and Chinese, in the order of `PRESETS`. */
export const PRESET_INFO: readonly PresetInfo[] = BUILT.info;

/** Chinese preset names by scenario id. */
export const PRESET_NAMES_ZH: Readonly<Record<string, string>> = Object.fromEntries(
  PRESET_INFO.map((info) => [info.id, info.name.zh]),
);

/** `"Self-reliance push"` → `"self-reliance-push"`. */
export function presetSlug(name: string): string {
  return name
    .trim()
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/**
 * A preset by id, name (English or Chinese) or slug, ignoring case and spacing
 * (`"escalation"`, `"Self reliance push"`, `"限制升级"`, or the id all work).
 */
export function getPreset(nameOrId: string): Scenario | undefined {
  const query = nameOrId.trim().toLowerCase();
  const slug = presetSlug(nameOrId);
  const index = PRESET_INFO.findIndex(
    (info) =>
      info.id === query ||
      info.name.zh === nameOrId.trim() ||
      info.name.en.toLowerCase() === query ||
      (slug !== '' && info.slug === slug),
  );
  return index >= 0 ? PRESETS[index] : undefined;
}
