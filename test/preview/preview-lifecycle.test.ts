import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { launcherPids } from '../../electron/main/preview/launcher-watch';
import { fileTempFolder } from '../store/temp-folder';

const ROOT = join(__dirname, '..', '..');

/** Polls `check` until it holds (the preview polls its launchers every 250 ms), failing after `ms`. */
async function eventually(check: () => Promise<boolean>, ms = 30_000): Promise<boolean> {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    if (await check()) return true;
    await new Promise((done) => setTimeout(done, 200));
  }
  return false;
}

const answers = async (url: string): Promise<boolean> => {
  try {
    await fetch(url);
    return true;
  } catch {
    return false;
  }
};

describe('the preview ends with the npm that started it', () => {
  // One TMPDIR for the three: tsx keeps its compile cache there, so only the first start compiles the
  // preview (each case still finds its own data folder, and checks that it goes).
  const tmp = fileTempFolder('chokepoint-preview-life-');

  it.each(['SIGTERM', 'SIGKILL', 'SIGHUP'] as const)(
    'npm ended by %s: the server stops serving and its temporary folder goes',
    async (signal) => {
      // npm → its shell → tsx → the server, as `npm run preview` after its build.
      const npm = spawn(
        'npm',
        ['exec', '--offline', '--', 'tsx', join('electron', 'main', 'preview', 'run-preview.ts')],
        {
          cwd: ROOT,
          env: { ...process.env, TMPDIR: tmp },
          stdio: ['ignore', 'pipe', 'pipe'],
          detached: true,
        },
      );
      try {
        let output = '';
        npm.stderr.on('data', (chunk: Buffer) => void (output += chunk.toString()));
        const started = await new Promise<{ url: string; dataDir: string }>((resolve, reject) => {
          npm.stdout.on('data', (chunk: Buffer) => {
            output += chunk.toString();
            const url = /preview: (http:\/\/\S+)/.exec(output)?.[1];
            const dataDir = /Data folder: (.+)\n/.exec(output)?.[1];
            if (url && dataDir) resolve({ url, dataDir });
          });
          npm.on('exit', () => reject(new Error(`the preview stopped early: ${output}`)));
        });
        expect(await answers(started.url)).toBe(true);
        expect(existsSync(join(started.dataDir, 'library.sqlite'))).toBe(true);
        // Only npm is signalled: its shell, tsx and the server must notice on their own.
        process.kill(npm.pid!, signal);
        expect(await eventually(async () => !(await answers(started.url))), `${signal}: ${output}`).toBe(
          true,
        );
        expect(await eventually(async () => !existsSync(started.dataDir)), `${signal}: ${output}`).toBe(true);
      } finally {
        try {
          process.kill(-npm.pid!, 'SIGKILL');
        } catch {
          // Everything ended already.
        }
      }
    },
    120_000,
  );

  it('watches every process up to the outermost npm, else its parent alone', () => {
    const tree: Record<number, { parent: number; command: string }> = {
      50: { parent: 40, command: 'node --import tsx run-preview.ts' },
      40: { parent: 30, command: 'node node_modules/.bin/tsx run-preview.ts' },
      30: { parent: 20, command: 'sh -c tsx run-preview.ts' },
      20: { parent: 10, command: 'npm run preview' },
      10: { parent: 1, command: 'bash' },
    };
    expect(launcherPids(40, (pid) => tree[pid])).toEqual([40, 30, 20]);
    expect(launcherPids(10, (pid) => tree[pid])).toEqual([10]);
    const nested = {
      ...tree,
      10: { parent: 5, command: '/usr/bin/node /usr/lib/node_modules/npm/bin/npm-cli.js test' },
      5: { parent: 1, command: 'zsh' },
    };
    expect(launcherPids(40, (pid) => nested[pid as keyof typeof nested])).toEqual([40, 30, 20, 10]);
  });
});
