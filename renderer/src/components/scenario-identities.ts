import type { ScenarioSlots } from '../../../shared/charts';
import { assignSlots } from '../../../shared/charts';

/**
 * The app's one map from scenario id to identity slot (colour and dash), kept for as long as the app
 * is open, so a scenario looks the same in the editor, Compare, the slides, the exports, the report
 * and the deck. The rule is `assignSlots` in shared/charts; this module only remembers its answers.
 */
let slots: ScenarioSlots = {};

/** The slots of `ids`, assigning new ones where needed (stable afterwards). */
export function identitySlots(ids: readonly string[]): ScenarioSlots {
  if (ids.some((id) => slots[id] === undefined) || new Set(ids.map((id) => slots[id])).size < ids.length)
    slots = assignSlots(slots, ids);
  return slots;
}

/** The slot of one scenario (assigned now if it has none). */
export function identitySlot(id: string): number {
  return identitySlots([id])[id]!;
}

/** Forget every assignment (tests only: the app keeps them until it closes). */
export function resetIdentitySlots(): void {
  slots = {};
}
