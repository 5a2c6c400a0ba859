import { offsetsByRule } from '../chokepoint-offset-rule';
import { CHOKEPOINTS_2025 } from '../default-2025/chokepoints';
import type { ChokepointDefinition, Sourced } from '../types';

// In 2018 the series presented every item as a technology China had not yet mastered: all 35 are
// "unsolved" then, and the offsets follow data.md's rule for that status set (★ items keep +0.10).
const STATUS_2018 = 'unsolved';

/** The 35 items of the Science and Technology Daily series as they stood when it ran (2018). */
export const CHOKEPOINTS_2018: readonly ChokepointDefinition[] = (() => {
  const items = CHOKEPOINTS_2025.map((item) => ({ ...item, status: STATUS_2018 }) as const);
  const offsets = offsetsByRule(items);
  return items.map((item, index) => ({ ...item, offset: offsets[index]! }));
})();

/** Where the 2018 statuses come from, for the app's sources view. */
export const CHOKEPOINTS_2018_SOURCE: Sourced = {
  source:
    'Science and Technology Daily series 亟待攻克的核心技术 (Apr–Jul 2018): every item unsolved when the series ran; offsets by the rule of data.md',
  confidence: 'M',
};
