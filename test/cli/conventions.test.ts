import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { COMMANDS } from '../../cli/command-registry';
import { runCli } from '../../cli/main';
import { MODEL_VERSION } from '../../shared/engine/model-version';
import { FORMAT_VERSION } from '../../shared/file-format';
import packageJson from '../../package.json';
import { useTempFolder } from '../store/temp-folder';
import { memoryIo } from '../support/memory-io';

const folder = useTempFolder('chokepoint-conventions-');
let dir = '';
beforeEach(async () => {
  dir = folder();
  expect(await runCli(['example', '--out', 'x.chokepoint'], memoryIo(dir))).toBe(0);
});

describe('the command line follows the conventions', () => {
  it('prints each command’s own help with every option, its default and values, and an example', async () => {
    for (const { help } of COMMANDS) {
      const outputs: string[] = [];
      for (const args of [
        ['help', help.name],
        [help.name, '--help'],
        [help.name, '-h'],
      ]) {
        const io = memoryIo(dir);
        expect(await runCli(args, io), args.join(' ')).toBe(0);
        expect(io.err()).toBe('');
        outputs.push(io.out());
      }
      expect(new Set(outputs).size).toBe(1);
      const text = outputs[0]!;
      expect(text.startsWith(`Usage: chokepoint ${help.name}`)).toBe(true);
      for (const option of help.options) expect(text).toContain(option.flags);
      expect(text).toMatch(new RegExp(`Example:\\n {2}chokepoint ${help.name} `));
    }
    const run = memoryIo(dir);
    await runCli(['run', '--help'], run);
    expect(run.out().replace(/\s+/g, ' ')).toContain(
      "Values: table, json, csv. (default: from --out's extension (.txt, .json, .csv), else table on a terminal, json otherwise)",
    );
    const sensitivity = memoryIo(dir);
    await runCli(['help', 'sensitivity'], sensitivity);
    expect(sensitivity.out()).toMatch(/Values: IC, SME, LITH, /);
  });

  it('prints the app, model and file-format versions', async () => {
    for (const flag of ['--version', '-V']) {
      const io = memoryIo(dir);
      expect(await runCli([flag], io)).toBe(0);
      expect(io.out()).toBe(
        `chokepoint ${packageJson.version} (model version ${MODEL_VERSION}, file format version ${FORMAT_VERSION})\n`,
      );
    }
  });

  it('answers a usage error with one line and where to look, exit 2', async () => {
    const cases: [string[], string][] = [
      [
        ['run', 'x.chokepoint', '--mc', '-5'],
        'chokepoint run: --mc needs a value (for one starting with "-", write --mc=VALUE)',
      ],
      [
        ['run', 'x.chokepoint', '--mc=-5'],
        'chokepoint run: --mc must be a whole number from 1 to 100000, got "-5"',
      ],
      [['run', 'x.chokepoint', '--nope'], 'chokepoint run: unknown option "--nope"'],
      [
        ['run', 'x.chokepoint', '--format', 'xml'],
        'chokepoint run: --format must be table, json or csv, got "xml"',
      ],
      [['list', 'extra'], 'chokepoint list: unexpected argument "extra": this command takes no FILE'],
    ];
    for (const [args, line] of cases) {
      const io = memoryIo(dir);
      expect(await runCli(args, io), args.join(' ')).toBe(2);
      expect(io.err()).toBe(`${line}\nsee \`chokepoint ${args[0]} --help\`\n`);
    }
    const unknown = memoryIo(dir);
    expect(await runCli(['rnu', 'x.chokepoint'], unknown)).toBe(2);
    expect(unknown.err()).toBe(
      'chokepoint: unknown command "rnu" (did you mean "run"?)\nsee `chokepoint --help`\n',
    );
  });

  it('says what failed when output cannot be written, in words, without a stack trace (exit 1)', async () => {
    mkdirSync(join(dir, 'folder'));
    const cases: [string, string][] = [
      [join('missing', 'out.json'), 'The folder of missing/out.json does not exist; nothing was written.'],
      ['folder', 'folder is a folder, not a file; nothing was written, name a file inside it.'],
    ];
    for (const [out, sentence] of cases) {
      const io = memoryIo(dir);
      expect(await runCli(['run', 'x.chokepoint', '--out', out], io)).toBe(1);
      expect(io.err()).toBe(`chokepoint run: ${sentence}\n`);
    }
  });

  it('prints a short table on a terminal and JSON to a pipe or with --format json', async () => {
    const tty = Object.assign(memoryIo(dir), { stdoutIsTerminal: true });
    expect(await runCli(['run', 'x.chokepoint', '--scenario', 'Baseline'], tty)).toBe(0);
    expect(tty.out()).toMatch(
      /^Baseline \([^)]+\)\n {26} +2025 +2030 +2035 +2040\nSelf-reliance, aggregate +\d/,
    );
    expect(tty.out().split('\n').length).toBeLessThan(30);
    const json = Object.assign(memoryIo(dir), { stdoutIsTerminal: true });
    expect(await runCli(['run', 'x.chokepoint', '--scenario', 'Baseline', '--format', 'json'], json)).toBe(0);
    expect(JSON.parse(json.out())).toMatchObject({ scenario: { name: 'Baseline' } });
    const pipe = memoryIo(dir);
    expect(await runCli(['run', 'x.chokepoint', '--scenario', 'Baseline'], pipe)).toBe(0);
    expect(JSON.parse(pipe.out())).toMatchObject({ scenario: { name: 'Baseline' } });
  });

  it('pairs the scenarios of two multi-scenario files by id in diff', async () => {
    const io = memoryIo(dir);
    expect(await runCli(['diff', 'x.chokepoint', 'x.chokepoint'], io)).toBe(0);
    expect(io.out().match(/^--- /gm)).toHaveLength(5);
    expect(io.out().match(/^No differences/gm)).toHaveLength(5);
    const json = memoryIo(dir);
    expect(await runCli(['diff', 'x.chokepoint', 'x.chokepoint', '--json'], json)).toBe(0);
    expect(JSON.parse(json.out())).toHaveLength(5);
  });
});
