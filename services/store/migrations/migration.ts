import type { Database } from 'better-sqlite3';

/**
 * One schema step. `up` runs inside the transaction that also bumps `user_version` to `version`,
 * so a database is always exactly at one version (Signal Desktop's pattern).
 */
export interface Migration {
  readonly version: number;
  /** `NNNN-name`, the file name without extension. */
  readonly name: string;
  readonly up: (db: Database) => void;
}
