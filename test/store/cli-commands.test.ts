import Database from 'better-sqlite3';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { exportCommand } from '../../cli/commands/export';
import { importCommand } from '../../cli/commands/import';
import { listCommand } from '../../cli/commands/list';
import { runCli } from '../../cli/main';
import { serializeScenarioFile } from '../../shared/file-format';
import { recordingIo } from './cli-io';
import { dumpLibrary, makeScenario } from './library-harness';
import { useTempFolder } from './temp-folder';

const META = { exportedAt: '2026-11-28T12:00:00.000Z', appVersion: '0.0.9', modelVersion: 1 };

function dump(path: string): string {
  const db = new Database(path, { readonly: true });
  try {
    return dumpLibrary(db);
  } finally {
    db.close();
  }
}

describe('chokepoint list / import / export', () => {
  const tempFolder = useTempFolder('chokepoint-store-cli-');

  function workspace() {
    const cwd = tempFolder();
    writeFileSync(
      join(cwd, 'two.chokepoint'),
      serializeScenarioFile([makeScenario('a', { tags: ['w'] }), makeScenario('b')], META),
    );
    return cwd;
  }

  it('imports a file, lists it and exports it back', async () => {
    const cwd = workspace();
    const imported = recordingIo(cwd);
    expect(await importCommand(['two.chokepoint', '--db', 'lib.sqlite'], imported.io)).toBe(0);
    expect(imported.stdout()).toMatch(
      /Imported two\.chokepoint into .*lib\.sqlite: 2 added, 0 replaced, 0 kept both, 0 skipped/,
    );

    const listed = recordingIo(cwd);
    expect(await listCommand(['--db', 'lib.sqlite'], listed.io)).toBe(0);
    // Both carry the same updatedAt from the file: ties are listed by id.
    expect(
      listed
        .stdout()
        .trim()
        .split('\n')
        .map((line) => line.split('\t').slice(0, 3)),
    ).toEqual([
      ['a', 'Scenario a', 'w'],
      ['b', 'Scenario b', ''],
    ]);
    const json = recordingIo(cwd);
    expect(await listCommand(['--db', 'lib.sqlite', '--json'], json.io)).toBe(0);
    expect((JSON.parse(json.stdout()) as { id: string }[]).map((s) => s.id)).toEqual(['a', 'b']);

    const exported = recordingIo(cwd);
    expect(
      await exportCommand(['--db', 'lib.sqlite', '--id', 'a', '--out', 'a.chokepoint'], exported.io),
    ).toBe(0);
    const file = JSON.parse(readFileSync(join(cwd, 'a.chokepoint'), 'utf8')) as {
      scenarios: { id: string }[];
    };
    expect(file.scenarios.map((s) => s.id)).toEqual(['a']);
  });

  it('finds the default library through CHOKEPOINT_DB', async () => {
    const cwd = workspace();
    const env = { CHOKEPOINT_DB: 'env.sqlite' };
    expect(await importCommand(['two.chokepoint'], recordingIo(cwd, env).io)).toBe(0);
    expect(existsSync(join(cwd, 'env.sqlite'))).toBe(true);
  });

  it('exits 2 on usage errors', async () => {
    const cwd = workspace();
    const cases: string[][] = [
      ['list', '--nope'],
      ['list', 'extra'],
      ['import'],
      ['import', 'a', 'b'],
      ['import', 'two.chokepoint', '--on-conflict', 'sideways'],
      ['import', 'two.chokepoint', '--on-conflict', 'merge', '--prefer', 'mine'],
      ['import', 'two.chokepoint', '--prefer', 'ours'],
      ['export', '--db', 'x.sqlite'],
      ['export', '--out'],
    ];
    for (const args of cases) {
      const run = recordingIo(cwd);
      expect(await runCli(args, run.io), args.join(' ')).toBe(2);
      // One line saying what is wrong, one saying where to look.
      expect(run.stderr()).toMatch(
        new RegExp(`^chokepoint ${args[0]}: [^\\n]+\\nsee \`chokepoint ${args[0]} --help\`\\n$`),
      );
    }
    expect(readdirSync(cwd)).toEqual(['two.chokepoint']);
  });

  it('exits 1 for a library that does not exist, creating nothing', async () => {
    const cwd = workspace();
    const run = recordingIo(cwd);
    expect(await listCommand(['--db', 'missing.sqlite'], run.io)).toBe(1);
    expect(run.stderr()).toContain('missing.sqlite');
    expect(await exportCommand(['--db', 'missing.sqlite', '--out', 'x.chokepoint'], run.io)).toBe(1);
    expect(readdirSync(cwd)).toEqual(['two.chokepoint']);
  });

  it('exits 1 on an invalid file, naming file and path, and writes nothing', async () => {
    const cwd = workspace();
    expect(await importCommand(['two.chokepoint', '--db', 'lib.sqlite'], recordingIo(cwd).io)).toBe(0);
    const before = dump(join(cwd, 'lib.sqlite'));
    const broken = readFileSync(join(cwd, 'two.chokepoint'), 'utf8').replace(
      '"seed": 20251128',
      '"seed": -1',
    );
    writeFileSync(join(cwd, 'broken.chokepoint'), broken);
    const run = recordingIo(cwd);
    expect(
      await importCommand(['broken.chokepoint', '--db', 'lib.sqlite', '--on-conflict', 'replace'], run.io),
    ).toBe(1);
    expect(run.stderr()).toContain('broken.chokepoint');
    expect(run.stderr()).toContain('$.scenarios[0].seed');
    expect(dump(join(cwd, 'lib.sqlite'))).toBe(before);

    const missing = recordingIo(cwd);
    expect(await importCommand(['nowhere.chokepoint', '--db', 'lib.sqlite'], missing.io)).toBe(1);
    expect(missing.stderr()).toContain('nowhere.chokepoint');
  });

  it('refuses to guess about conflicts unless --on-conflict says what to do', async () => {
    const cwd = workspace();
    expect(await importCommand(['two.chokepoint', '--db', 'lib.sqlite'], recordingIo(cwd).io)).toBe(0);
    writeFileSync(
      join(cwd, 'changed.chokepoint'),
      serializeScenarioFile([makeScenario('a', { description: 'changed' })], META),
    );
    const before = dump(join(cwd, 'lib.sqlite'));
    const refused = recordingIo(cwd);
    expect(await importCommand(['changed.chokepoint', '--db', 'lib.sqlite'], refused.io)).toBe(1);
    expect(refused.stderr()).toMatch(/\(a\).*--on-conflict/);
    expect(dump(join(cwd, 'lib.sqlite'))).toBe(before);

    const replaced = recordingIo(cwd);
    expect(
      await importCommand(
        ['changed.chokepoint', '--db', 'lib.sqlite', '--on-conflict', 'replace'],
        replaced.io,
      ),
    ).toBe(0);
    expect(replaced.stdout()).toContain('1 replaced');
    // The same file again is identical now: skipped without needing a policy.
    const again = recordingIo(cwd);
    expect(await importCommand(['changed.chokepoint', '--db', 'lib.sqlite'], again.io)).toBe(0);
    expect(again.stdout()).toContain('1 skipped');
  });

  it('keeps names unique on import: a clash is numbered, also within one file and on replace', async () => {
    const cwd = workspace();
    expect(await importCommand(['two.chokepoint', '--db', 'lib.sqlite'], recordingIo(cwd).io)).toBe(0);
    writeFileSync(
      join(cwd, 'clash.chokepoint'),
      serializeScenarioFile(
        [
          // "b" comes back named like "a"; two newcomers take the same name again.
          makeScenario('b', { name: 'scenario A', description: 'renamed by a colleague' }),
          makeScenario('c', { name: 'Scenario a', author: '' }),
          makeScenario('d', { name: ' SCENARIO A ', author: '' }),
        ],
        META,
      ),
    );
    const run = recordingIo(cwd);
    expect(
      await importCommand(['clash.chokepoint', '--db', 'lib.sqlite', '--on-conflict', 'replace'], run.io),
    ).toBe(0);
    const listed = recordingIo(cwd);
    expect(await listCommand(['--db', 'lib.sqlite', '--json'], listed.io)).toBe(0);
    const names = Object.fromEntries(
      (JSON.parse(listed.stdout()) as { id: string; name: string }[]).map((s) => [s.id, s.name]),
    );
    expect(names).toEqual({
      a: 'Scenario a',
      b: 'scenario A (2)',
      c: 'Scenario a (3)',
      d: 'SCENARIO A (4)',
    });
    expect(run.stdout()).toMatch(/1 replaced/);
  });

  it('exits 1 and writes no file when an id is unknown', async () => {
    const cwd = workspace();
    expect(await importCommand(['two.chokepoint', '--db', 'lib.sqlite'], recordingIo(cwd).io)).toBe(0);
    const run = recordingIo(cwd);
    expect(
      await exportCommand(
        ['--db', 'lib.sqlite', '--id', 'a', '--id', 'zzz', '--out', 'out.chokepoint'],
        run.io,
      ),
    ).toBe(1);
    expect(run.stderr()).toContain('zzz');
    expect(existsSync(join(cwd, 'out.chokepoint'))).toBe(false);
  });
});
