import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

// tsx keeps its compile cache in the temporary folder (tsx-<user>): a cache, not a test's leftover.
const NOT_LEFTOVERS = /^tsx-/;

/**
 * Gives the test run a temporary folder of its own (TMPDIR, inherited by the test workers and every
 * process they start). The returned teardown removes it and, when tests left anything in it, reports
 * their names and fails the run (vitest only logs an error thrown by a teardown: the exit code fails it).
 */
export function guardTempFolder(report: (message: string) => void): () => void {
  const before = process.env.TMPDIR;
  const folder = mkdtempSync(join(tmpdir(), 'chokepoint-test-run-'));
  process.env.TMPDIR = folder;
  return () => {
    const left = readdirSync(folder).filter((name) => !NOT_LEFTOVERS.test(name));
    if (before === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = before;
    rmSync(folder, { recursive: true, force: true });
    if (left.length === 0) return;
    report(
      `Tests left ${left.length} item(s) in the temporary folder; each test must remove what it creates:\n  ${left.join('\n  ')}`,
    );
    process.exitCode = 1;
  };
}

/** vitest globalSetup (once per run, not per project). */
export default function setup(): () => void {
  return guardTempFolder((message) => console.error(message));
}
