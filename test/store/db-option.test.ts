import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../cli/main';
import { readOnlyLocation } from '../../services/store/read-only-location';
import { storeError } from '../../services/store/store-error';
import { serializeScenarioFile } from '../../shared/file-format';
import { memoryIo } from '../support/memory-io';
import { makeScenario } from './library-harness';
import { useTempFolder } from './temp-folder';

const META = { exportedAt: '2026-11-28T12:00:00.000Z', appVersion: '0.0.9', modelVersion: 1 };

describe('--db PATH: the library is only ever a library', () => {
  const tempFolder = useTempFolder('chokepoint-db-option-');

  it('refuses a scenario file given as --db, leaving it untouched and creating nothing', async () => {
    const cwd = tempFolder();
    const text = serializeScenarioFile([makeScenario('a')], META);
    writeFileSync(join(cwd, 'x.chokepoint'), text);
    for (const command of [['list'], ['export', '--out', 'out.chokepoint'], ['import', 'x.chokepoint']]) {
      const io = memoryIo(cwd);
      expect(await runCli([...command, '--db', 'x.chokepoint'], io), command[0]).toBe(1);
      expect(io.err()).toContain(
        'x.chokepoint is not a scenario library (not an SQLite database); to add the scenarios of a .chokepoint file to a library, use `chokepoint import FILE`. Nothing was changed.',
      );
    }
    expect(readdirSync(cwd)).toEqual(['x.chokepoint']);
    expect(readFileSync(join(cwd, 'x.chokepoint'), 'utf8')).toBe(text);
  });

  it('reports a zero-byte library', async () => {
    const cwd = tempFolder();
    writeFileSync(join(cwd, 'empty.sqlite'), '');
    const io = memoryIo(cwd);
    expect(await runCli(['list', '--db', 'empty.sqlite'], io)).toBe(1);
    expect(io.err()).toMatch(/empty\.sqlite is an empty file \(0 bytes\), not a scenario library/);
    expect(readdirSync(cwd)).toEqual(['empty.sqlite']);
  });

  it('creates nothing when import refuses its file', async () => {
    const cwd = tempFolder();
    writeFileSync(join(cwd, 'bad.chokepoint'), '{"format": "chokepoint-scenarios", "formatVersion": 1}');
    const io = memoryIo(cwd);
    expect(await runCli(['import', 'bad.chokepoint', '--db', join('new', 'lib.sqlite')], io)).toBe(1);
    expect(io.err()).toMatch(/bad\.chokepoint/);
    expect(readdirSync(cwd)).toEqual(['bad.chokepoint']);
  });

  it('says "read-only" when the library or its folder cannot be written', () => {
    const folder = tempFolder();
    const path = join(folder, 'lib.sqlite');
    const cantOpen = storeError('io', 'Could not open: unable to open database file', {
      sqliteCode: 'SQLITE_CANTOPEN',
    });
    const refused = readOnlyLocation(path, cantOpen, (candidate) => candidate !== folder);
    expect(refused).toMatchObject({ code: 'read-only' });
    expect(refused?.message).toMatch(/its folder is read-only/);
    expect(readOnlyLocation(path, cantOpen, () => true)).toBeUndefined();
  });
});
