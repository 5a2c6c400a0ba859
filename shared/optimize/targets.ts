import type { Result } from '../result';
import { err, ok } from '../result';

/** What a target reads: one sector's S or C, the demand-weighted aggregate S, or the open chokepoints. */
export type TargetQuantity =
  | { readonly kind: 'S' | 'C'; readonly sector: string }
  | { readonly kind: 'aggregate' }
  | { readonly kind: 'chokepoints' };

/**
 * When a target must hold: `at` its year (the reported value in that year, written `@2035`), or `by` it
 * (in some reported year after the base year and no later than the target year, written `by 2035`).
 * The base year is history: it never satisfies a target.
 */
export type TargetTiming = 'at' | 'by';

/**
 * "Sector X's S (or C, or the aggregate) at least `value`" (a floor), or "at most `value` chokepoints
 * open" (a ceiling), at or by `year` (docs/model.md, "Finding a plan").
 */
export interface Target {
  readonly quantity: TargetQuantity;
  readonly value: number;
  readonly year: number;
  readonly timing: TargetTiming;
}

export type TargetParseError = {
  readonly kind: 'target-syntax' | 'target-operator' | 'target-value';
  readonly text: string;
  readonly reason: string;
};

// IC:S>=0.7@2035, IC:C>=0.6 by 2035, aggregate>=0.5@2035, aggregate:S>=0.5@2035, chokepoints<=10@2030.
const PATTERN =
  /^\s*([A-Za-z][\w-]*)(?::([A-Za-z]+))?\s*(>=|<=|=>|=<|>|<|=)\s*([^@\s]+)\s*(@|\s[Bb][Yy]\s)\s*(\d{4})\s*$/;

/** Parses one target as written on the command line; the message names what is wrong. */
export function parseTarget(text: string): Result<Target, TargetParseError> {
  const match = PATTERN.exec(text);
  if (!match) {
    return err({
      kind: 'target-syntax',
      text,
      reason:
        'write SECTOR:S>=VALUE@YEAR (in that year) or SECTOR:S>=VALUE by YEAR (in some year up to it), :C for capability, aggregate>=VALUE@YEAR or chokepoints<=COUNT@YEAR, e.g. IC:S>=0.7@2035',
    });
  }
  const [, head, variable, operator, valueText, when, yearText] = match as unknown as [
    string,
    string,
    string | undefined,
    string,
    string,
    string,
    string,
  ];
  const timing: TargetTiming = when === '@' ? 'at' : 'by';
  const value = Number(valueText.endsWith('%') ? Number(valueText.slice(0, -1)) / 100 : valueText);
  const year = Number(yearText);
  const lower = head.toLowerCase();
  if (lower === 'chokepoints') {
    if (variable !== undefined)
      return err({ kind: 'target-syntax', text, reason: 'chokepoints take no ":S" or ":C"' });
    if (operator !== '<=')
      return err({
        kind: 'target-operator',
        text,
        reason: 'a chokepoint target is a ceiling: use <=, e.g. chokepoints<=10@2030',
      });
    if (!(Number.isInteger(value) && value >= 0))
      return err({
        kind: 'target-value',
        text,
        reason: `the count must be a whole number ≥ 0, got ${valueText}`,
      });
    return ok({ quantity: { kind: 'chokepoints' }, value, year, timing });
  }
  const isAggregate = lower === 'aggregate';
  const kind = (variable ?? 'S').toUpperCase();
  if (kind !== 'S' && !(kind === 'C' && !isAggregate))
    return err({
      kind: 'target-syntax',
      text,
      reason: isAggregate
        ? 'the aggregate is self-reliance only: aggregate>=VALUE@YEAR'
        : `unknown variable "${variable}": use S (self-reliance) or C (capability)`,
    });
  if (operator !== '>=')
    return err({
      kind: 'target-operator',
      text,
      reason: `a ${kind === 'C' ? 'capability' : 'self-reliance'} target is a floor: use >=, e.g. ${head}:${kind}>=0.7@2035`,
    });
  if (!(Number.isFinite(value) && value > 0 && value <= 1))
    return err({
      kind: 'target-value',
      text,
      reason: `the target must be a share above 0 and at most 1 (0.7 or 70%), got ${valueText}`,
    });
  return ok({
    quantity: isAggregate ? { kind: 'aggregate' } : { kind: kind as 'S' | 'C', sector: head },
    value,
    year,
    timing,
  });
}

/** The target in the syntax `parseTarget` reads: `formatTarget(parseTarget(t))` parses back to the same. */
export function formatTarget(target: Target): string {
  const { quantity, value, year } = target;
  const when = target.timing === 'by' ? ` by ${year}` : `@${year}`;
  switch (quantity.kind) {
    case 'chokepoints':
      return `chokepoints<=${value}${when}`;
    case 'aggregate':
      return `aggregate>=${value}${when}`;
    default:
      return `${quantity.sector}:${quantity.kind}>=${value}${when}`;
  }
}

/** A key naming the quantity a target reads, so two targets on the same quantity can be compared. */
export function quantityKey(quantity: TargetQuantity): string {
  return quantity.kind === 'S' || quantity.kind === 'C'
    ? `${quantity.sector}:${quantity.kind}`
    : quantity.kind;
}

/** Of two values of the same quantity, the one harder to meet: the higher floor, the lower ceiling. */
export function stricterValue(quantity: TargetQuantity, a: number, b: number): number {
  return quantity.kind === 'chokepoints' ? Math.min(a, b) : Math.max(a, b);
}

/** Floors on shares, a ceiling on chokepoints: whether a reported value meets the target. */
export function meetsTarget(target: Target, value: number): boolean {
  return target.quantity.kind === 'chokepoints' ? value <= target.value : value >= target.value;
}
