import { randomUUID } from 'node:crypto';
import type { Database } from 'better-sqlite3';
import type { Statements } from './statements';
import { prepareStatements } from './statements';

/**
 * Everything a library operation needs from outside: the connection, the clock, the id source and
 * the app's version (recorded on every revision). Passed in, so tests control time and ids.
 */
export interface StoreContext {
  readonly db: Database;
  readonly sql: Statements;
  readonly now: () => Date;
  readonly newId: () => string;
  readonly appVersion: string;
}

export interface StoreContextDeps {
  readonly appVersion: string;
  readonly now?: () => Date;
  readonly newId?: () => string;
}

/** Call after `openStore` succeeded: the statements need the migrated schema. */
export function createStoreContext(db: Database, deps: StoreContextDeps): StoreContext {
  return {
    db,
    sql: prepareStatements(db),
    now: deps.now ?? (() => new Date()),
    newId: deps.newId ?? randomUUID,
    appVersion: deps.appVersion,
  };
}
