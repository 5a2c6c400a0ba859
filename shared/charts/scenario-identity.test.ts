import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { IDENTITY_SLOTS, assignSlots } from './scenario-identity';

const ids = fc.uniqueArray(fc.constantFrom(...'abcdefghijklmnop'.split('')), { minLength: 1, maxLength: 5 });

describe('scenario identity', () => {
  it('gives new scenarios the lowest free slots, in order', () => {
    expect(assignSlots({}, ['x', 'y', 'z'])).toEqual({ x: 0, y: 1, z: 2 });
    expect(assignSlots({ x: 0, y: 1 }, ['y', 'w'])).toEqual({ x: 0, y: 1, w: 2 });
  });

  it('keeps a scenario’s slot in every later view, and never repeats a slot within one view', () => {
    fc.assert(
      fc.property(fc.array(ids, { minLength: 1, maxLength: 12 }), (views) => {
        let known = {};
        const first: Record<string, number> = {};
        let seen = 0;
        for (const view of views) {
          const next = assignSlots(known, view);
          const slots = view.map((id) => next[id]!);
          expect(new Set(slots).size).toBe(view.length);
          for (const slot of slots) expect(slot).toBeLessThan(IDENTITY_SLOTS.length);
          for (const id of view) {
            if (first[id] === undefined) {
              first[id] = next[id]!;
              seen += 1;
            } else if (seen <= IDENTITY_SLOTS.length) {
              // While there are no more scenarios than identities, nobody ever changes colour.
              expect(next[id]).toBe(first[id]);
            }
          }
          known = next;
        }
      }),
      { numRuns: 300 },
    );
  });

  it('moves only the later of two scenarios that meet with the same slot', () => {
    expect(assignSlots({ a: 0, b: 0, c: 1 }, ['a', 'b', 'c'])).toMatchObject({ a: 0, c: 1, b: 2 });
  });
});
