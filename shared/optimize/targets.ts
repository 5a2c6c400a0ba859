import type { Result } from '../result';
import { err, ok } from '../result';

/** What a target reads: one sector's S or C, the demand-weighted aggregate S, or the open chokepoints. */
export type TargetQuantity =
  | { readonly kind: 'S' | 'C'; readonly sector: string }
  | { readonly kind: 'aggregate' }
  | { readonly kind: 'chokepoints' };

/**
 * "Sector X's S (or C, or the aggregate) at least `value` by `year`" (a floor), or "at most `value`
 * chokepoints open by `year`" (a ceiling). By means in some reported year up to and including `year`,
 * as the targets table and goal seek read targets (model.md, Readings 5).
 */
export interface Target {
  readonly quantity: TargetQuantity;
  readonly value: number;
  readonly year: number;
}

export type TargetParseError = {
  readonly kind: 'target-syntax' | 'target-operator' | 'target-value';
  readonly text: string;
  readonly reason: string;
};

// IC:S>=0.7@2035, IC:C>=0.6@2035, aggregate>=0.5@2035, aggregate:S>=0.5@2035, chokepoints<=10@2030.
const PATTERN = /^\s*([A-Za-z][\w-]*)(?::([A-Za-z]+))?\s*(>=|<=|=>|=<|>|<|=)\s*([^@\s]+)\s*@\s*(\d{4})\s*$/;

/** Parses one target as written on the command line; the message names what is wrong. */
export function parseTarget(text: string): Result<Target, TargetParseError> {
  const match = PATTERN.exec(text);
  if (!match) {
    return err({
      kind: 'target-syntax',
      text,
      reason:
        'write SECTOR:S>=VALUE@YEAR (or :C), aggregate>=VALUE@YEAR or chokepoints<=COUNT@YEAR, e.g. IC:S>=0.7@2035',
    });
  }
  const [, head, variable, operator, valueText, yearText] = match as unknown as [
    string,
    string,
    string | undefined,
    string,
    string,
    string,
  ];
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
    return ok({ quantity: { kind: 'chokepoints' }, value, year });
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
  });
}

/** The target in the syntax `parseTarget` reads: `formatTarget(parseTarget(t))` parses back to the same. */
export function formatTarget(target: Target): string {
  const { quantity, value, year } = target;
  switch (quantity.kind) {
    case 'chokepoints':
      return `chokepoints<=${value}@${year}`;
    case 'aggregate':
      return `aggregate>=${value}@${year}`;
    default:
      return `${quantity.sector}:${quantity.kind}>=${value}@${year}`;
  }
}

/** A key naming the quantity a target reads, so two targets on the same quantity can be compared. */
export function quantityKey(quantity: TargetQuantity): string {
  return quantity.kind === 'S' || quantity.kind === 'C'
    ? `${quantity.sector}:${quantity.kind}`
    : quantity.kind;
}

/** Floors on shares, a ceiling on chokepoints: whether a reported value meets the target. */
export function meetsTarget(target: Target, value: number): boolean {
  return target.quantity.kind === 'chokepoints' ? value <= target.value : value >= target.value;
}
