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
  /** Who is working now ("Your name", recorded on every revision) and in which language names are made unique. */
  readonly identity: () => StoreIdentity;
}

export interface StoreIdentity {
  readonly author: string;
  readonly language: 'en' | 'zh-CN';
}

export interface StoreContextDeps {
  readonly appVersion: string;
  readonly identity?: () => StoreIdentity;
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
    identity: deps.identity ?? (() => ({ author: '', language: 'en' })),
  };
}
