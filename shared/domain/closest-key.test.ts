import { describe, expect, it } from 'vitest';
import { LEVER_IDS } from './inputs';
import { closestKey } from './closest-key';

describe('closestKey', () => {
  it('finds the key a typo meant', () => {
    expect(closestKey('basicResearh', LEVER_IDS)).toBe('basicResearch');
    expect(closestKey('basicresearch', LEVER_IDS)).toBe('basicResearch');
    expect(closestKey('opennes', LEVER_IDS)).toBe('openness');
    expect(closestKey('rdTaxCtu', LEVER_IDS)).toBe('rdTaxCut');
  });

  it('suggests nothing when no key is close, or the key is too short to judge', () => {
    expect(closestKey('colour', LEVER_IDS)).toBeUndefined();
    expect(closestKey('x', ['a', 'h', 'p'])).toBeUndefined();
    expect(closestKey('A', ['a', 'h', 'p'])).toBe('a');
  });
});
