import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openStore } from '../../services/store/open-store';
import { useTempFolder } from './temp-folder';
import { useNodeBundle } from '../support/node-bundle';

const ROUNDS = 20;
const writer = useNodeBundle('test/store/writer-process.ts');

/** mulberry32: reproducible "random" kill moments; the seed is printed when the test fails. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface Ack {
  readonly id: string;
  readonly revision: number;
  readonly hash: string;
}

/** Runs the writer until it has acknowledged `acksBeforeKill` saves, waits `delayMs`, then SIGKILLs it. */
function runAndKill(path: string, round: number, acksBeforeKill: number, delayMs: number): Promise<Ack[]> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(process.execPath, [writer(), path, String(round)], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const acks: Ack[] = [];
    let buffered = '';
    let stderr = '';
    let killed = false;
    const kill = () => {
      if (killed) return;
      killed = true;
      setTimeout(() => child.kill('SIGKILL'), delayMs);
    };
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (chunk: string) => {
      buffered += chunk;
      const lines = buffered.split('\n');
      buffered = lines.pop() ?? '';
      for (const line of lines) {
        const [word, id, revision, hash] = line.split(' ');
        if (word === 'ready' && acksBeforeKill === 0) kill();
        if (word !== 'ack' || id === undefined || hash === undefined) continue;
        acks.push({ id, revision: Number(revision), hash });
        if (acks.length >= acksBeforeKill) kill();
      }
    });
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      if (signal === 'SIGKILL') resolvePromise(acks);
      else reject(new Error(`writer exited by itself (code ${code}): ${stderr}`));
    });
  });
}

describe('a writer killed at random moments', () => {
  const tempFolder = useTempFolder('chokepoint-crash-');

  it('never loses an acknowledged save and never damages the file', { timeout: 120_000 }, async () => {
    const seed = Date.now() % 1_000_000;
    const next = random(seed);
    const path = join(tempFolder(), 'library.sqlite');
    const acknowledged: Ack[] = [];
    for (let round = 0; round < ROUNDS; round++) {
      const acks = await runAndKill(path, round, Math.floor(next() * 60), Math.floor(next() * 4));
      acknowledged.push(...acks);

      const opened = openStore({ path });
      if (!opened.ok) throw new Error(`seed ${seed}, round ${round}: ${opened.error.message}`);
      const { db, outcome } = opened.value;
      try {
        expect(outcome.kind, `seed ${seed}, round ${round}`).toMatch(/^(opened|created)$/);
        expect(db.pragma('integrity_check', { simple: true }), `seed ${seed}, round ${round}`).toBe('ok');
        const stored = db
          .prepare('SELECT content_hash FROM revisions WHERE scenario_id = ? AND revision = ?')
          .pluck();
        const lost = acknowledged.filter((ack) => stored.get(ack.id, ack.revision) !== ack.hash);
        expect(lost, `seed ${seed}, round ${round}`).toEqual([]);
        // Listing columns and head pointers agree with the revisions table.
        const heads = db
          .prepare(
            'SELECT count(*) FROM scenarios s WHERE head_revision != (SELECT max(revision) FROM revisions r WHERE r.scenario_id = s.id)',
          )
          .pluck()
          .get();
        expect(heads, `seed ${seed}, round ${round}`).toBe(0);
      } finally {
        db.close();
      }
    }
    expect(acknowledged.length).toBeGreaterThan(ROUNDS);
  });
});
