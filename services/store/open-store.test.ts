import Database from 'better-sqlite3';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { databaseAtVersion } from '../../test/store/database-at-version';
import { APPLICATION_ID } from './library-identity';
import { useTempFolder } from '../../test/store/temp-folder';
import { libraryPath } from './library-file';
import { SCHEMA_VERSION } from './migrations';
import { openStore } from './open-store';

const at = new Date('2026-11-28T10:00:00.000Z');
const now = () => at;

function expectOk<T>(result: { ok: true; value: T } | { ok: false; error: unknown }): T {
  if (!result.ok) throw new Error(`expected ok, got ${JSON.stringify(result.error)}`);
  return result.value;
}

/** Overwrites the file's pages after the first with noise: the header still says "SQLite". */
function damagePages(path: string): void {
  const bytes = readFileSync(path);
  for (let i = 4096 * 2; i < bytes.length - 4096; i++) bytes[i] = (i * 131) % 251;
  writeFileSync(path, bytes);
}

describe('openStore', () => {
  const tempFolder = useTempFolder();

  it('creates a new library with WAL, FULL sync, foreign keys and the newest schema', () => {
    const path = join(tempFolder(), 'nested', 'library.sqlite');
    const store = expectOk(openStore({ path, now }));
    expect(store.outcome).toEqual({ kind: 'created' });
    expect(store.db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(store.db.pragma('synchronous', { simple: true })).toBe(2);
    expect(store.db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(store.db.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);
    const tables = store.db
      .prepare(
        "SELECT name, strict FROM pragma_table_list WHERE schema = 'main' AND name NOT LIKE 'sqlite_%'",
      )
      .all();
    expect(tables.length).toBeGreaterThanOrEqual(4);
    expect(tables.every((table) => (table as { strict: number }).strict === 1)).toBe(true);
    store.db.close();
    const again = expectOk(openStore({ path, now }));
    expect(again.outcome).toEqual({ kind: 'opened' });
    again.db.close();
  });

  it('creates nothing when the library must exist', () => {
    const folder = tempFolder();
    const result = openStore({ path: libraryPath(folder), mustExist: true });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.code).toBe('not-found');
    expect(readdirSync(folder)).toEqual([]);
  });

  it('refuses a library from a newer app, naming both versions, and leaves it untouched', () => {
    const folder = tempFolder();
    const path = libraryPath(folder);
    const future = new Database(path);
    future.exec("CREATE TABLE future (x TEXT) STRICT; INSERT INTO future VALUES ('keep me');");
    // A newer app marks its libraries too: without the mark, version 99 is just another app's database.
    future.pragma(`application_id = ${APPLICATION_ID}`);
    future.pragma('user_version = 99');
    future.close();
    const before = readFileSync(path);

    const result = openStore({ path, now });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('database-too-new');
    expect(result.error.message).toContain('version 99');
    expect(result.error.message).toContain(`version ${SCHEMA_VERSION}`);
    expect(readFileSync(path)).toEqual(before);
    expect(readdirSync(folder)).toEqual(['library.sqlite']);
  });

  it('refuses an SQLite file that is not a library', () => {
    const path = join(tempFolder(), 'other-app.sqlite');
    const other = new Database(path);
    other.exec('CREATE TABLE contacts (name TEXT)');
    other.close();
    const before = readFileSync(path);
    const result = openStore({ path });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.code).toBe('invalid-input');
    expect(readFileSync(path)).toEqual(before);
  });

  it('backs up an older library, then migrates it keeping its data', () => {
    const folder = tempFolder();
    const path = libraryPath(folder);
    const old = databaseAtVersion(folder, 1);
    old
      .prepare(
        `INSERT INTO scenarios (id, name, author, tags, created_at, updated_at, head_revision)
       VALUES ('a', 'Old', '', '["kept"]', '2025-01-01T00:00:00Z', '2025-01-01T00:00:00Z', 1)`,
      )
      .run();
    old.close();

    const store = expectOk(openStore({ path, now }));
    expect(store.outcome).toEqual({
      kind: 'migrated',
      from: 1,
      to: SCHEMA_VERSION,
      backup: `${path}.v1.2026-11-28T10-00-00-000Z.backup`,
    });
    expect(store.db.prepare("SELECT tag FROM scenario_tags WHERE scenario_id = 'a'").pluck().all()).toEqual([
      'kept',
    ]);
    store.db.close();

    const backup = new Database(`${path}.v1.2026-11-28T10-00-00-000Z.backup`, { readonly: true });
    expect(backup.pragma('user_version', { simple: true })).toBe(1);
    expect(backup.prepare('SELECT name FROM scenarios').pluck().all()).toEqual(['Old']);
    backup.close();
  });

  it('refuses a file that is not an SQLite database untouched (a scenario file given as --db)', () => {
    const folder = tempFolder();
    const path = join(folder, 'x.chokepoint');
    const text = '{"format": "chokepoint-scenarios", "formatVersion": 1, "scenarios": []}';
    writeFileSync(path, text);
    const result = openStore({ path, now });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    if (!result.ok) {
      expect(result.error.message).toBe(
        `${path} is not a scenario library (not an SQLite database); to add the scenarios of a .chokepoint file to a library, use \`chokepoint import FILE\`. Nothing was changed.`,
      );
    }
    expect(readdirSync(folder)).toEqual(['x.chokepoint']);
    expect(readFileSync(path, 'utf8')).toBe(text);
  });

  it('reports a zero-byte library instead of silently starting a new one in it', () => {
    const folder = tempFolder();
    const path = libraryPath(folder);
    writeFileSync(path, '');
    const result = openStore({ path, now });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    if (!result.ok)
      expect(result.error.message).toMatch(/is an empty file \(0 bytes\), not a scenario library/);
    expect(readdirSync(folder)).toEqual([path.split('/').at(-1)]);
    expect(readFileSync(path)).toHaveLength(0);
  });

  it('copies a damaged library with its WAL and shared memory byte for byte before anything writes', () => {
    const folder = tempFolder();
    const path = libraryPath(folder);
    const first = expectOk(openStore({ path, now }));
    first.db.exec('CREATE TABLE IF NOT EXISTS filler (x TEXT) STRICT');
    const insert = first.db.prepare('INSERT INTO filler VALUES (?)');
    first.db.transaction(() => {
      for (let i = 0; i < 3000; i++) insert.run(`row ${i} `.repeat(20));
    })();
    first.db.pragma('wal_checkpoint(TRUNCATE)');
    // A pending save in the WAL, then the process dies (the WAL is not merged: no close).
    first.db.pragma('wal_autocheckpoint = 0');
    first.db.exec("INSERT INTO filler VALUES ('the newest save')");
    const before = ['', '-wal', '-shm'].map((suffix) => readFileSync(path + suffix));
    expect(before[1]!.length).toBeGreaterThan(0);
    damagePages(path);
    const damaged = readFileSync(path);
    // Copy the files as a crashed process would leave them, then open them without the live connection.
    const crashed = join(tempFolder(), 'library.sqlite');
    writeFileSync(crashed, damaged);
    writeFileSync(`${crashed}-wal`, before[1]!);
    writeFileSync(`${crashed}-shm`, before[2]!);
    first.db.close();

    const store = expectOk(openStore({ path: crashed, now }));
    expect(store.outcome.kind).toBe('recovered');
    if (store.outcome.kind !== 'recovered') return;
    const copies = ['', '-wal', '-shm'].map((suffix) =>
      readFileSync(store.outcome.kind === 'recovered' ? store.outcome.movedTo + suffix : ''),
    );
    expect([
      copies[0]!.equals(damaged),
      copies[1]!.equals(before[1]!),
      copies[2]!.equals(before[2]!),
    ]).toEqual([true, true, true]);
    store.db.close();
  });

  it('moves a library that fails its integrity check aside and names the newest backup', () => {
    const folder = tempFolder();
    const path = libraryPath(folder);
    const old = databaseAtVersion(folder, 2);
    const insert = old.prepare(
      `INSERT INTO scenarios (id, name, author, tags, created_at, updated_at, head_revision)
       VALUES (?, ?, '', '[]', '2025-01-01T00:00:00Z', '2025-01-01T00:00:00Z', 1)`,
    );
    for (let i = 0; i < 2000; i++)
      insert.run(`s${i}`, `Scenario number ${i} with a long enough name to fill pages`);
    old.close();
    // Opening migrates 2 → 3 and leaves a backup behind; then the disk goes bad.
    expectOk(openStore({ path, now: () => new Date('2026-11-01T00:00:00.000Z') })).db.close();
    const db = new Database(path);
    db.pragma('wal_checkpoint(TRUNCATE)');
    db.close();
    damagePages(path);

    const store = expectOk(openStore({ path, now }));
    expect(store.outcome.kind).toBe('recovered');
    if (store.outcome.kind !== 'recovered') return;
    expect(store.outcome.newestBackup).toBe(`${path}.v2.2026-11-01T00-00-00-000Z.backup`);
    expect(existsSync(store.outcome.movedTo)).toBe(true);
    expect(store.db.prepare('SELECT count(*) FROM scenarios').pluck().get()).toBe(0);
    store.db.close();
  });

  it('reports a locked library as busy and never mistakes it for damage', () => {
    const folder = tempFolder();
    const path = libraryPath(folder);
    expectOk(openStore({ path })).db.close();
    const holder = new Database(path);
    holder.pragma('locking_mode = EXCLUSIVE');
    holder.exec('BEGIN EXCLUSIVE');
    try {
      const result = openStore({ path, busyTimeoutMs: 50 });
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.error.code).toBe('busy');
      expect(readdirSync(folder).filter((name) => name.includes('damaged'))).toEqual([]);
    } finally {
      holder.exec('ROLLBACK');
      holder.close();
    }
  });
});
