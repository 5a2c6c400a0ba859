import { findJsonHazard } from '../domain/plain-json';
import type { Result } from '../result';
import { err, ok } from '../result';
import { MAX_DEPTH } from './constants';
import type { FileFormatError } from './file-format-error';

/**
 * Refuses what JSON.parse lets through but a scenario file must not contain: `__proto__`,
 * `constructor` and `prototype` keys anywhere (JSON.parse makes them own properties, which naive
 * merging code would follow into Object.prototype), and numbers too large for a double (`1e400`
 * parses as Infinity).
 */
export function scanValues(value: unknown): Result<unknown, FileFormatError> {
  const hazard = findJsonHazard(value, MAX_DEPTH);
  if (hazard === undefined) return ok(value);
  switch (hazard.kind) {
    case 'forbidden-key':
      return err({ kind: 'forbidden-key', path: hazard.path, key: hazard.key });
    case 'non-finite-number':
      return err({ kind: 'non-finite-number', path: hazard.path, value: hazard.value });
    case 'too-deep':
      return err({ kind: 'too-deep', path: hazard.path, limit: hazard.maxDepth });
    case 'not-json':
      // Cannot come out of JSON.parse; kept for callers that pass values of their own.
      return err({ kind: 'invalid-json', path: hazard.path, detail: `found ${hazard.found}` });
  }
}
