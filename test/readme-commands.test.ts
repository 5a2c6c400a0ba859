import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { runCli } from '../cli/main';
import { MIN_OPTIMIZE_DRAWS } from '../shared/optimize';
import { useTempFolder } from './store/temp-folder';
import { memoryIo } from './support/memory-io';

const README = readFileSync(join(__dirname, '..', 'README.md'), 'utf8');
const PREFIX = 'npm run -s chokepoint -- ';

/** The shell lines of the README's `sh` blocks, in order, without comments. */
function readmeLines(): string[] {
  const blocks = [...README.matchAll(/```sh\n([\s\S]*?)```/g)].map((match) => match[1]!);
  return blocks
    .flatMap((block) => block.split('\n'))
    .map((line) => line.replace(/\s+#.*$/, '').trim())
    .filter((line) => line !== '' && !line.startsWith('#'));
}

/** The words of a command line as a POSIX shell splits them (plain words and single or double quotes). */
function shellWords(line: string): string[] {
  return [...line.matchAll(/'([^']*)'|"([^"]*)"|(\S+)/g)].map((match) => match[1] ?? match[2] ?? match[3]!);
}

/**
 * The README's lines as the test runs them: every word as written, except the sizes of the work. A
 * Monte Carlo run takes the fewest draws a plan search accepts, and the plan search stops after a
 * second with the best package found by then. The lines' commands, files, options and output formats
 * are what this test proves; the engine and the plan finder at full size are proven by their own tests
 * (test/engine, test/optimize, test/cli/optimize-command.test.ts). Run in full, the README's search and
 * its 1000 draws were most of a minute of this file on a quiet machine.
 */
const FEWEST_DRAWS = String(MIN_OPTIMIZE_DRAWS);
function scaledDown(words: string[]): string[] {
  const scaled = words.map((word, at) => (words[at - 1] === '--mc' ? FEWEST_DRAWS : word));
  return words[0] === 'optimize' ? [...scaled, '--time-limit', '1'] : scaled;
}

/** `diff` says "different" with exit 1, like diff(1); every other README line succeeds with 0. */
function expectedExitCodes(command: string): number[] {
  return command.startsWith('diff ') ? [0, 1] : [0];
}

const folder = useTempFolder('chokepoint-readme-');
let dir = '';
beforeEach(() => {
  dir = folder();
});

describe('the README’s command lines', () => {
  it('use the quiet npm script, write only into the git-ignored out/ folder', () => {
    const lines = readmeLines().filter((line) => line.includes('chokepoint'));
    expect(lines.length).toBeGreaterThan(8);
    for (const line of lines) expect(line.startsWith(PREFIX), line).toBe(true);
    const gitignore = readFileSync(join(__dirname, '..', '.gitignore'), 'utf8').split('\n');
    expect(gitignore).toContain('out/');
    for (const line of lines) {
      for (const target of [/--out (\S+)/.exec(line)?.[1], /> (\S+)/.exec(line)?.[1]]) {
        if (target !== undefined) expect(target.startsWith('out/'), line).toBe(true);
      }
    }
  });

  it('work top to bottom in a fresh folder, and the JSON ones print JSON', async () => {
    let ran = 0;
    let scaled = 0;
    for (const line of readmeLines()) {
      if (line === 'mkdir -p out') {
        mkdirSync(join(dir, 'out'), { recursive: true });
        continue;
      }
      if (!line.startsWith(PREFIX)) continue;
      const [command, redirect] = line.slice(PREFIX.length).split(' > ');
      const io = memoryIo(dir);
      const words = shellWords(command!);
      const run = scaledDown(words);
      expect(expectedExitCodes(command!), `${line}\n${io.err()}`).toContain(await runCli(run, io));
      ran++;
      if (run.join(' ') !== words.join(' ')) scaled++;
      if (redirect !== undefined) writeFileSync(join(dir, redirect), io.out());
      if (redirect?.endsWith('.json') || /--json|--format json/.test(command!)) {
        expect(() => JSON.parse(io.out()), line).not.toThrow();
      }
    }
    expect(ran).toBeGreaterThan(8);
    // The README still has the lines worth scaling down (a Monte Carlo run and a plan search).
    expect(scaled).toBeGreaterThanOrEqual(2);
    expect(readFileSync(join(dir, 'out', 'report.html'), 'utf8')).toMatch(/^<!doctype html>/i);
  }, 300_000); // every README command in turn, a deck and a workbook among them: minutes on a loaded machine

  it('with npm run -s, stdout holds only what the command prints', () => {
    const root = join(__dirname, '..');
    const stdout = execFileSync('npm', ['run', '-s', 'chokepoint', '--', '--version'], {
      cwd: root,
      encoding: 'utf8',
    });
    expect(stdout).toMatch(/^chokepoint \d+\.\d+\.\d+ \(model version \d+, file format version \d+\)\n$/);
  });
});
