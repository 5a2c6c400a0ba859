import Database from 'better-sqlite3';
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { databaseAtVersion } from '../../test/store/database-at-version';
import { useTempFolder } from '../../test/store/temp-folder';
import { libraryPath } from './library-file';
import { APPLICATION_ID } from './library-identity';
import { SCHEMA_VERSION } from './migrations';
import { openStore } from './open-store';

const sha256 = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');

/** Every file of a folder with its hash: equal snapshots, nothing written, created or removed. */
function snapshot(folder: string): Record<string, string> {
  return Object.fromEntries(
    readdirSync(folder)
      .sort()
      .map((name) => [name, sha256(join(folder, name))]),
  );
}

/** Another program's database: its own table and rows, the given `user_version` and mark. */
function otherAppDatabase(path: string, userVersion: number, applicationId = 0): void {
  const db = new Database(path);
  db.exec(
    "CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT); INSERT INTO notes (body) VALUES ('mine');",
  );
  db.pragma(`user_version = ${userVersion}`);
  if (applicationId !== 0) db.pragma(`application_id = ${applicationId}`);
  db.close();
}

describe('library identity: application_id plus the schema the migrations make', () => {
  const tempFolder = useTempFolder('chokepoint-identity-');

  it('stamps a new library with the app’s mark', () => {
    const path = libraryPath(tempFolder());
    const opened = openStore({ path });
    if (!opened.ok) throw new Error(opened.error.message);
    opened.value.db.close();
    const check = new Database(path, { readonly: true });
    expect(check.pragma('application_id', { simple: true })).toBe(APPLICATION_ID);
    check.close();
    // "CPLN" in the header's bytes 68–71, where `file(1)` and other tools look.
    expect(readFileSync(path).subarray(68, 72).toString('latin1')).toBe('CPLN');
  });

  it.each(Array.from({ length: SCHEMA_VERSION }, (_, i) => i + 1))(
    'recognises an unmarked library of version %i by its schema, migrates it and marks it',
    (version) => {
      const folder = tempFolder();
      databaseAtVersion(folder, version).close();
      const opened = openStore({ path: libraryPath(folder) });
      if (!opened.ok) throw new Error(opened.error.message);
      const { db, outcome } = opened.value;
      expect(outcome.kind).toBe(version === SCHEMA_VERSION ? 'opened' : 'migrated');
      expect(db.pragma('application_id', { simple: true })).toBe(APPLICATION_ID);
      db.close();
    },
  );

  it.each([0, 1, 3, 5, 99])(
    'refuses another app’s database with user_version %i before any write, byte for byte unchanged',
    (userVersion) => {
      const folder = tempFolder();
      const path = join(folder, 'other.db');
      otherAppDatabase(path, userVersion);
      const before = snapshot(folder);
      const opened = openStore({ path });
      expect(opened.ok).toBe(false);
      if (opened.ok) return;
      expect(opened.error.code).toBe('invalid-input');
      expect(opened.error.message).toBe(
        `${path} is an SQLite database but not a Chokepoint Planner library (another program's, or one whose tables are not a library's); nothing was changed.`,
      );
      // No WAL switch, no -wal or -shm file, no backup, no migration.
      expect(snapshot(folder)).toEqual(before);
    },
  );

  it('refuses a database marked by another app, and a library whose tables were changed, untouched', () => {
    const folder = tempFolder();
    const marked = join(folder, 'marked.db');
    otherAppDatabase(marked, 3, 0x12345678);
    const changed = databaseAtVersion(tempFolder(), 3);
    changed.exec('CREATE TABLE extra (x TEXT)');
    changed.close();
    const changedPath = libraryPath(changed.name.slice(0, -'/library.sqlite'.length));
    for (const path of [marked, changedPath]) {
      const before = sha256(path);
      const opened = openStore({ path });
      expect(opened.ok, path).toBe(false);
      expect(sha256(path)).toBe(before);
    }
  });

  it('refuses a pipe, a folder and a device as the library at once, never opening them', () => {
    const folder = tempFolder();
    const fifo = join(folder, 'pipe.sqlite');
    execFileSync('mkfifo', [fifo]);
    // Opening a FIFO for reading would block this test for ever: a refusal proves it was not opened.
    for (const [path, what] of [
      [fifo, 'a pipe (FIFO)'],
      [folder, 'a folder'],
      ['/dev/null', 'a device'],
    ] as const) {
      const opened = openStore({ path });
      expect(opened.ok, path).toBe(false);
      if (!opened.ok)
        expect(opened.error.message).toBe(`${path} is ${what}, not a scenario library; nothing was changed.`);
    }
    expect(readdirSync(folder)).toEqual(['pipe.sqlite']);
  });
});
