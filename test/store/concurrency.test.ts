import Database from 'better-sqlite3';
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeScenario, openTestLibrary, unwrap } from './library-harness';
import { useTempFolder } from './temp-folder';
import { useNodeBundle } from '../support/node-bundle';

const writer = useNodeBundle('test/store/writer-process.ts');

/** Starts the writer process; resolves `ready` once its store is open and `done` when it exits. */
function startWriter(path: string, count: number) {
  const child = spawn(process.execPath, [writer(), path, 'child', String(count)], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const ready = new Promise<void>((resolveReady, reject) => {
    child.stdout.on('data', (chunk: Buffer) => {
      if (chunk.toString().includes('ready')) resolveReady();
    });
    child.on('exit', (code) =>
      reject(new Error(`writer exited before it was ready (code ${code}): ${stderr}`)),
    );
  });
  const done = new Promise<number | null>((resolveDone) => child.on('exit', (code) => resolveDone(code)));
  return { ready, done, stderr: () => stderr };
}

describe('two programs on one library', () => {
  const tempFolder = useTempFolder('chokepoint-concurrent-');

  it('interleave their saves without losing or corrupting any', { timeout: 60_000 }, async () => {
    const path = join(tempFolder(), 'library.sqlite');
    // The app's connection, open before the CLI starts, as on a user's machine.
    const app = openTestLibrary(path);
    const writer = startWriter(path, 300);
    await writer.ready;
    let appSaves = 0;
    for (let i = 0; i < 300; i++) {
      unwrap(app.library.save(makeScenario(`shared-${i % 3}`, { description: `app save ${i}` })));
      appSaves++;
      // Let the other process in now and then, like an app waiting for input.
      if (i % 10 === 0) await new Promise((r) => setTimeout(r, 2));
    }
    expect(await writer.done, writer.stderr()).toBe(0);

    expect(app.db.pragma('integrity_check', { simple: true })).toBe('ok');
    const total = app.db.prepare('SELECT count(*) FROM revisions').pluck().get();
    expect(total).toBe(appSaves + 300);
    // Revision numbers per scenario are gapless and the head points at the newest.
    const broken = app.db
      .prepare(
        `SELECT s.id FROM scenarios s JOIN revisions r ON r.scenario_id = s.id GROUP BY s.id
         HAVING count(*) != max(r.revision) OR s.head_revision != max(r.revision)`,
      )
      .all();
    expect(broken).toEqual([]);
    app.close();
  });

  it('waits for a busy library, then reports busy clearly', () => {
    const path = join(tempFolder(), 'library.sqlite');
    const app = openTestLibrary(path, { busyTimeoutMs: 100 });
    unwrap(app.library.save(makeScenario('a')));
    const other = new Database(path, { timeout: 100 });
    other.exec('BEGIN IMMEDIATE');
    try {
      const result = app.library.save(makeScenario('a', { description: 'blocked' }));
      expect(result.ok).toBe(false);
      if (result.ok) return;
      expect(result.error.code).toBe('busy');
      expect(result.error.message).toMatch(/in use by another program.*Try again/);
      // Reading still works while the other program writes (WAL).
      expect(unwrap(app.library.get('a')).revision).toBe(1);
    } finally {
      other.exec('ROLLBACK');
      other.close();
    }
    expect(unwrap(app.library.save(makeScenario('a', { description: 'now' }))).revision).toBe(2);
    app.close();
  });
});
