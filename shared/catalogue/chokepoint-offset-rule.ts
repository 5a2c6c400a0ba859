import type { ChokepointDefinition, ChokepointStatus } from './types';

/** Offset of a solved item: its threshold lies below C0, so it starts closed. */
export const SOLVED_OFFSET = -0.05;

/** Offset of a frontier-of-frontier (★) item, whatever its status. */
export const FRONTIER_OFFSET = 0.1;

/** The band an open status spreads its items over (data.md). */
export const OPEN_STATUS_BANDS: Readonly<
  Record<Exclude<ChokepointStatus, 'solved'>, readonly [number, number]>
> = {
  partial: [0.005, 0.03],
  unsolved: [0.04, 0.07],
};

type RuleInput = Pick<ChokepointDefinition, 'sector' | 'status' | 'frontier'>;

/**
 * The offsets data.md's rule gives a list of chokepoints: solved −0.05; ★ +0.10 overriding the
 * status; otherwise the items of one status in one sector spread evenly over the status band in
 * list order, a single item taking the midpoint; every value rounded to three decimals.
 * Offered so that an edited status set (e.g. an optimistic variant) gets offsets by the same rule.
 */
export function offsetsByRule(items: readonly RuleInput[]): number[] {
  const offsets = items.map((item): number => (item.frontier ? FRONTIER_OFFSET : SOLVED_OFFSET));

  const groups = new Map<string, { band: readonly [number, number]; indices: number[] }>();
  items.forEach((item, index) => {
    if (item.frontier || item.status === 'solved') return;
    const key = `${item.sector}\u0000${item.status}`;
    const group = groups.get(key) ?? { band: OPEN_STATUS_BANDS[item.status], indices: [] };
    group.indices.push(index);
    groups.set(key, group);
  });

  for (const { band, indices } of groups.values()) {
    const [low, high] = band;
    indices.forEach((itemIndex, rank) => {
      const position = indices.length === 1 ? 0.5 : rank / (indices.length - 1);
      offsets[itemIndex] = roundTo3(low + (high - low) * position);
    });
  }
  return offsets;
}

// Three decimals is the precision data.md tabulates; the binary value of a midpoint such as
// 0.0175 lies just below it, which is why the table shows 0.017.
function roundTo3(value: number): number {
  return Math.round(value * 1000) / 1000;
}
