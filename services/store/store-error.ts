import type { Result } from '../../shared/result';
import { err } from '../../shared/result';

/** Why a store operation failed; the UI and the CLI turn each code into a message. */
export type StoreErrorCode =
  | 'not-found'
  | 'invalid-input'
  | 'conflict'
  | 'busy'
  | 'disk-full'
  | 'read-only'
  | 'database-too-new'
  | 'corrupt'
  | 'io';

export interface StoreError {
  readonly code: StoreErrorCode;
  readonly message: string;
  readonly details?: unknown;
}

export type StoreResult<T> = Result<T, StoreError>;

export function storeError(code: StoreErrorCode, message: string, details?: unknown): StoreError {
  return details === undefined ? { code, message } : { code, message, details };
}

export function fail(
  code: StoreErrorCode,
  message: string,
  details?: unknown,
): { ok: false; error: StoreError } {
  return err(storeError(code, message, details));
}

/**
 * SQLite result codes (extended ones keep the primary code as prefix, e.g. SQLITE_IOERR_WRITE), or a
 * Node file-system code (ENOSPC) for the file operations around the database.
 */
function sqliteCode(error: unknown): string | undefined {
  if (typeof error !== 'object' || error === null) return undefined;
  const code = (error as { code?: unknown }).code;
  return typeof code === 'string' ? code : undefined;
}

export function isCorruptionError(error: unknown): boolean {
  const code = sqliteCode(error) ?? '';
  return code.startsWith('SQLITE_CORRUPT') || code.startsWith('SQLITE_NOTADB');
}

/**
 * Turns an exception from better-sqlite3 into a typed error. Anything we do not recognise is
 * reported as `io` with the original message: the caller still gets a result, never a throw.
 */
export function fromSqliteError(error: unknown, action: string): StoreError {
  const code = sqliteCode(error) ?? '';
  const reason = error instanceof Error ? error.message : String(error);
  const details = { sqliteCode: code || undefined, reason };
  if (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED')) {
    return storeError(
      'busy',
      `Could not ${action}: the library is in use by another program (waited, then gave up). Try again.`,
      details,
    );
  }
  if (code.startsWith('SQLITE_FULL') || code === 'ENOSPC') {
    return storeError(
      'disk-full',
      `Could not ${action}: the disk is full. Nothing was changed; free some space and try again.`,
      details,
    );
  }
  if (
    code.startsWith('SQLITE_READONLY') ||
    code.startsWith('SQLITE_PERM') ||
    ['EROFS', 'EACCES', 'EPERM'].includes(code)
  ) {
    return storeError(
      'read-only',
      `Could not ${action}: the library file or its folder is read-only. Nothing was changed.`,
      details,
    );
  }
  if (isCorruptionError(error)) {
    return storeError('corrupt', `Could not ${action}: the library file is damaged (${reason}).`, details);
  }
  return storeError('io', `Could not ${action}: ${reason}`, details);
}

/**
 * Runs a database or file action, turning a thrown SQLite or file-system error into a typed result.
 * Errors without a code are programming mistakes, not bad input or a bad disk: they still throw.
 */
export function guard<T>(action: string, run: () => StoreResult<T>): StoreResult<T> {
  try {
    return run();
  } catch (error) {
    if (sqliteCode(error) === undefined) throw error;
    return err(fromSqliteError(error, action));
  }
}
