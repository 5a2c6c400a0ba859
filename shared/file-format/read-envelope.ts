import { describeValue } from '../domain/describe-value';
import type { Result } from '../result';
import { err, ok } from '../result';
import { FORMAT_NAME, FORMAT_VERSION } from './constants';
import type { FileFormatError } from './file-format-error';

/** A document that says it is a scenario file, and the format version it says it is in. */
export interface EnvelopeHeader {
  readonly document: Readonly<Record<string, unknown>>;
  readonly formatVersion: number;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Reads what must be decided before anything else: is this our format at all (`format`), and can this
 * version of the app read it (`formatVersion`; newer is refused naming both versions).
 */
export function readEnvelope(
  value: unknown,
  supported: number = FORMAT_VERSION,
): Result<EnvelopeHeader, FileFormatError> {
  if (!isRecord(value)) return err({ kind: 'not-a-chokepoint-file', path: [], found: describeValue(value) });
  const format = value.format;
  if (format !== FORMAT_NAME) {
    const found = format === undefined ? 'no "format" key' : `"format": ${describeValue(format)}`;
    return err({ kind: 'not-a-chokepoint-file', path: ['format'], found });
  }
  const version = value.formatVersion;
  if (typeof version !== 'number' || !Number.isSafeInteger(version) || version < 1) {
    return err({ kind: 'invalid-format-version', path: ['formatVersion'], found: describeValue(version) });
  }
  if (version > supported) {
    return err({ kind: 'format-version-too-new', path: ['formatVersion'], found: version, supported });
  }
  return ok({ document: value, formatVersion: version });
}
