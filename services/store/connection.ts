import Database from 'better-sqlite3';

export interface ConnectionOptions {
  /** How long a statement waits for another connection's lock before failing with `busy`. */
  readonly busyTimeoutMs: number;
  /** Path of a better_sqlite3.node built for the running ABI (the Electron app's own copy). */
  readonly nativeBinding?: string;
  /** Open without any right to write: an inspection must never change the file (nor merge its WAL). */
  readonly readonly?: boolean;
}

export const DEFAULT_BUSY_TIMEOUT_MS = 5000;

/** Opens a connection without touching the file beyond what SQLite needs to read it. */
export function openConnection(path: string, options: ConnectionOptions): Database.Database {
  return new Database(path, {
    timeout: options.busyTimeoutMs,
    ...(options.readonly ? { readonly: true, fileMustExist: true } : {}),
    ...(options.nativeBinding === undefined ? {} : { nativeBinding: options.nativeBinding }),
  });
}

/**
 * The settings every writing connection uses. WAL lets the app read while the CLI writes.
 * `synchronous = FULL`: with WAL, NORMAL can lose the last acknowledged saves on power loss (the
 * WAL is only synced at checkpoints); FULL syncs the WAL on every commit, so a save the UI has
 * confirmed survives a power cut. It costs ~0.2 ms per save here, far inside the 2 ms budget.
 */
export function configureConnection(db: Database.Database): void {
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.pragma('foreign_keys = ON');
}
