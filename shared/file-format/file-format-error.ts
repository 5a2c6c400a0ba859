import type { JsonPath, ScenarioIssue } from '../domain/scenario-issue';

interface ErrorBase {
  /** The file's name, when the caller gave one. */
  readonly file?: string;
  /** Where in the document the problem is (`[]`: the document as a whole). */
  readonly path: JsonPath;
}

/**
 * Why a `.chokepoint` file was refused: one kind per class of problem, with the structured facts a
 * message needs (the UI translates by kind; `describeFileFormatError` gives the English).
 */
export type FileFormatError =
  | (ErrorBase & {
      readonly kind: 'too-large';
      readonly bytes: number;
      readonly limit: number;
      /** The read stopped at the limit (a device, a pipe, a growing file): `bytes` is a lower bound. */
      readonly atLeast?: boolean;
    })
  /** Saved as UTF-16 or UTF-32 (recognised by the byte-order mark): the format is UTF-8. */
  | (ErrorBase & { readonly kind: 'wrong-encoding'; readonly encoding: string })
  /** Not valid UTF-8: `offset` is the byte offset of the first bad sequence. */
  | (ErrorBase & { readonly kind: 'invalid-utf8'; readonly offset: number })
  /** An array, object, key or string over its limit (docs/file-format.md, "Limits"). */
  | (ErrorBase & {
      readonly kind: 'too-many-items' | 'too-many-keys' | 'key-too-long' | 'string-too-long';
      readonly limit: number;
      readonly line: number;
      readonly column: number;
    })
  /** Reading stopped at the reader's memory or time budget: the file is too large or too complex. */
  | (ErrorBase & { readonly kind: 'too-complex'; readonly reason: 'memory' | 'time' })
  | (ErrorBase & {
      readonly kind: 'invalid-json';
      /** 1-based position of the first syntax error, when it can be found. */
      readonly line?: number;
      readonly column?: number;
      readonly expected?: string;
      readonly found?: string;
      /** The JSON parser's own words, when nothing better is known. */
      readonly detail: string;
    })
  | (ErrorBase & {
      readonly kind: 'too-deep';
      readonly limit: number;
      readonly line?: number;
      readonly column?: number;
    })
  /** A key given twice in one object: JSON.parse would silently keep only the last value. */
  | (ErrorBase & {
      readonly kind: 'duplicate-key';
      readonly key: string;
      readonly line: number;
      readonly column: number;
    })
  | (ErrorBase & { readonly kind: 'forbidden-key'; readonly key: string })
  | (ErrorBase & { readonly kind: 'non-finite-number'; readonly value: number })
  | (ErrorBase & { readonly kind: 'not-a-chokepoint-file'; readonly found: string })
  | (ErrorBase & { readonly kind: 'invalid-format-version'; readonly found: string })
  | (ErrorBase & {
      readonly kind: 'format-version-too-new';
      readonly found: number;
      readonly supported: number;
    })
  /** Older than any version a migration starts from. */
  | (ErrorBase & {
      readonly kind: 'format-version-unsupported';
      readonly found: number;
      readonly supported: number;
    })
  | (ErrorBase & {
      readonly kind: 'migration-failed';
      readonly from: number;
      readonly to: number;
      readonly reason: string;
    })
  | (ErrorBase & { readonly kind: 'too-many-scenarios'; readonly count: number; readonly limit: number })
  | (ErrorBase & {
      readonly kind: 'duplicate-id';
      readonly id: string;
      /** The later scenario with the id (`path` points at its `id`) and the first one. */
      readonly index: number;
      readonly firstIndex: number;
    })
  /** The document does not have the shape of the format (unknown keys, wrong types, missing fields). */
  | (ErrorBase & { readonly kind: 'schema' } & IssueList)
  /** Well-formed, but with values the model does not allow (ranges, years, unknown sectors). */
  | (ErrorBase & { readonly kind: 'semantic' } & IssueList);

/** The problems listed (at most FILE_LIMITS.issues) and how many more there are. */
export interface IssueList {
  readonly issues: readonly ScenarioIssue[];
  /** Problems found but not listed. */
  readonly omitted?: number;
  /** Checking stopped once enough problems were found: there may be more than `omitted`. */
  readonly stoppedEarly?: boolean;
}

export type FileFormatErrorKind = FileFormatError['kind'];

/** Things worth telling the user about a file that was nevertheless loaded. */
export type FileFormatWarning =
  /** No `sha256`: written by hand or by another tool. */
  | { readonly kind: 'hash-missing' }
  /** The `sha256` does not match the scenarios: edited by hand since it was exported. */
  | { readonly kind: 'hash-mismatch'; readonly expected: string; readonly found: string }
  /** Written in an older format version and upgraded on reading. */
  | { readonly kind: 'migrated'; readonly from: number; readonly to: number };

/**
 * The issues' common error, pointing at the first issue. At most `limit` are listed; the rest are
 * counted, so that a file with a million problems gives a message of a hundred lines.
 */
export function issuesError(
  kind: 'schema' | 'semantic',
  issues: readonly ScenarioIssue[],
  options: { readonly limit?: number; readonly stoppedEarly?: boolean } = {},
): FileFormatError {
  const limit = options.limit ?? Infinity;
  const listed = issues.length > limit ? issues.slice(0, limit) : issues;
  const omitted = issues.length - listed.length;
  return {
    kind,
    path: issues[0]?.path ?? [],
    issues: listed,
    ...(omitted > 0 && { omitted }),
    ...(options.stoppedEarly && { stoppedEarly: true }),
  };
}
