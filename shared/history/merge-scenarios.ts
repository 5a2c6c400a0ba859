import type { Scenario } from '../domain/scenario';
import { sameCell, scenarioCells, scenarioFromCells } from './scenario-cells';

/** A cell both sides changed, differently: never picked silently. */
export interface MergeConflict {
  /** The cell's path: `["sectors","IC","levers","basicResearch"]`, `["name"]`. */
  readonly path: readonly string[];
  /** Undefined: the cell is unset (catalogue default) on that side. */
  readonly base: unknown;
  readonly ours: unknown;
  readonly theirs: unknown;
}

export type MergeSide = 'ours' | 'theirs';

export interface ScenarioMerge {
  /**
   * Ours with every change only theirs made; each conflicting cell as `resolve` says (`ours` when
   * not given). Identity and timestamps are ours.
   */
  readonly merged: Scenario;
  readonly conflicts: readonly MergeConflict[];
  /** Cells taken from theirs without a conflict (what "their edits arrived" means). */
  readonly fromTheirs: readonly (readonly string[])[];
}

/**
 * Three-way merge of two descendants of `base`, cell by cell (see `scenarioCells`): a cell changed on
 * one side takes that side's value, a cell changed the same way on both sides takes it, a cell
 * changed differently on both sides is a conflict, resolved by `resolve(conflict)` (default ours).
 */
export function mergeScenarios(
  base: Scenario,
  ours: Scenario,
  theirs: Scenario,
  resolve: (conflict: MergeConflict) => MergeSide = () => 'ours',
): ScenarioMerge {
  const b = scenarioCells(base);
  const o = scenarioCells(ours);
  const t = scenarioCells(theirs);
  const result = new Map<string, unknown>();
  const conflicts: MergeConflict[] = [];
  const fromTheirs: string[][] = [];
  const keys = [...new Set([...b.keys(), ...o.keys(), ...t.keys()])].sort();
  for (const key of keys) {
    const [vb, vo, vt] = [b.get(key), o.get(key), t.get(key)];
    let value: unknown;
    if (sameCell(vo, vt) || sameCell(vt, vb)) {
      value = vo;
    } else if (sameCell(vo, vb)) {
      value = vt;
      fromTheirs.push(JSON.parse(key) as string[]);
    } else {
      const conflict = { path: JSON.parse(key) as string[], base: vb, ours: vo, theirs: vt };
      conflicts.push(conflict);
      value = resolve(conflict) === 'theirs' ? vt : vo;
    }
    if (value !== undefined) result.set(key, value);
  }
  return { merged: scenarioFromCells(result, ours), conflicts, fromTheirs };
}
