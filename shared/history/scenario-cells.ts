import { isExtensionKey } from '../domain/keyed-object';
import type { Scenario } from '../domain/scenario';

/**
 * A scenario as independent cells, the unit of a three-way merge: each text field and setting, each
 * lever × sector and restriction × sector schedule, each data and parameter override (ω per supplier),
 * each global parameter, each extension key. Two people editing different cells never conflict.
 * The key is the cell's path, JSON-encoded (`["sectors","IC","levers","basicResearch"]`).
 */
export type CellMap = Map<string, unknown>;

/** Identity and timestamps are the library's, not content: they are never merged. */
const NOT_CELLS = new Set(['id', 'createdAt', 'updatedAt', 'parent', 'lineage']);

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function addRecord(cells: CellMap, path: readonly string[], record: unknown): void {
  if (!isRecord(record)) return;
  for (const [key, value] of Object.entries(record)) {
    if (value !== undefined) cells.set(JSON.stringify([...path, key]), value);
  }
}

/** Every cell the scenario sets; unset cells are absent. */
export function scenarioCells(scenario: Scenario): CellMap {
  const cells: CellMap = new Map();
  for (const [key, value] of Object.entries(scenario)) {
    if (NOT_CELLS.has(key) || value === undefined || key === 'sectors' || key === 'parameters') continue;
    cells.set(JSON.stringify([key]), value);
  }
  addRecord(cells, ['parameters'], scenario.parameters);
  for (const [sectorId, sector] of Object.entries(scenario.sectors)) {
    const at = ['sectors', sectorId];
    // A sector present with nothing set is still a cell, so that adding an empty sector survives.
    cells.set(JSON.stringify([...at]), true);
    addRecord(cells, [...at, 'levers'], sector.levers);
    if (sector.restriction !== undefined)
      cells.set(JSON.stringify([...at, 'restriction']), sector.restriction);
    addRecord(cells, [...at, 'data'], sector.data);
    const { omega, ...parameters } = sector.parameters ?? {};
    addRecord(cells, [...at, 'parameters'], parameters);
    addRecord(cells, [...at, 'parameters', 'omega'], omega);
    for (const [key, value] of Object.entries(sector)) {
      if (isExtensionKey(key) && value !== undefined) cells.set(JSON.stringify([...at, key]), value);
    }
  }
  return cells;
}

function setPath(target: Record<string, unknown>, path: readonly string[], value: unknown): void {
  let node = target;
  for (const key of path.slice(0, -1)) {
    if (!isRecord(node[key])) node[key] = {};
    node = node[key] as Record<string, unknown>;
  }
  const last = path[path.length - 1]!;
  // A sector marker only makes sure the sector exists; it never overwrites what was set inside.
  if (value === true && path.length === 2 && path[0] === 'sectors') {
    if (!isRecord(node[last])) node[last] = {};
    return;
  }
  node[last] = value;
}

/** The scenario made of `cells`, with identity and timestamps from `identity`. */
export function scenarioFromCells(
  cells: CellMap,
  identity: Pick<Scenario, 'id' | 'createdAt' | 'updatedAt' | 'parent'>,
): Scenario {
  const out: Record<string, unknown> = { sectors: {} };
  // Shorter paths first, so that a sector marker comes before the sector's own cells.
  const entries = [...cells].map(([key, value]) => [JSON.parse(key) as string[], value] as const);
  entries.sort((a, b) => a[0].length - b[0].length);
  for (const [path, value] of entries) setPath(out, path, value);
  const { id, createdAt, updatedAt, parent } = identity;
  return { ...(out as unknown as Scenario), id, createdAt, updatedAt, ...(parent ? { parent } : {}) };
}

/** Cells compare by value: schedules and tag lists are equal when their JSON is. */
export function sameCell(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}
