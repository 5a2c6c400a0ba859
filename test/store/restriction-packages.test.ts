import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../cli/main';
import { parseScenarioFile } from '../../shared/file-format';
import { recordingIo } from './cli-io';
import { useTempFolder } from './temp-folder';

const FIXTURE = join(__dirname, '..', 'fixtures', 'files', 'valid-packages.chokepoint');
const ID = '6a0f7c1e-2b4d-4c8a-9e53-1d7b2f0c9a41';

async function cli(cwd: string, ...args: string[]) {
  const io = recordingIo(cwd);
  const code = await runCli(args, io.io);
  return { code, out: io.stdout(), err: io.stderr() };
}

/** The run's numbers, without what says where they came from. */
async function numbers(cwd: string, file: string) {
  const run = await cli(cwd, 'run', file, '--format', 'json', '--mc', '8');
  expect(run.err.replace(/^warning: .* was edited by hand .*\n/, '')).toBe('');
  expect(run.code).toBe(0);
  const { scenario: _scenario, ...rest } = JSON.parse(run.out) as Record<string, unknown>;
  return rest;
}

describe('restriction packages between files and the library', () => {
  const tempFolder = useTempFolder('chokepoint-packages-');

  function workspace(): string {
    const cwd = tempFolder();
    copyFileSync(FIXTURE, join(cwd, 'plan.chokepoint'));
    return cwd;
  }

  it('a file with a user package, imported into an empty library and exported again, runs the same; the export carries the definition', async () => {
    const cwd = workspace();
    expect((await cli(cwd, 'import', 'plan.chokepoint', '--db', 'lib.sqlite')).code).toBe(0);
    const exported = await cli(cwd, 'export', '--db', 'lib.sqlite', '--out', 'back.chokepoint');
    expect(exported.code).toBe(0);
    const back = parseScenarioFile(readFileSync(join(cwd, 'back.chokepoint'), 'utf8'));
    if (!back.ok) throw new Error(JSON.stringify(back.error));
    const original = parseScenarioFile(readFileSync(FIXTURE, 'utf8'));
    if (!original.ok) throw new Error(JSON.stringify(original.error));
    expect(back.value.restrictionPackages).toEqual(original.value.restrictionPackages);
    expect(back.value.scenarios[0]!.restrictionPackages).toEqual([
      'hist-2024-december-hbm',
      'team-2027-hbm-extension',
    ]);
    expect(await numbers(cwd, 'back.chokepoint')).toEqual(await numbers(cwd, 'plan.chokepoint'));

    // The package's effect is in those numbers: without it, chips run differently.
    const text = readFileSync(FIXTURE, 'utf8').replace(
      '"hist-2024-december-hbm",\n        "team-2027-hbm-extension"',
      '"hist-2024-december-hbm"',
    );
    writeFileSync(join(cwd, 'without.chokepoint'), text);
    const without = (await numbers(cwd, 'without.chokepoint')) as { sectors: { IC: { S: number[] } } };
    const withIt = (await numbers(cwd, 'plan.chokepoint')) as { sectors: { IC: { S: number[] } } };
    expect(without.sectors.IC.S).not.toEqual(withIt.sectors.IC.S);

    const listed = await cli(cwd, 'packages', '--db', 'lib.sqlite', '--json');
    const packages = JSON.parse(listed.out) as { id: string; kind: string; usedBy: { id: string }[] }[];
    expect(packages.filter((entry) => entry.kind === 'library').map((entry) => entry.id)).toEqual([
      'team-2027-hbm-extension',
    ]);
    expect(
      packages.find((entry) => entry.id === 'team-2027-hbm-extension')!.usedBy.map((user) => user.id),
    ).toEqual([ID]);
    expect(packages.filter((entry) => entry.kind === 'built-in').length).toBeGreaterThanOrEqual(11);
  });

  it('a differing package of the same id is a conflict: refused without a choice, then kept both, replaced or skipped', async () => {
    const cwd = workspace();
    expect((await cli(cwd, 'import', 'plan.chokepoint', '--db', 'lib.sqlite')).code).toBe(0);
    // A colleague's version: the same package id, another level.
    const theirs = readFileSync(FIXTURE, 'utf8').replace('"restriction": 0.45', '"restriction": 0.55');
    writeFileSync(join(cwd, 'theirs.chokepoint'), theirs);

    const refused = await cli(cwd, 'import', 'theirs.chokepoint', '--db', 'lib.sqlite');
    expect(refused.code).toBe(1);
    expect(refused.err).toContain(
      '1 restriction package(s) whose id is in the library with different content (team-2027-hbm-extension)',
    );

    const keptBoth = await cli(
      cwd,
      'import',
      'theirs.chokepoint',
      '--db',
      'lib.sqlite',
      '--on-conflict',
      'keep-both',
      '--json',
    );
    expect(keptBoth.code).toBe(0);
    const report = JSON.parse(keptBoth.out) as {
      packages: { keptBoth: { id: string; name: string; originalId: string }[] };
      keptBoth: { id: string }[];
    };
    expect(report.packages.keptBoth).toEqual([
      {
        id: expect.any(String),
        name: 'HBM extension (team reading) (2)',
        originalId: 'team-2027-hbm-extension',
      },
    ]);
    const newId = report.packages.keptBoth[0]!.id;
    // The file's scenario (itself kept both) applies the file's package under its new id.
    const exported = await cli(
      cwd,
      'export',
      '--db',
      'lib.sqlite',
      '--id',
      report.keptBoth[0]!.id,
      '--out',
      'copy.chokepoint',
    );
    expect(exported.code).toBe(0);
    const copy = parseScenarioFile(readFileSync(join(cwd, 'copy.chokepoint'), 'utf8'));
    if (!copy.ok) throw new Error(JSON.stringify(copy.error));
    expect(copy.value.scenarios[0]!.restrictionPackages).toEqual(['hist-2024-december-hbm', newId]);
    expect(copy.value.restrictionPackages.map((entry) => [entry.id, entry.sectors.SME!.restriction])).toEqual(
      [[newId, 0.55]],
    );

    const replaced = await cli(
      cwd,
      'import',
      'theirs.chokepoint',
      '--db',
      'lib.sqlite',
      '--on-conflict',
      'replace',
      '--json',
    );
    expect(replaced.code).toBe(0);
    const replacedReport = JSON.parse(replaced.out) as {
      packages: { replaced: { id: string; previousRevision: number; recordedIn: { id: string }[] }[] };
    };
    expect(replacedReport.packages.replaced).toEqual([
      expect.objectContaining({
        id: 'team-2027-hbm-extension',
        previousRevision: 1,
        recordedIn: [expect.objectContaining({ id: ID })],
      }),
    ]);

    const skipped = await cli(
      cwd,
      'import',
      'plan.chokepoint',
      '--db',
      'lib.sqlite',
      '--on-conflict',
      'skip',
      '--json',
    );
    expect(skipped.code).toBe(0);
    expect((JSON.parse(skipped.out) as { packages: { skipped: unknown[] } }).packages.skipped).toEqual([
      { id: 'team-2027-hbm-extension', name: 'HBM extension (team reading)', reason: 'conflict' },
    ]);
  });
});
