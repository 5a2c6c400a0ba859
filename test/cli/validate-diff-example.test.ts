import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../cli/main';
import { memoryIo } from '../support/memory-io';
import { fileTempFolder } from '../store/temp-folder';

const dir = fileTempFolder('chokepoint-cli-');

describe('chokepoint example, validate and diff', () => {
  it('writes one named example, which validates', async () => {
    expect(await runCli(['example', 'Escalation', '--out', 'e.chokepoint'], memoryIo(dir))).toBe(0);
    const file = JSON.parse(readFileSync(join(dir, 'e.chokepoint'), 'utf8'));
    expect(file.scenarios.map((s: { name: string }) => s.name)).toEqual(['Escalation']);
    const io = memoryIo(dir);
    expect(await runCli(['validate', 'e.chokepoint'], io)).toBe(0);
    expect(io.out()).toContain('e.chokepoint: valid (1 scenario)');
  });

  it('refuses an unknown example name with exit 1', async () => {
    const io = memoryIo(dir);
    expect(await runCli(['example', 'Armageddon'], io)).toBe(1);
    expect(io.err()).toContain('"Push under escalation"');
  });

  it('validates several files, one line per error with its JSON path, and warns of hand edits', async () => {
    await runCli(['example', 'Baseline', '--out', 'ok.chokepoint'], memoryIo(dir));
    const edited = readFileSync(join(dir, 'ok.chokepoint'), 'utf8').replace('"horizon": 15', '"horizon": 14');
    writeFileSync(join(dir, 'edited.chokepoint'), edited);
    const broken = edited.replace('"seed": 20251128', '"seed": -1, "colour": "red"');
    writeFileSync(join(dir, 'broken.chokepoint'), broken);
    const io = memoryIo(dir);
    expect(
      await runCli(
        ['validate', 'ok.chokepoint', 'edited.chokepoint', 'broken.chokepoint', 'missing.chokepoint'],
        io,
      ),
    ).toBe(1);
    expect(io.out()).toContain('ok.chokepoint: valid');
    expect(io.err()).toMatch(/edited\.chokepoint.*edited by hand/);
    const lines = io
      .err()
      .trim()
      .split('\n')
      .filter((line) => line.startsWith('broken.chokepoint'));
    expect(lines.some((line) => line.includes('$.scenarios[0].seed'))).toBe(true);
    expect(lines.some((line) => line.includes('$.scenarios[0].colour'))).toBe(true);
    expect(io.err()).toContain('missing.chokepoint: cannot read the file: there is no such file or folder.');
    expect(io.err()).not.toMatch(/\bE[A-Z]{3,}\b/);
  });

  it('lists differences as shapes with units, as text and as JSON, exiting 1 when they differ', async () => {
    await runCli(['example', '--out', 'all.chokepoint'], memoryIo(dir));
    const text = memoryIo(dir);
    expect(
      await runCli(
        ['diff', 'all.chokepoint', 'all.chokepoint', '--a', 'Baseline', '--b', 'Escalation'],
        text,
      ),
    ).toBe(1);
    expect(text.out()).toContain('Restriction level — Chips: step to 60 % in 2026');
    const json = memoryIo(dir);
    await runCli(
      ['diff', 'all.chokepoint', 'all.chokepoint', '--a', 'Baseline', '--b', 'Escalation', '--json'],
      json,
    );
    const { differences } = JSON.parse(json.out());
    expect(differences.map((d: { sector: string }) => d.sector).sort()).toEqual(['IC', 'ISW', 'LITH', 'SME']);
    const same = memoryIo(dir);
    expect(
      await runCli(['diff', 'all.chokepoint', 'all.chokepoint', '--a', 'Baseline', '--b', 'Baseline'], same),
    ).toBe(0);
    expect(same.out()).toContain('No differences.');
    const ambiguous = memoryIo(dir);
    expect(await runCli(['diff', 'all.chokepoint', 'all.chokepoint', '--a', 'Baseline'], ambiguous)).toBe(2);
    expect(ambiguous.err()).toContain('holds 5 scenarios');
  });
});
