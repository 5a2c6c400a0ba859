import { spawn } from 'node:child_process';
import { copyFileSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../cli/main';
import { openStore } from '../../services/store/open-store';
import { PRESETS } from '../../shared/catalogue';
import type { Scenario } from '../../shared/domain/scenario';
import { parseScenarioFile, serializeScenarioFile } from '../../shared/file-format';
import { seededRandom as random } from '../../shared/optimize/seeded-random';
import { memoryIo } from '../support/memory-io';
import { useNodeBundle } from '../support/node-bundle';
import { useTempFolder } from './temp-folder';

/**
 * The kill loop of the store tests, extended to the commands that write the most at once: a merging
 * import (one transaction over hundreds of scenarios) and an export (a file of megabytes), each killed
 * with SIGKILL at random moments. After every kill the library passes its integrity check and holds
 * either everything the import would have written or nothing of it; the export's file is either the
 * previous one, byte for byte, or the whole new one.
 */
const ROUNDS = 8;
// The command as it ships: started ~20 times, it cost seconds of CPU apiece through tsx.
const cli = useNodeBundle('cli/chokepoint.ts', { workers: true });
const META = { exportedAt: '2026-12-07T00:00:00.000Z', appVersion: '0.1.0', modelVersion: 2 };
const COUNT = 300;

/** Runs the CLI in a process of its own; kills it after `killAfterMs` (never, when undefined). */
function runKilled(args: string[], killAfterMs?: number): Promise<{ killed: boolean; ms: number }> {
  return new Promise((done, fail) => {
    const started = Date.now();
    const child = spawn(process.execPath, [cli(), ...args], {
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const timer =
      killAfterMs === undefined ? undefined : setTimeout(() => child.kill('SIGKILL'), killAfterMs);
    child.on('error', fail);
    child.on('exit', (code, signal) => {
      clearTimeout(timer);
      if (signal === 'SIGKILL') done({ killed: true, ms: Date.now() - started });
      else if (code === 0) done({ killed: false, ms: Date.now() - started });
      else fail(new Error(`chokepoint ${args[0]} exited with ${code}: ${stderr}`));
    });
  });
}

/**
 * What a library holds: each scenario's head revision and the content that moves (its sectors), after
 * its integrity check. Timestamps are left out: two complete merges made at two moments are alike.
 */
function libraryState(path: string): string {
  const opened = openStore({ path });
  if (!opened.ok) throw new Error(opened.error.message);
  const { db } = opened.value;
  try {
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    return JSON.stringify(
      db
        .prepare(
          `SELECT s.id, s.head_revision, json_extract(r.document, '$.sectors') AS sectors FROM scenarios s
             JOIN revisions r ON r.scenario_id = s.id AND r.revision = s.head_revision ORDER BY s.id`,
        )
        .all(),
    );
  } finally {
    db.close();
  }
}

const scenarios: Scenario[] = Array.from({ length: COUNT }, (_, i) => ({
  ...PRESETS[i % PRESETS.length]!,
  id: `kill-${i}`,
  name: `Scenario ${i}`,
}));

/** The pristine library in place of the killed one, its WAL and shared memory gone with it. */
function restore(pristine: string, library: string): void {
  for (const suffix of ['-wal', '-shm']) rmSync(library + suffix, { force: true });
  copyFileSync(pristine, library);
}

const folder = useTempFolder('chokepoint-kill-');

/** A fresh folder whose library `name` holds the scenarios, and the kill moments' seed and generator. */
async function start(name: string) {
  const seed = Date.now() % 1_000_000;
  const dir = folder();
  const io = memoryIo(dir);
  writeFileSync(join(dir, 'base.chokepoint'), serializeScenarioFile(scenarios, META));
  expect(await runCli(['import', 'base.chokepoint', '--db', name], io), io.err()).toBe(0);
  return { seed, next: random(seed), dir, io };
}

describe('commands killed at random moments', () => {
  it(
    'import --on-conflict merge leaves the library whole: all of the merge or none of it',
    { timeout: 600_000 },
    async () => {
      const { seed, next, dir, io } = await start('pristine.sqlite');
      expect(
        await runCli(['export', '--db', 'pristine.sqlite', '--out', 'exported.chokepoint'], io),
        io.err(),
      ).toBe(0);
      // Their side changed a lever of every scenario: each merges three-way against its revision here.
      const exported = parseScenarioFile(readFileSync(join(dir, 'exported.chokepoint'), 'utf8'));
      if (!exported.ok) throw new Error('the export does not read back');
      const theirs = exported.value.scenarios.map((scenario) => ({
        ...scenario,
        sectors: { ...scenario.sectors, IC: { ...scenario.sectors.IC, levers: { basicResearch: 1.75 } } },
      }));
      writeFileSync(join(dir, 'theirs.chokepoint'), serializeScenarioFile(theirs, META));
      const before = libraryState(join(dir, 'pristine.sqlite'));
      const library = join(dir, 'library.sqlite');
      const args = ['import', join(dir, 'theirs.chokepoint'), '--on-conflict', 'merge', '--db', library];
      restore(join(dir, 'pristine.sqlite'), library);
      const whole = await runKilled(args);
      const after = libraryState(library);
      expect(after).not.toBe(before);

      let killedMidway = 0;
      for (let round = 0; round < ROUNDS; round++) {
        restore(join(dir, 'pristine.sqlite'), library);
        const run = await runKilled(args, Math.floor(next() * whole.ms * 1.1));
        const state = libraryState(library);
        expect([before, after], `seed ${seed}, round ${round}`).toContain(state);
        if (run.killed && state === before) killedMidway++;
      }
      expect(killedMidway, `seed ${seed}`).toBeGreaterThan(0);
    },
  );

  it(
    'export leaves the previous file or the whole new one, and the library as it was',
    { timeout: 600_000 },
    async () => {
      const { seed, next, dir } = await start('library.sqlite');
      const library = join(dir, 'library.sqlite');
      const state = libraryState(library);
      const out = join(dir, 'selection.chokepoint');
      const previous = serializeScenarioFile(scenarios.slice(0, 3), META);
      const args = ['export', '--db', library, '--out', out];
      const whole = await runKilled(args);

      let killed = 0;
      for (let round = 0; round < ROUNDS; round++) {
        writeFileSync(out, previous);
        const run = await runKilled(args, Math.floor(next() * whole.ms * 1.1));
        if (run.killed) killed++;
        const text = readFileSync(out, 'utf8');
        if (text !== previous) {
          const read = parseScenarioFile(text);
          expect(read.ok, `seed ${seed}, round ${round}: a partial file`).toBe(true);
          if (read.ok)
            expect(read.value.scenarios.map((scenario) => scenario.id).sort()).toEqual(
              scenarios.map((s) => s.id).sort(),
            );
        }
        expect(libraryState(library), `seed ${seed}, round ${round}`).toBe(state);
        // A kill can leave the writer's own temporary file (hidden, named after the target), nothing else.
        const others = readdirSync(dir).filter(
          (name) => !['base.chokepoint', 'library.sqlite', 'selection.chokepoint'].includes(name),
        );
        for (const name of others)
          expect(name, `seed ${seed}, round ${round}`).toMatch(
            /^\.selection\.chokepoint\.\d+-[0-9a-f]+\.tmp$/,
          );
      }
      expect(killed, `seed ${seed}`).toBeGreaterThan(0);
    },
  );
});
