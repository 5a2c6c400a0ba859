import { spawnSync } from 'node:child_process';
import {
  chmodSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useTempFolder } from '../test/store/temp-folder';
import { writeFileAtomically } from './write-file-atomically';
import { describeWriteProblem } from './write-problem';

const folder = useTempFolder('chokepoint-writer-');

describe('writeFileAtomically', () => {
  it('creates a file, and replaces one keeping its permissions', () => {
    const dir = folder();
    const path = join(dir, 'out.json');
    expect(writeFileAtomically(path, 'first', { inputs: [] })).toEqual({ ok: true, value: { path } });
    chmodSync(path, 0o640);
    expect(writeFileAtomically(path, new TextEncoder().encode('second'), { inputs: [] }).ok).toBe(true);
    expect(readFileSync(path, 'utf8')).toBe('second');
    expect(statSync(path).mode & 0o777).toBe(0o640);
    expect(readdirSync(dir)).toEqual(['out.json']);
  });

  it('writes through a chain of links into the file at its end, the links left as they were', () => {
    const dir = folder();
    writeFileSync(join(dir, 'real.csv'), 'old');
    symlinkSync('real.csv', join(dir, 'one.csv'));
    symlinkSync('one.csv', join(dir, 'two.csv'));
    expect(writeFileAtomically(join(dir, 'two.csv'), 'new', { inputs: [] }).ok).toBe(true);
    expect(readFileSync(join(dir, 'real.csv'), 'utf8')).toBe('new');
    expect([readlinkSync(join(dir, 'one.csv')), readlinkSync(join(dir, 'two.csv'))]).toEqual([
      'real.csv',
      'one.csv',
    ]);
  });

  it('refuses an input named another way (through a link, with ./ and ..)', () => {
    const dir = folder();
    writeFileSync(join(dir, 'in.chokepoint'), 'input');
    symlinkSync('in.chokepoint', join(dir, 'alias.json'));
    for (const out of [join(dir, 'alias.json'), join(dir, '.', 'sub', '..', 'in.chokepoint')]) {
      const written = writeFileAtomically(out, 'x', { inputs: [join(dir, 'in.chokepoint')] });
      expect(written).toEqual({ ok: false, error: { kind: 'refused', refusal: 'input', path: out } });
    }
    expect(readFileSync(join(dir, 'in.chokepoint'), 'utf8')).toBe('input');
  });

  it('refuses a write-ahead log and the companions of a database, and a folder that does not exist', () => {
    const dir = folder();
    const sqlite = Buffer.concat([Buffer.from('SQLite format 3\0', 'latin1'), Buffer.alloc(84)]);
    writeFileSync(join(dir, 'app.db'), sqlite);
    writeFileSync(join(dir, 'app.db-shm'), Buffer.alloc(32));
    writeFileSync(join(dir, 'log'), Buffer.from([0x37, 0x7f, 0x06, 0x82, 0, 0, 0, 0]));
    for (const name of ['app.db', 'app.db-shm', 'log']) {
      expect(writeFileAtomically(join(dir, name), 'x', { inputs: [] }), name).toMatchObject({
        ok: false,
        error: { refusal: 'database' },
      });
    }
    expect(writeFileAtomically(join(dir, 'missing', 'out.json'), 'x', { inputs: [] })).toMatchObject({
      ok: false,
      error: { refusal: 'no-folder' },
    });
  });

  it('leaves the old file whole and no temporary file when writing fails half-way', () => {
    const dir = folder();
    const path = join(dir, 'report.html');
    writeFileSync(path, 'the report from yesterday');
    // A process that may write files of 10 KB at most: writing 100 KB fails with EFBIG part-way.
    const script = `
      require('tsx/cjs');
      const { writeFileAtomically } = require(${JSON.stringify(join(__dirname, 'write-file-atomically.ts'))});
      const { describeWriteProblem } = require(${JSON.stringify(join(__dirname, 'write-problem.ts'))});
      const written = writeFileAtomically(${JSON.stringify(path)}, 'x'.repeat(100000), { inputs: [] });
      process.stdout.write(written.ok ? 'written' : describeWriteProblem(written.error));`;
    const run = spawnSync('bash', ['-c', `ulimit -f 10; exec "${process.execPath}" -e "$0"`, script], {
      encoding: 'utf8',
      cwd: join(__dirname, '..'),
    });
    expect(run.stdout).toBe(
      `Could not write ${path}: the file is too large for this disk; nothing was changed.`,
    );
    expect(readFileSync(path, 'utf8')).toBe('the report from yesterday');
    expect(readdirSync(dir)).toEqual(['report.html']);
  });

  it('says every problem in one sentence, in English and Chinese', () => {
    const problem = {
      kind: 'failed',
      path: '/x/out.json',
      error: Object.assign(new Error(), { code: 'ENOSPC' }),
    } as const;
    expect(describeWriteProblem(problem)).toBe(
      'Could not write /x/out.json: the disk is full; nothing was changed.',
    );
    expect(describeWriteProblem(problem, 'zh-CN')).toBe('无法写入 /x/out.json：磁盘已满；没有任何改动。');
    const device = { kind: 'refused', refusal: 'device', path: '/dev/null' } as const;
    expect(describeWriteProblem(device)).toBe('/dev/null is a device, not a file; nothing was written.');
    expect(describeWriteProblem(device, 'zh-CN')).toBe('/dev/null 是设备，不是文件；未写入任何内容。');
  });
});
