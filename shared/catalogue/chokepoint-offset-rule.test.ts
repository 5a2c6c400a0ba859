import { describe, expect, it } from 'vitest';
import { FRONTIER_OFFSET, offsetsByRule, SOLVED_OFFSET } from './chokepoint-offset-rule';
import type { ChokepointStatus } from './types';

const item = (sector: string, status: ChokepointStatus, frontier = false) => ({ sector, status, frontier });

describe('offsetsByRule', () => {
  it('gives solved items −0.05 and ★ items +0.10 whatever their status', () => {
    expect(
      offsetsByRule([item('A', 'solved'), item('A', 'solved', true), item('A', 'partial', true)]),
    ).toEqual([SOLVED_OFFSET, FRONTIER_OFFSET, FRONTIER_OFFSET]);
  });

  it('gives a single open item the midpoint of its band', () => {
    expect(offsetsByRule([item('A', 'unsolved'), item('B', 'partial')])).toEqual([0.055, 0.017]);
  });

  it('spreads items of one status in one sector evenly in list order, ignoring other sectors and ★ items', () => {
    const offsets = offsetsByRule([
      item('A', 'partial'),
      item('B', 'partial'),
      item('A', 'partial', true),
      item('A', 'partial'),
      item('A', 'unsolved'),
      item('A', 'partial'),
      item('A', 'unsolved'),
    ]);
    expect(offsets).toEqual([0.005, 0.017, FRONTIER_OFFSET, 0.017, 0.04, 0.03, 0.07]);
  });

  it('rounds to three decimals', () => {
    const offsets = offsetsByRule([
      item('A', 'partial'),
      item('A', 'partial'),
      item('A', 'partial'),
      item('A', 'partial'),
    ]);
    expect(offsets).toEqual([0.005, 0.013, 0.022, 0.03]);
  });
});
