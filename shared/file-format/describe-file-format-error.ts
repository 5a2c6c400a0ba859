import type { FileFormatError, FileFormatErrorKind, FileFormatWarning, IssueList } from './file-format-error';
import { formatJsonPath } from './json-path';

/** Message parameters: every value a template may name. */
export type MessageParams = Readonly<Record<string, string | number>>;

/**
 * A translator: the template for a message key (e.g. `fileFormat.error.too-large`) filled with its
 * parameters, or undefined to fall back to English. The keys and parameters are part of the UI contract.
 */
export type Translate = (key: string, params: MessageParams) => string | undefined;

/** The English templates, one per error kind; the interface's English catalogue uses these same texts. */
export const ERROR_TEMPLATES: Readonly<Record<FileFormatErrorKind, string>> = {
  'too-large': '{file} is too large: {size}, expected at most {limitSize}.',
  'wrong-encoding': '{file} is saved as {encoding}; save it as UTF-8, the encoding of scenario files.',
  'invalid-utf8':
    '{file} is not valid UTF-8 text: the bytes at offset {offset} are not a UTF-8 character; save it as UTF-8.',
  'too-many-items':
    '{file} has too many items in the list at {path} (line {line}, column {column}): expected at most {limit}.',
  'too-many-keys':
    '{file} has too many keys in the object at {path} (line {line}, column {column}): expected at most {limit}.',
  'key-too-long': '{file} has a key longer than {limit} characters at {path} (line {line}, column {column}).',
  'string-too-long':
    '{file} has a text longer than {limit} characters at {path} (line {line}, column {column}).',
  'too-complex':
    '{file} is too large or too complex to read: reading it went over the memory or time the reader allows.',
  'invalid-json': '{file} is not valid JSON: {where}expected {expected}, found {found}.',
  'too-deep':
    '{file} is nested too deeply at {path}{where}: expected at most {limit} levels of objects and lists.',
  'duplicate-key':
    '{file}: expected each key once in an object, found "{key}" again at {path} (line {line}, column {column}).',
  'forbidden-key':
    '{file}: the key "{key}" at {path} is not allowed in a scenario file (it is refused for safety).',
  'non-finite-number':
    '{file}: expected a finite number at {path}, found a number too large to represent ({value}).',
  'not-a-chokepoint-file':
    '{file} is not a Chokepoint Planner file: expected "format": "chokepoint-scenarios" at $.format, found {found}.',
  'invalid-format-version':
    '{file}: expected a whole-number format version at $.formatVersion, found {found}.',
  'format-version-too-new':
    '{file} was written in format version {found}, but this version of Chokepoint Planner reads format version {supported} at most: update the app to open it.',
  'format-version-unsupported':
    '{file} is in format version {found}, which this version of Chokepoint Planner cannot read (it reads format version {supported}).',
  'migration-failed': '{file}: could not upgrade it from format version {from} to {to}: {reason}.',
  'too-many-scenarios':
    '{file} holds {count} scenarios at $.scenarios: expected at most {limit} in one file.',
  'duplicate-id':
    '{file}: expected each scenario id once, found "{id}" again at {path} (first used at $.scenarios[{firstIndex}]).',
  schema: '{file} does not match the scenario file format ({problems}):\n{issues}',
  semantic: '{file} has values that are not allowed ({problems}):\n{issues}',
};

export const WARNING_TEMPLATES: Readonly<Record<FileFormatWarning['kind'], string>> = {
  'hash-missing': '{file} has no content hash: it was written by hand or by another tool.',
  'hash-mismatch': '{file} was edited by hand after it was exported (its content hash does not match).',
  migrated: '{file} was written in format version {from} and has been upgraded to version {to}.',
};

/** Issues listed in a message; the rest are counted (a file can have thousands). */
const MAX_LISTED_ISSUES = 50;

function interpolate(template: string, params: MessageParams): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}

function megabytes(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

/**
 * "and 12 more", or "and at least 12 more" when checking stopped early (it stops only once it found
 * more than it lists); with `noun`, "and at least 12 more problems" for a line of its own.
 */
export function moreIssuesText(
  error: IssueList,
  listed = error.issues.length,
  noun = false,
): string | undefined {
  const more = Math.max(error.issues.length - listed + (error.omitted ?? 0), error.stoppedEarly ? 1 : 0);
  if (more === 0) return undefined;
  const what = noun ? ` ${more === 1 ? 'problem' : 'problems'}` : '';
  return `and ${error.stoppedEarly ? 'at least ' : ''}${more} more${what}`;
}

function issueLines(error: IssueList): string {
  const lines = error.issues
    .slice(0, MAX_LISTED_ISSUES)
    .map((issue) => `  ${formatJsonPath(issue.path)}: ${issue.message}`);
  const more = moreIssuesText(error, Math.min(error.issues.length, MAX_LISTED_ISSUES));
  if (more !== undefined) lines.push(`  … ${more}`);
  return lines.join('\n');
}

/** The parameters of an error's message, derived from its structured fields only. */
export function fileFormatErrorParams(error: FileFormatError): MessageParams {
  const common = { file: error.file ?? 'The file', path: formatJsonPath(error.path) };
  switch (error.kind) {
    case 'too-large': {
      // Just over the limit, megabytes round to the same figure: then bytes say it.
      const close = megabytes(error.bytes) === megabytes(error.limit);
      const size = close ? `${error.bytes} bytes` : megabytes(error.bytes);
      const limitSize = close ? `${error.limit} bytes` : megabytes(error.limit);
      return {
        ...common,
        size: error.atLeast ? `more than ${limitSize}` : size,
        limitSize,
        bytes: error.bytes,
        limit: error.limit,
      };
    }
    case 'invalid-json': {
      const where = error.line === undefined ? '' : `at line ${error.line}, column ${error.column ?? 1}, `;
      return {
        ...common,
        where,
        expected: error.expected ?? 'JSON',
        found: error.found ?? error.detail,
        detail: error.detail,
      };
    }
    case 'too-deep': {
      const where = error.line === undefined ? '' : ` (line ${error.line}, column ${error.column ?? 1})`;
      return { ...common, where, limit: error.limit, line: error.line ?? '', column: error.column ?? '' };
    }
    case 'duplicate-key':
      return { ...common, key: error.key, line: error.line, column: error.column };
    case 'forbidden-key':
      return { ...common, key: error.key };
    case 'non-finite-number':
      return { ...common, value: String(error.value) };
    case 'not-a-chokepoint-file':
    case 'invalid-format-version':
      return { ...common, found: error.found };
    case 'format-version-too-new':
    case 'format-version-unsupported':
      return { ...common, found: error.found, supported: error.supported };
    case 'migration-failed':
      return { ...common, from: error.from, to: error.to, reason: error.reason };
    case 'wrong-encoding':
      return { ...common, encoding: error.encoding };
    case 'invalid-utf8':
      return { ...common, offset: error.offset };
    case 'too-many-items':
    case 'too-many-keys':
    case 'key-too-long':
    case 'string-too-long':
      return { ...common, limit: error.limit, line: error.line, column: error.column };
    case 'too-complex':
      return { ...common, reason: error.reason };
    case 'too-many-scenarios':
      return { ...common, count: error.count, limit: error.limit };
    case 'duplicate-id':
      return { ...common, id: error.id, index: error.index, firstIndex: error.firstIndex };
    case 'schema':
    case 'semantic': {
      const count = error.issues.length + (error.omitted ?? 0);
      return {
        ...common,
        count,
        problems: `${count} ${count === 1 ? 'problem' : 'problems'}`,
        issues: issueLines(error),
      };
    }
    default: {
      const unexpected: never = error;
      return unexpected;
    }
  }
}

/**
 * A clear message for a refused file: names the file, the JSON path, what was expected and what was
 * found. `t` may translate it (key `fileFormat.error.<kind>`, parameters from `fileFormatErrorParams`).
 */
export function describeFileFormatError(error: FileFormatError, t?: Translate): string {
  const params = fileFormatErrorParams(error);
  return t?.(`fileFormat.error.${error.kind}`, params) ?? interpolate(ERROR_TEMPLATES[error.kind], params);
}

/** A message for a warning about a loaded file (key `fileFormat.warning.<kind>`). */
export function describeFileFormatWarning(warning: FileFormatWarning, file?: string, t?: Translate): string {
  const params: MessageParams = { ...warning, file: file ?? 'The file' };
  return (
    t?.(`fileFormat.warning.${warning.kind}`, params) ?? interpolate(WARNING_TEMPLATES[warning.kind], params)
  );
}
