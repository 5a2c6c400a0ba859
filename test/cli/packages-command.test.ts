import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../cli/main';
import { readOneScenario } from '../../cli/read-one-scenario';
import { BUILT_IN_PACKAGES } from '../../shared/packages/built-in-packages';
import { useTempFolder } from '../store/temp-folder';
import { memoryIo } from '../support/memory-io';

const FIXTURE = join(__dirname, '..', 'fixtures', 'files', 'valid-packages.chokepoint');

describe('restriction packages on the command line', () => {
  const folder = useTempFolder('chokepoint-cli-packages-');

  it('`packages` lists the built-in ones with year, sectors and source, without a library', async () => {
    const io = memoryIo(folder());
    expect(await runCli(['packages', '--db', 'none.sqlite'], io)).toBe(0);
    const rows = io
      .out()
      .trim()
      .split('\n')
      .map((line) => line.split('\t'));
    expect(rows.map((row) => row[0])).toEqual(BUILT_IN_PACKAGES.map((entry) => entry.id));
    expect(rows[1]).toEqual([
      'hist-2019-huawei-entity-list',
      'Huawei added to the Entity List (May 2019)',
      '2019-05',
      'IC,ISW',
      expect.stringContaining('Entity List, effective 16 May 2019'),
    ]);
  });

  it('the commands that run a scenario see its packages applied (what optimize and sensitivity read)', async () => {
    const cwd = folder();
    copyFileSync(FIXTURE, join(cwd, 'plan.chokepoint'));
    const io = memoryIo(cwd);
    const one = await readOneScenario('plan.chokepoint', undefined, io);
    expect(io.err()).toBe('');
    expect(one?.scenario.restrictionPackages).toBeUndefined();
    expect(one?.scenario.sectors.IC?.restriction).toEqual([
      { year: 2025, value: 0.3 },
      { year: 2027, value: 0.5 },
      { year: 2030, value: 0.4 },
    ]);
    // Own values on top: lithography keeps the scenario's own schedule.
    expect(one?.scenario.sectors.LITH?.restriction).toEqual([
      { year: 2025, value: 0.4 },
      { year: 2030, value: 0.6 },
    ]);
  });

  it('`diff` names the packages added, removed and reordered, and shows what they change year by year', async () => {
    const cwd = folder();
    const text = readFileSync(FIXTURE, 'utf8');
    writeFileSync(join(cwd, 'a.chokepoint'), text);
    writeFileSync(
      join(cwd, 'b.chokepoint'),
      text.replace(
        '"hist-2024-december-hbm",\n        "team-2027-hbm-extension"',
        '"team-2027-hbm-extension",\n        "hyp-2028-truce-licences"',
      ),
    );
    const io = memoryIo(cwd);
    expect(await runCli(['diff', 'a.chokepoint', 'b.chokepoint'], io)).toBe(1);
    const lines = io.out().split('\n');
    expect(lines[2]).toBe(
      'Restriction packages: added “Hypothetical: truce — licences for mature-node chips and equipment (2028)”, removed “December 2024 HBM and equipment controls”',
    );
    expect(io.out()).toMatch(/Restriction level — Chips: .*→/);
    const json = memoryIo(cwd);
    await runCli(['diff', 'a.chokepoint', 'b.chokepoint', '--json'], json);
    const result = JSON.parse(json.out()) as {
      differences: { sector: string; input: string; fromYear: number; a: number; b: number }[];
    };
    expect(
      result.differences.filter((entry) => entry.input === 'restriction' && entry.sector === 'IC')[0],
    ).toMatchObject({
      fromYear: 2028,
      a: 0.5,
      b: 0.2,
    });
  });
});
