import { builtInCatalogues } from '../catalogue/catalogue-lookup';
import { isExtensionKey } from '../domain/keyed-object';
import type { Extensions } from '../domain/scenario';
import type { Result } from '../result';
import { err, ok } from '../result';
import { checkDuplicateIds, checkScenarioCount, checkSemantics } from './check-scenarios';
import { checkSize } from './check-size';
import { FORMAT_VERSION } from './constants';
import { fileContentHash } from './content-hash';
import { checkShape } from './check-shape';
import type { Envelope } from './envelope-schema';
import type { FileFormatError, FileFormatWarning } from './file-format-error';
import { FILE_LIMITS } from './limits';
import { migrateDocument } from './migrations';
import { parseJson } from './parse-json';
import { readEnvelope } from './read-envelope';
import { scanStructure } from './scan-structure';
import { scanValues } from './scan-values';
import type { ParseScenarioFileOptions, ScenarioFile } from './scenario-file';

function hashWarnings(stated: string | undefined, actual: string): FileFormatWarning[] {
  if (stated === undefined) return [{ kind: 'hash-missing' }];
  return stated.toLowerCase() === actual ? [] : [{ kind: 'hash-mismatch', expected: actual, found: stated }];
}

function envelopeExtensions(envelope: Envelope): Extensions {
  return Object.fromEntries(Object.entries(envelope).filter(([key]) => isExtensionKey(key))) as Extensions;
}

function readFile(text: string, options: ParseScenarioFileOptions): Result<ScenarioFile, FileFormatError> {
  if (typeof text !== 'string')
    return err({ kind: 'invalid-json', path: [], detail: 'the input is not text' });
  const sized = checkSize(text, options.maxBytes);
  if (!sized.ok) return sized;
  const structure = scanStructure(text);
  if (structure.refused) return err(structure.refused);
  const parsed = parseJson(text);
  if (!parsed.ok) return parsed;
  if (structure.duplicateKey) return err(structure.duplicateKey);
  const safe = scanValues(parsed.value);
  if (!safe.ok) return safe;
  const header = readEnvelope(safe.value);
  if (!header.ok) return header;
  const migrated = migrateDocument(header.value.document, header.value.formatVersion);
  if (!migrated.ok) return migrated;
  const counted = checkScenarioCount(migrated.value.scenarios);
  if (!counted.ok) return counted;
  const shaped = checkShape(migrated.value, FILE_LIMITS.issues);
  if (!shaped.ok) return shaped;
  const envelope = shaped.value;
  const unique = checkDuplicateIds(envelope.scenarios);
  if (!unique.ok) return unique;
  const packages = envelope.restrictionPackages ?? [];
  const meaningful = checkSemantics(
    envelope.scenarios,
    options.catalogues ?? builtInCatalogues,
    FILE_LIMITS.issues,
    packages,
  );
  if (!meaningful.ok) return meaningful;

  // The hash covers the scenarios (and packages) as the author's tool wrote them, before any migration.
  const contentHash = fileContentHash(
    header.value.document.scenarios as unknown[],
    header.value.document.restrictionPackages as unknown[] | undefined,
  );
  const hashProblems = hashWarnings(envelope.sha256, contentHash);
  const migration: FileFormatWarning[] =
    header.value.formatVersion < FORMAT_VERSION
      ? [{ kind: 'migrated', from: header.value.formatVersion, to: FORMAT_VERSION }]
      : [];
  return ok({
    formatVersion: header.value.formatVersion,
    modelVersion: envelope.modelVersion,
    ...(envelope.createdBy && {
      createdBy: { app: envelope.createdBy.app, version: envelope.createdBy.version },
    }),
    ...(envelope.exportedAt !== undefined && { exportedAt: envelope.exportedAt }),
    scenarios: envelope.scenarios,
    restrictionPackages: packages,
    ...(envelope.sha256 !== undefined && { sha256: envelope.sha256 }),
    contentHash,
    hashMismatch: hashProblems.length > 0,
    extensions: envelopeExtensions(envelope),
    warnings: [...migration, ...hashProblems],
  });
}

/**
 * Reads a `.chokepoint` file: size limit → structure scan (nesting, list lengths, key counts, string
 * lengths, duplicate keys; see FILE_LIMITS) → JSON → hostile
 * values (forbidden keys, non-finite numbers) → format name →
 * format version (newer refused, older migrated) → scenario count → schema → duplicate ids →
 * semantic checks of packages and scenarios (every package a scenario applies built in or defined in the file) (at most FILE_LIMITS.issues problems listed, the rest counted) → content hash. The
 * work is linear in the size of the text. Every problem is a typed error, never an exception; a missing or
 * mismatched hash is only a warning ("edited by hand").
 */
export function parseScenarioFile(
  text: string,
  options: ParseScenarioFileOptions = {},
): Result<ScenarioFile, FileFormatError> {
  const result = readFile(text, options);
  if (result.ok || options.fileName === undefined) return result;
  return err({ ...result.error, file: options.fileName });
}
