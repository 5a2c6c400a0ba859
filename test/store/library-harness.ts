import type { Database } from 'better-sqlite3';
import type { Scenario } from '../../shared/domain/scenario';
import { PRESETS } from '../../shared/catalogue/presets';
import type { OpenStoreOptions } from '../../services/store/open-store';
import { openStore } from '../../services/store/open-store';
import type { ScenarioLibrary } from '../../services/store/scenario-library';
import { createScenarioLibrary } from '../../services/store/scenario-library';
import type { StoreContext } from '../../services/store/store-context';
import { createStoreContext } from '../../services/store/store-context';

export const APP_VERSION = '0.1.0-test';

/** A clock that moves one second per reading, so every save has its own timestamp. */
export function steppingClock(start = '2026-11-28T10:00:00.000Z'): () => Date {
  let t = Date.parse(start);
  return () => new Date((t += 1000));
}

/** Ids that say which test made them. */
export function countingIds(prefix = 'id'): () => string {
  let n = 0;
  return () => `${prefix}-${++n}`;
}

export interface TestLibrary {
  readonly db: Database;
  readonly ctx: StoreContext;
  readonly library: ScenarioLibrary;
  close(): void;
}

export function unwrap<T>(result: { ok: true; value: T } | { ok: false; error: unknown }): T {
  if (!result.ok) throw new Error(`expected ok, got ${JSON.stringify(result.error)}`);
  return result.value;
}

export function openTestLibrary(path: string, options: Partial<OpenStoreOptions> = {}): TestLibrary {
  const store = unwrap(openStore({ path, now: steppingClock(), ...options }));
  const ctx = createStoreContext(store.db, {
    appVersion: APP_VERSION,
    now: steppingClock(),
    newId: countingIds(),
  });
  return { db: store.db, ctx, library: createScenarioLibrary(ctx), close: () => store.db.close() };
}

const TEMPLATE = PRESETS[1] as Scenario;

/** A valid scenario (an example's content) under its own id and name. */
export function makeScenario(id: string, overrides: Partial<Scenario> = {}): Scenario {
  return { ...TEMPLATE, id, name: `Scenario ${id}`, tags: [], ...overrides };
}

/** Every row of every table, in a stable order: equal dumps mean nothing changed. */
export function dumpLibrary(db: Database): string {
  const tables = db
    .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")
    .pluck()
    .all() as string[];
  const dump: Record<string, unknown[]> = {};
  for (const table of tables) dump[table] = db.prepare(`SELECT * FROM "${table}" ORDER BY 1, 2`).all();
  return JSON.stringify(dump);
}
