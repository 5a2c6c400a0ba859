import type { Catalogue, LeverDefaults } from '../catalogue/types';
import { inputDefault, inputDefaultFrom } from '../domain/input-default';
import type { CatalogueDefaultInput, InputId } from '../domain/inputs';
import { CATALOGUE_DEFAULT_INPUTS, INPUT_IDS } from '../domain/inputs';
import { DATA_KEYS } from '../domain/parameter-keys';
import type { Scenario } from '../domain/scenario';
import { scenarioSchedule } from '../domain/scenario';
import type { PackageLookup } from '../packages/restriction-package';
import type { PackagesChange } from './package-changes';
import { packagesChange } from './package-changes';
import type { ShapeSummary } from './schedule-shape';
import { sameShape, shapeOfSchedule } from './schedule-shape';

/** A text field of the scenario that changed (tags joined by the renderer's list format). */
export interface FieldChange {
  readonly kind: 'field';
  readonly field: 'name' | 'description' | 'author' | 'tags' | 'display';
  readonly from: string | readonly string[];
  readonly to: string | readonly string[];
}

/** A run setting that changed. */
export interface SettingChange {
  readonly kind: 'setting';
  readonly field: 'baseYear' | 'horizon' | 'seed' | 'catalogue';
  readonly from: string | number;
  readonly to: string | number;
}

/** One lever or restriction changed the same way in one or more sectors (catalogue order). */
export interface ScheduleChange {
  readonly kind: 'schedule';
  readonly input: InputId;
  readonly sectors: readonly string[];
  /** Every sector of the catalogue changed this way. */
  readonly allSectors: boolean;
  readonly from: ShapeSummary;
  readonly to: ShapeSummary;
}

/** A data or parameter override changed (undefined: the catalogue value). */
export interface OverrideChange {
  readonly kind: 'data' | 'parameter';
  /** Undefined for a global parameter. */
  readonly sector?: string;
  readonly key: string;
  readonly from: number | undefined;
  readonly to: number | undefined;
}

export type ScenarioChange = FieldChange | SettingChange | ScheduleChange | OverrideChange | PackagesChange;

/** The input's base-year value when the scenario leaves it unset (procurement and restriction are data). */
export function inputFallback(
  catalogue: Catalogue | undefined,
  scenario: Scenario,
  sectorId: string,
  input: InputId,
): number {
  if (catalogue !== undefined) return inputDefault(catalogue, scenario, sectorId, input, 0);
  // Without its catalogue only the scenario's own sector data is known; every other default reads 0.
  const data = scenario.sectors[sectorId]?.data;
  return inputDefaultFrom(input, NO_LEVER_DEFAULTS, (key) => data?.[key] ?? 0);
}

const NO_LEVER_DEFAULTS: LeverDefaults = Object.fromEntries(
  CATALOGUE_DEFAULT_INPUTS.map((input) => [input, 0]),
) as Record<CatalogueDefaultInput, number>;

function sectorOrder(a: Scenario, b: Scenario, catalogue: Catalogue | undefined): string[] {
  const present = new Set([...Object.keys(a.sectors), ...Object.keys(b.sectors)]);
  const known = (catalogue?.sectors ?? []).map((sector) => sector.id);
  return [
    ...known.filter((id) => present.has(id)),
    ...[...present].filter((id) => !known.includes(id)).sort(),
  ];
}

function scheduleChanges(a: Scenario, b: Scenario, catalogue: Catalogue | undefined): ScheduleChange[] {
  const all = (catalogue?.sectors ?? []).map((sector) => sector.id);
  const groups = new Map<
    string,
    { input: InputId; sectors: string[]; from: ShapeSummary; to: ShapeSummary }
  >();
  for (const input of INPUT_IDS) {
    for (const sector of sectorOrder(a, b, catalogue)) {
      const from = shapeOfSchedule(
        scenarioSchedule(a, sector, input),
        inputFallback(catalogue, a, sector, input),
        a.baseYear,
      );
      const to = shapeOfSchedule(
        scenarioSchedule(b, sector, input),
        inputFallback(catalogue, b, sector, input),
        b.baseYear,
      );
      if (sameShape(from, to)) continue;
      const key = JSON.stringify([input, from, to]);
      const group = groups.get(key);
      if (group) group.sectors.push(sector);
      else groups.set(key, { input, sectors: [sector], from, to });
    }
  }
  return [...groups.values()].map((group) => ({
    kind: 'schedule',
    ...group,
    allSectors: all.length > 0 && all.every((id) => group.sectors.includes(id)),
  }));
}

function overrideChanges(a: Scenario, b: Scenario, catalogue: Catalogue | undefined): OverrideChange[] {
  const out: OverrideChange[] = [];
  for (const sector of sectorOrder(a, b, catalogue)) {
    for (const key of DATA_KEYS) {
      const from = a.sectors[sector]?.data?.[key];
      const to = b.sectors[sector]?.data?.[key];
      if (from !== to) out.push({ kind: 'data', sector, key, from, to });
    }
    const pa = a.sectors[sector]?.parameters ?? {};
    const pb = b.sectors[sector]?.parameters ?? {};
    for (const key of [...new Set([...Object.keys(pa), ...Object.keys(pb)])].sort()) {
      if (key === 'omega') {
        const oa = pa.omega ?? {};
        const ob = pb.omega ?? {};
        for (const supplier of [...new Set([...Object.keys(oa), ...Object.keys(ob)])].sort()) {
          if (oa[supplier] !== ob[supplier])
            out.push({
              kind: 'parameter',
              sector,
              key: `omega.${supplier}`,
              from: oa[supplier],
              to: ob[supplier],
            });
        }
        continue;
      }
      const from = pa[key as 'nu'];
      const to = pb[key as 'nu'];
      if (from !== to) out.push({ kind: 'parameter', sector, key, from, to });
    }
  }
  const ga = a.parameters ?? {};
  const gb = b.parameters ?? {};
  for (const key of [...new Set([...Object.keys(ga), ...Object.keys(gb)])].sort()) {
    const from = ga[key as 'nu'];
    const to = gb[key as 'nu'];
    if (from !== to) out.push({ kind: 'parameter', key, from, to });
  }
  return out;
}

function fieldChanges(a: Scenario, b: Scenario): (FieldChange | SettingChange)[] {
  const out: (FieldChange | SettingChange)[] = [];
  for (const field of ['name', 'description', 'author'] as const) {
    if (a[field] !== b[field]) out.push({ kind: 'field', field, from: a[field], to: b[field] });
  }
  if (JSON.stringify(a.tags) !== JSON.stringify(b.tags))
    out.push({ kind: 'field', field: 'tags', from: a.tags, to: b.tags });
  if (a.display?.identity !== b.display?.identity)
    out.push({
      kind: 'field',
      field: 'display',
      from: a.display?.identity ?? '',
      to: b.display?.identity ?? '',
    });
  for (const field of ['baseYear', 'horizon', 'seed', 'catalogue'] as const) {
    if (a[field] !== b[field]) out.push({ kind: 'setting', field, from: a[field], to: b[field] });
  }
  return out;
}

/**
 * What changed from `a` to `b`, in reading order: the restriction packages applied, then levers and
 * own restrictions (one entry per input and change, sectors grouped, schedules as shapes), then
 * overrides, then text fields and settings. Unset inputs count as their catalogue default, so "unset"
 * and "set to the default" are equal. `packages` names the packages (and tells an edited one apart).
 */
export function scenarioChanges(
  a: Scenario,
  b: Scenario,
  catalogue: Catalogue | undefined,
  packages: { readonly a?: PackageLookup; readonly b?: PackageLookup } = {},
): ScenarioChange[] {
  const applied = packagesChange(a, b, packages);
  return [
    ...(applied ? [applied] : []),
    ...scheduleChanges(a, b, catalogue),
    ...overrideChanges(a, b, catalogue),
    ...fieldChanges(a, b),
  ];
}
