import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PRESET_INFO } from '../catalogue/presets';
import { IDENTITY_NAMES } from '../domain/scenario-display';
import {
  BASELINE_IDENTITY,
  BASELINE_SLOT,
  IDENTITY_SLOTS,
  SCENARIO_SLOT_COUNT,
  isBaselinePreset,
  leastUsedIdentity,
  ownSlot,
  slotOfIdentity,
  viewSlots,
} from './scenario-identity';

const presetId = (slug: string) => PRESET_INFO.find((info) => info.slug === slug)!.id;

describe('a scenario’s own identity', () => {
  it('is the one stored with it, whatever its id', () => {
    for (const name of IDENTITY_NAMES) {
      expect(ownSlot({ id: 'any', display: { identity: name } })).toBe(slotOfIdentity(name));
      expect(IDENTITY_SLOTS[ownSlot({ id: 'x', display: { identity: name } })]).toBe(
        IDENTITY_SLOTS[IDENTITY_NAMES.indexOf(name)],
      );
    }
  });

  it('keeps the Baseline preset grey, even when a file says otherwise', () => {
    const baseline = presetId('baseline');
    expect(isBaselinePreset(baseline)).toBe(true);
    expect(ownSlot({ id: baseline })).toBe(BASELINE_SLOT);
    expect(ownSlot({ id: baseline, display: { identity: 'vermillion' } })).toBe(BASELINE_SLOT);
    expect(IDENTITY_SLOTS[BASELINE_SLOT]).toBe(BASELINE_IDENTITY);
  });

  it('gives the examples distinct identities when they stored none', () => {
    const slots = PRESET_INFO.map((info) => ownSlot({ id: info.id }));
    expect(new Set(slots).size).toBe(PRESET_INFO.length);
    expect(ownSlot({ id: presetId('escalation') })).toBe(slotOfIdentity('vermillion'));
  });

  it('derives a scenario slot from the id alone for older scenarios, the same every time', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1, maxLength: 40 }), (id) => {
        const slot = ownSlot({ id });
        if (!isBaselinePreset(id)) expect(slot).toBeLessThan(SCENARIO_SLOT_COUNT);
        expect(ownSlot({ id })).toBe(slot);
      }),
    );
  });
});

describe('scenarios shown together', () => {
  const entries = fc.uniqueArray(
    fc.record({
      id: fc.constantFrom(...'abcdefgh'.split('')),
      own: fc.integer({ min: 0, max: BASELINE_SLOT }),
    }),
    { minLength: 1, maxLength: SCENARIO_SLOT_COUNT, selector: (entry) => entry.id },
  );

  it('never share a slot, keep their own where they can, and only the later of a clashing pair moves', () => {
    fc.assert(
      fc.property(entries, (view) => {
        const slots = viewSlots(view);
        const drawn = view.map((entry) => slots[entry.id]!.slot);
        expect(new Set(drawn).size).toBe(view.length);
        view.forEach((entry, i) => {
          const first = view.findIndex((other) => other.own === entry.own) === i;
          const result = slots[entry.id]!;
          if (first) {
            expect(result).toEqual({ slot: entry.own });
          } else {
            expect(result.own).toBe(entry.own);
            expect(result.yieldsTo).toBe(view.find((other) => other.own === entry.own)!.id);
            // A moved scenario takes nobody's own identity in this view, and never the Baseline's grey.
            expect(view.some((other) => other.own === result.slot)).toBe(false);
            expect(result.slot).toBeLessThan(SCENARIO_SLOT_COUNT);
          }
        });
        // Deterministic: the same view gives the same answer.
        expect(viewSlots(view)).toEqual(slots);
      }),
      { numRuns: 300 },
    );
  });

  it('moves the later of two with the same identity to the lowest free slot', () => {
    expect(
      viewSlots([
        { id: 'a', own: 0 },
        { id: 'b', own: 0 },
        { id: 'c', own: 1 },
      ]),
    ).toEqual({ a: { slot: 0 }, b: { slot: 2, own: 0, yieldsTo: 'a' }, c: { slot: 1 } });
  });
});

describe('a new scenario’s identity', () => {
  it('is the one the fewest scenarios of the library own, the first such in order', () => {
    expect(leastUsedIdentity([])).toBe('blue');
    expect(leastUsedIdentity([0, 1, 2, BASELINE_SLOT])).toBe('reddish-purple');
    expect(leastUsedIdentity([0, 1, 2, 3, 4, 5, 0, 2])).toBe('vermillion');
  });

  it('is never the identity of the scenario it was made from', () => {
    expect(leastUsedIdentity([], 0)).toBe('vermillion');
    expect(leastUsedIdentity([0, 1, 2, 3, 4, 5], 0)).toBe('vermillion');
    expect(leastUsedIdentity([1, 2, 3, 4, 5], 0)).toBe('vermillion');
  });
});
