import type { Scenario } from '../domain/scenario';
import type { Result } from '../result';
import { err, ok } from '../result';
import { checkSize, utf8ByteLength } from './check-size';
import { MAX_FILE_BYTES, MAX_SCENARIOS } from './constants';
import { layoutLineBreaks } from './json-layout';
import type { ExportMeta } from './serialize-scenario-file';
import { printScenarioFile, scenarioFileLayout } from './serialize-scenario-file';

/** Why a selection does not fit one file, with what it would take. */
export interface TooLargeForOneFile {
  readonly count: number;
  /** The compact file's size in UTF-8 bytes. */
  readonly bytes: number;
  readonly limits: { readonly bytes: number; readonly scenarios: number };
  /** How many files `scenarioFileParts` writes for it. */
  readonly parts: number;
}

// checkSize counts a text's bytes only when its length leaves the answer open.
const fits = (text: string, count: number): boolean => count <= MAX_SCENARIOS && checkSize(text).ok;

/**
 * The file inside the limits: canonical when that fits, else compact (the same content); or, when not
 * even the compact form fits, its size. The layout and its hash are made once; the compact form, never
 * larger, is tried first, and the canonical one is printed only when its line breaks alone do not
 * already take it over the limit (a library near the limit: tens of megabytes printed for nothing).
 */
function withinLimits(
  scenarios: readonly Scenario[],
  meta: ExportMeta,
): { readonly text: string } | { readonly compactBytes: number } {
  const layout = scenarioFileLayout(scenarios, meta);
  const compact = printScenarioFile(layout, 'compact');
  if (!fits(compact, scenarios.length)) return { compactBytes: utf8ByteLength(compact) };
  if (compact.length + layoutLineBreaks(layout) > MAX_FILE_BYTES) return { text: compact };
  const canonical = printScenarioFile(layout);
  return { text: fits(canonical, scenarios.length) ? canonical : compact };
}

/** Room left in a part for the envelope around its scenarios (format, versions, hash). */
const ENVELOPE_BYTES = 4096;

/**
 * The scenarios split, in order, into groups that each fit one file: at most MAX_SCENARIOS, and at
 * most MAX_FILE_BYTES written compactly (each scenario measured on its own, plus room for the envelope).
 */
function groups(scenarios: readonly Scenario[]): Scenario[][] {
  const result: Scenario[][] = [];
  let current: Scenario[] = [];
  let bytes = ENVELOPE_BYTES;
  for (const scenario of scenarios) {
    const size = utf8ByteLength(JSON.stringify(scenario)) + 1;
    if (current.length > 0 && (current.length >= MAX_SCENARIOS || bytes + size > MAX_FILE_BYTES)) {
      result.push(current);
      current = [];
      bytes = ENVELOPE_BYTES;
    }
    current.push(scenario);
    bytes += size;
  }
  if (current.length > 0 || result.length === 0) result.push(current);
  return result;
}

/**
 * What an export writes is what an import reads back: one file inside the file limits (canonical
 * when it fits, compact when only that fits), or the reason it cannot be one file, said before
 * anything is written.
 */
export function scenarioFileText(
  scenarios: readonly Scenario[],
  meta: ExportMeta,
): Result<string, TooLargeForOneFile> {
  const file = withinLimits(scenarios, meta);
  if ('text' in file) return ok(file.text);
  return err({
    count: scenarios.length,
    bytes: file.compactBytes,
    limits: { bytes: MAX_FILE_BYTES, scenarios: MAX_SCENARIOS },
    parts: groups(scenarios).length,
  });
}

/** The scenarios as several files, in order, each inside the file limits; importing them all restores them. */
export function scenarioFileParts(
  scenarios: readonly Scenario[],
  meta: ExportMeta,
): { readonly text: string; readonly count: number }[] {
  return groups(scenarios).map((group) => {
    // Each part carries the definitions of the packages its own scenarios apply, and no others.
    const applied = new Set(group.flatMap((scenario) => scenario.restrictionPackages ?? []));
    const packages = meta.restrictionPackages?.filter((entry) => applied.has(entry.id));
    const file = withinLimits(group, { ...meta, restrictionPackages: packages ?? [] });
    // A group is measured compactly with room for its envelope, so its compact file always fits.
    if (!('text' in file)) throw new Error(`a part of ${group.length} scenarios does not fit one file`);
    return { text: file.text, count: group.length };
  });
}
