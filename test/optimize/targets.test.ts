import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatTarget, parseTarget } from '../../shared/optimize';

describe('targets as written on the command line', () => {
  it('reads sector, aggregate and chokepoint targets', () => {
    expect(parseTarget('IC:S>=0.7@2035')).toEqual({
      ok: true,
      value: { quantity: { kind: 'S', sector: 'IC' }, value: 0.7, year: 2035, timing: 'at' },
    });
    expect(parseTarget('SME:C>=70%@2030')).toEqual({
      ok: true,
      value: { quantity: { kind: 'C', sector: 'SME' }, value: 0.7, year: 2030, timing: 'at' },
    });
    expect(parseTarget(' aggregate >= 0.5 @ 2035 ')).toEqual({
      ok: true,
      value: { quantity: { kind: 'aggregate' }, value: 0.5, year: 2035, timing: 'at' },
    });
    expect(parseTarget('chokepoints<=10@2030')).toEqual({
      ok: true,
      value: { quantity: { kind: 'chokepoints' }, value: 10, year: 2030, timing: 'at' },
    });
    expect(parseTarget('IC:S>=0.5 by 2035')).toEqual({
      ok: true,
      value: { quantity: { kind: 'S', sector: 'IC' }, value: 0.5, year: 2035, timing: 'by' },
    });
    expect(parseTarget('chokepoints<=3 BY 2030')).toEqual({
      ok: true,
      value: { quantity: { kind: 'chokepoints' }, value: 3, year: 2030, timing: 'by' },
    });
  });

  it.each([
    ['IC S 0.7 2035', /write SECTOR:S>=VALUE@YEAR/],
    ['IC:S<=0.7@2035', /floor: use >=/],
    ['chokepoints>=3@2030', /ceiling: use <=/],
    ['IC:S>=1.2@2035', /share above 0 and at most 1/],
    ['IC:S>=0@2035', /share above 0/],
    ['chokepoints<=2.5@2030', /whole number/],
    ['IC:X>=0.5@2035', /unknown variable "X"/],
    ['aggregate:C>=0.5@2035', /self-reliance only/],
  ])('refuses %s with a reason', (text, reason) => {
    const parsed = parseTarget(text);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.error.reason).toMatch(reason);
  });

  it('parses back what it formats', () => {
    const targetArb = fc.oneof(
      fc.record({
        quantity: fc.record({
          kind: fc.constantFrom('S' as const, 'C' as const),
          sector: fc.constantFrom('IC', 'SME', 'LITH'),
        }),
        value: fc.double({ min: 0.01, max: 1, noNaN: true }),
        year: fc.integer({ min: 2026, max: 2040 }),
        timing: fc.constantFrom('at' as const, 'by' as const),
      }),
      fc.record({
        quantity: fc.constant({ kind: 'chokepoints' as const }),
        value: fc.integer({ min: 0, max: 35 }),
        year: fc.integer({ min: 2026, max: 2040 }),
        timing: fc.constantFrom('at' as const, 'by' as const),
      }),
    );
    fc.assert(
      fc.property(targetArb, (target) => {
        expect(parseTarget(formatTarget(target))).toEqual({ ok: true, value: target });
      }),
      { numRuns: 200 },
    );
  });
});
