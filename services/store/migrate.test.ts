import Database from 'better-sqlite3';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useTempFolder } from '../../test/store/temp-folder';
import { migrate, schemaVersion } from './migrate';
import { MIGRATIONS, SCHEMA_VERSION } from './migrations';
import type { Migration } from './migrations/migration';

describe('migrate', () => {
  const tempFolder = useTempFolder();

  it('numbers migrations 1, 2, 3 … with NNNN-name names', () => {
    const versions = Array.from({ length: SCHEMA_VERSION }, (_, i) => i + 1);
    expect(MIGRATIONS.map((migration) => migration.version)).toEqual(versions);
    for (const migration of MIGRATIONS)
      expect(migration.name).toMatch(
        new RegExp(`^${String(migration.version).padStart(4, '0')}-[a-z0-9-]+$`),
      );
    expect(SCHEMA_VERSION).toBe(MIGRATIONS[MIGRATIONS.length - 1]!.version);
  });

  it('applies each pending migration once and reports them', () => {
    const db = new Database(join(tempFolder(), 'a.sqlite'));
    expect(migrate(db)).toEqual({ from: 0, to: SCHEMA_VERSION, applied: MIGRATIONS.map((m) => m.name) });
    expect(migrate(db)).toEqual({ from: SCHEMA_VERSION, to: SCHEMA_VERSION, applied: [] });
    db.close();
  });

  it('leaves the database at the last completed version when a migration fails', () => {
    const db = new Database(join(tempFolder(), 'a.sqlite'));
    const broken: Migration[] = [
      { version: 1, name: '0001-fine', up: (d) => d.exec('CREATE TABLE a (x INTEGER) STRICT') },
      {
        version: 2,
        name: '0002-broken',
        up: (d) => {
          d.exec('CREATE TABLE b (x INTEGER) STRICT');
          d.exec('THIS IS NOT SQL');
        },
      },
    ];
    expect(() => migrate(db, 2, broken)).toThrow();
    expect(schemaVersion(db)).toBe(1);
    // The failed migration's half-done work was rolled back with its version bump.
    expect(
      db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").pluck().all(),
    ).toEqual(['a']);
    db.close();
  });
});
