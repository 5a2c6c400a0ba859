import { describe, expect, it } from 'vitest';
import { slideKey, slidePlan } from './slide-plan';

const sectors = ['IC', 'SME', 'LITH', 'ISW'];

describe('slide plan', () => {
  it('has one slide per sector between the overview and the chokepoints', () => {
    expect(slidePlan(sectors).map(slideKey)).toEqual([
      'title',
      'overview',
      'sector:IC',
      'sector:SME',
      'sector:LITH',
      'sector:ISW',
      'chokepoints',
      'targets',
      'costs',
      'why',
    ]);
  });

  it('keeps only the picked sectors, in catalogue order', () => {
    const keys = slidePlan(sectors, ['ISW', 'IC']).map(slideKey);
    expect(keys.filter((key) => key.startsWith('sector:'))).toEqual(['sector:IC', 'sector:ISW']);
    expect(slidePlan(sectors, []).some((slide) => slide.kind === 'sector')).toBe(false);
  });
});
