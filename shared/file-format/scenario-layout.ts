import { LEVER_IDS } from '../domain/inputs';
import { isExtensionKey } from '../domain/keyed-object';
import { DATA_KEYS, OMEGA_KEY, OMEGA_SCALE_KEY, SCALAR_PARAMETER_KEYS } from '../domain/parameter-keys';
import type { Scenario, SectorInputs } from '../domain/scenario';
import type { Schedule } from '../domain/schedule';
import type { Layout } from './json-layout';
import { genericLayout, inline } from './json-layout';

export type Entry = readonly [string, Layout];

/** Parameter keys in the order of file-format.md, where ω and its scale follow `M`. */
const PARAMETER_ORDER: readonly string[] = SCALAR_PARAMETER_KEYS.flatMap((key) =>
  key === 'M' ? [key, OMEGA_KEY, OMEGA_SCALE_KEY] : [key],
);

/** Plain code-unit order, never locale order: the file must not depend on the machine that wrote it. */
export function sortedKeys(record: object): string[] {
  return Object.keys(record).sort();
}

/** The `x-…` keys of an object, sorted, after its known keys. */
export function extensionEntries(record: object): Entry[] {
  const values = record as Record<string, unknown>;
  return sortedKeys(record)
    .filter((key) => isExtensionKey(key) && values[key] !== undefined)
    .map((key) => [key, genericLayout(values[key])] as const);
}

/** The entries of `record` named in `order`, in that order, each laid out by `layout`. */
function ordered<T>(
  record: Readonly<Record<string, T | undefined>>,
  order: readonly string[],
  layout: (value: T) => Layout,
): Entry[] {
  return order.flatMap((key) => {
    const value = record[key];
    return value === undefined ? [] : [[key, layout(value)] as const];
  });
}

export function objectLayout(entries: Entry[]): Layout {
  return { kind: 'object', entries };
}

/** A constant on its line; step points one per line, each `{ "year": …, "value": … }`. */
export function scheduleLayout(schedule: Schedule): Layout {
  if (typeof schedule === 'number') return inline(schedule);
  return { kind: 'array', items: schedule.map((step) => inline({ year: step.year, value: step.value })) };
}

function parametersLayout(
  parameters: Readonly<Record<string, number | Readonly<Record<string, number>> | undefined>>,
): Layout {
  return objectLayout(
    ordered(parameters, PARAMETER_ORDER, (value) =>
      typeof value === 'number' ? inline(value) : objectLayout(ordered(value, sortedKeys(value), inline)),
    ),
  );
}

function sectorLayout(sector: SectorInputs): Layout {
  const entries: Entry[] = [];
  if (sector.levers)
    entries.push(['levers', objectLayout(ordered(sector.levers, LEVER_IDS, scheduleLayout))]);
  if (sector.restriction !== undefined) entries.push(['restriction', scheduleLayout(sector.restriction)]);
  if (sector.data) entries.push(['data', objectLayout(ordered(sector.data, DATA_KEYS, inline))]);
  if (sector.parameters) entries.push(['parameters', parametersLayout(sector.parameters)]);
  return objectLayout([...entries, ...extensionEntries(sector)]);
}

/**
 * A scenario in canonical form: fields in the order of file-format.md's example, sectors sorted by
 * id (independent of any catalogue), levers in LEVER_IDS order, data and parameters in their
 * documented order, `x-…` keys sorted at the end of their object. Keys that are neither known nor
 * extensions are not written.
 */
export function scenarioLayout(scenario: Scenario): Layout {
  const entries: Entry[] = [
    ['id', inline(scenario.id)],
    ['name', inline(scenario.name)],
    ['description', inline(scenario.description)],
    ['author', inline(scenario.author)],
    ['tags', inline([...scenario.tags])],
    ...(scenario.display ? [['display', inline({ identity: scenario.display.identity })] as const] : []),
    ['createdAt', inline(scenario.createdAt)],
    ['updatedAt', inline(scenario.updatedAt)],
  ];
  if (scenario.parent)
    entries.push(['parent', inline({ id: scenario.parent.id, revision: scenario.parent.revision })]);
  if (scenario.lineage)
    entries.push([
      'lineage',
      objectLayout([
        ['id', inline(scenario.lineage.id)],
        ['revisions', { kind: 'array', items: scenario.lineage.revisions.map((hash) => inline(hash)) }],
      ]),
    ]);
  entries.push(
    ['baseYear', inline(scenario.baseYear)],
    ['horizon', inline(scenario.horizon)],
    ['seed', inline(scenario.seed)],
    ['catalogue', inline(scenario.catalogue)],
    [
      'sectors',
      objectLayout(
        sortedKeys(scenario.sectors).map((id) => [id, sectorLayout(scenario.sectors[id]!)] as const),
      ),
    ],
  );
  if (scenario.parameters) entries.push(['parameters', parametersLayout(scenario.parameters)]);
  if (scenario.restrictionPackages)
    entries.push([
      'restrictionPackages',
      { kind: 'array', items: scenario.restrictionPackages.map((id) => inline(id)) },
    ]);
  return objectLayout([...entries, ...extensionEntries(scenario)]);
}
