import type { ReferenceOutputs, StoredNumber } from './engine-reference-cases';
import { INTEGER_SERIES, readNumber } from './engine-reference-cases';

/** Agreement the engine keeps with the reference: relative to the value, absolute below 1. */
export const REFERENCE_TOLERANCE = 1e-12;

export interface ReferenceComparison {
  /** The first value outside the tolerance, or undefined when all agree. */
  readonly mismatch?: string;
  /** The largest |a − b| / max(1, |b|) over every compared value (0 when bit-identical). */
  readonly largest: number;
  readonly largestAt?: string;
}

function seriesKind(name: string): string {
  return name.slice(name.indexOf('/') + 1);
}

/**
 * Compares computed outputs with stored ones, series by series in stored order: every number within
 * REFERENCE_TOLERANCE · max(1, |reference|), counts exactly, NaN only where the reference has NaN.
 */
export function compareWithReference(
  label: string,
  actual: ReferenceOutputs,
  stored: Readonly<Record<string, readonly StoredNumber[]>>,
): ReferenceComparison {
  let largest = 0;
  let largestAt: string | undefined;
  const missing = Object.keys(actual).find((name) => !(name in stored));
  if (missing) return { mismatch: `${label}: ${missing} is not in the reference`, largest };
  for (const [name, reference] of Object.entries(stored)) {
    const values = actual[name];
    if (!values) return { mismatch: `${label}: ${name} is missing`, largest };
    if (values.length !== reference.length) {
      return {
        mismatch: `${label}: ${name} has ${values.length} values, the reference ${reference.length}`,
        largest,
      };
    }
    const exact = INTEGER_SERIES.has(seriesKind(name));
    for (let i = 0; i < values.length; i++) {
      const a = values[i]!;
      const b = readNumber(reference[i]!);
      const where = `${label}: ${name}[${i}]`;
      if (Number.isNaN(a) || Number.isNaN(b) || !Number.isFinite(b) || exact) {
        if (!Object.is(a, b)) return { mismatch: `${where} is ${a}, the reference ${b}`, largest };
        continue;
      }
      const difference = Math.abs(a - b) / Math.max(1, Math.abs(b));
      if (!(difference <= REFERENCE_TOLERANCE)) {
        return {
          mismatch: `${where} is ${a}, the reference ${b} (relative difference ${difference})`,
          largest,
        };
      }
      if (difference > largest) {
        largest = difference;
        largestAt = where;
      }
    }
  }
  return { largest, largestAt };
}
