import { readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../cli/main';
import { canonicalJson, MAX_FILE_BYTES, MAX_SCENARIOS } from '../../shared/file-format';
import { largeLibraryFile } from '../support/large-library-file';
import { memoryIo } from '../support/memory-io';
import { openTestLibrary } from './library-harness';

/**
 * What the app writes, it reads back. A library of 1000 scenarios imported from a file at the size
 * limit (20.9 MB, written compactly by a script) cannot be exported as one file: the export says so
 * before writing anything, and `--split` writes parts within the limits that import into a new library
 * holding the same scenarios. Before issue 20, a 14.7 MB file gave a 25.7 MB export that validate and
 * import refused.
 */
const dir = mkdtempSync(join(tmpdir(), 'chokepoint-round-trip-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Every scenario of a library as it reads (lineage aside: each library records its own revisions). */
function contents(db: string): Map<string, string> {
  const test = openTestLibrary(join(dir, db));
  try {
    const listed = test.library.list();
    if (!listed.ok) throw new Error(listed.error.message);
    return new Map(
      listed.value.map((summary) => {
        const stored = test.library.get(summary.id);
        if (!stored.ok) throw new Error(stored.error.message);
        const { lineage: _lineage, ...scenario } = stored.value.scenario as { lineage?: unknown };
        return [summary.id, canonicalJson(scenario)];
      }),
    );
  } finally {
    test.close();
  }
}

async function cli(args: string[]): Promise<{ code: number; out: string; err: string }> {
  const io = memoryIo(dir);
  const code = await runCli(args, io);
  return { code, out: io.out(), err: io.err() };
}

beforeAll(async () => {
  writeFileSync(join(dir, 'library.chokepoint'), largeLibraryFile(MAX_SCENARIOS, 20_900_000).text);
}, 120_000);

describe('a library of 1000 scenarios at the size limit', () => {
  it('is imported, exported in parts within the limits, and imported again to the same scenarios', async () => {
    expect(statSync(join(dir, 'library.chokepoint')).size).toBeGreaterThan(20_000_000);
    expect(statSync(join(dir, 'library.chokepoint')).size).toBeLessThanOrEqual(MAX_FILE_BYTES);
    const imported = await cli(['import', 'library.chokepoint', '--db', 'a.sqlite']);
    expect(imported.code, imported.err).toBe(0);
    expect(imported.out).toContain('1000 added');

    // One file cannot hold them: said before anything is written.
    const whole = await cli(['export', '--db', 'a.sqlite', '--out', 'all.chokepoint']);
    expect(whole.code).toBe(1);
    expect(whole.err).toMatch(
      /^chokepoint export: The 1000 scenarios do not fit one file \(2\d\.\d MB written compactly; a file holds at most 20\.0 MB and 1000 scenarios\), so nothing was exported: export them in 2 parts \(chokepoint export --split\) or choose fewer scenarios\.\n$/,
    );
    expect(readdirSync(dir).filter((name) => name.startsWith('all'))).toEqual([]);

    const split = await cli(['export', '--db', 'a.sqlite', '--split', '--out', 'all.chokepoint']);
    expect(split.code, split.err).toBe(0);
    const parts = readdirSync(dir)
      .filter((name) => name.startsWith('all'))
      .sort();
    expect(parts).toEqual(['all.part-1-of-2.chokepoint', 'all.part-2-of-2.chokepoint']);
    let count = 0;
    for (const part of parts) {
      expect(statSync(join(dir, part)).size).toBeLessThanOrEqual(MAX_FILE_BYTES);
      // import reads each part through every check of the format (the parts' size, count and hash).
      const again = await cli(['import', part, '--db', 'b.sqlite']);
      expect(again.code, again.err).toBe(0);
      expect(again.err, part).toBe('');
      count += Number(/: (\d+) added/.exec(again.out)?.[1]);
    }
    expect(count).toBe(1000);
    const before = contents('a.sqlite');
    const after = contents('b.sqlite');
    expect(after.size).toBe(1000);
    expect([...after.keys()].sort()).toEqual([...before.keys()].sort());
    for (const [id, scenario] of before) expect(after.get(id), id).toBe(scenario);
  }, 600_000);
});
