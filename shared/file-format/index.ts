/** The `.chokepoint` scenario file format, version 1 (docs/file-format.md). */
export { APP_NAME, serializeScenarioFile } from './serialize-scenario-file';
export type { ExportMeta, FileLayout } from './serialize-scenario-file';
export { scenarioFileParts, scenarioFileText } from './fit-file-limits';
export type { TooLargeForOneFile } from './fit-file-limits';
export { parseScenarioFile } from './parse-scenario-file';
export type { ParseScenarioFileOptions, ScenarioFile } from './scenario-file';
export {
  FILE_EXTENSION,
  FORMAT_NAME,
  FORMAT_VERSION,
  MAX_DEPTH,
  MAX_FILE_BYTES,
  MAX_SCENARIOS,
} from './constants';
export type { FileFormatError, FileFormatErrorKind, FileFormatWarning, IssueList } from './file-format-error';
export { FILE_LIMITS } from './limits';
export { refusedFileError } from './refused-file-error';
export type { RefusedFileError } from './refused-file-error';
export type { FileLimits } from './limits';
export { checkEncoding, firstInvalidUtf8 } from './check-encoding';
export {
  describeFileFormatError,
  describeFileFormatWarning,
  fileFormatErrorParams,
  moreIssuesText,
  ERROR_TEMPLATES as FILE_FORMAT_ERROR_TEMPLATES,
  WARNING_TEMPLATES as FILE_FORMAT_WARNING_TEMPLATES,
} from './describe-file-format-error';
export type { MessageParams, Translate } from './describe-file-format-error';
export { formatJsonPath } from './json-path';
export { fileContentHash, scenarioContentHash } from './content-hash';
export { canonicalJson } from './canonical-json';
export { MIGRATIONS, migrateDocument } from './migrations';
export type { Migration, MigrationRegistry } from './migrations';
