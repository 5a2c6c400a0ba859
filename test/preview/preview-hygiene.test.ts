import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useTempFolder } from '../store/temp-folder';
import { useNodeBundle } from '../support/node-bundle';
import { startFixture, TOKEN } from './preview-fixture';

let fixture: Awaited<ReturnType<typeof startFixture>>;
beforeAll(async () => {
  fixture = await startFixture();
});
afterAll(() => fixture.close());

async function status(path: string, headers: Record<string, string> = {}, method = 'GET'): Promise<number> {
  const response = await fetch(`http://127.0.0.1:${fixture.preview.port}${path}`, {
    method,
    headers: { 'x-planner-token': TOKEN, 'content-type': 'application/json', ...headers },
    ...(method === 'POST' ? { body: '{}' } : {}),
  });
  await response.arrayBuffer();
  return response.status;
}

describe('preview hygiene', () => {
  it('refuses requests from another origin, and accepts its own', async () => {
    const own = `http://127.0.0.1:${fixture.preview.port}`;
    expect(await status('/api/listScenarios', { origin: 'https://attacker.example' }, 'POST')).toBe(403);
    expect(await status('/', { origin: 'null' })).toBe(403);
    expect(await status('/api/listScenarios', { origin: own }, 'POST')).toBe(200);
    expect(await status('/api/listScenarios', {}, 'POST')).toBe(200);
  });

  it('answers 400 to a malformed path instead of failing', async () => {
    expect(await status('/api/%ZZ', {}, 'POST')).toBe(400);
    expect(await status('/%E0%A4%A')).toBe(400);
  });
});

describe('npm run preview', () => {
  const tempFolder = useTempFolder('chokepoint-preview-run-');
  // The preview's script bundled once: through tsx, each start compiled it again (a fresh TMPDIR holds
  // no tsx cache). How npm starts it is the lifecycle test's part.
  const preview = useNodeBundle('electron/main/preview/run-preview.ts');

  it('removes its temporary data folder when stopped with Ctrl-C or SIGTERM', async () => {
    for (const signal of ['SIGINT', 'SIGTERM'] as const) {
      const tmp = tempFolder();
      const child = spawn(process.execPath, [preview()], {
        cwd: join(__dirname, '..', '..'),
        env: { ...process.env, TMPDIR: tmp },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      let output = '';
      child.stderr.on('data', (chunk: Buffer) => void (output += chunk.toString()));
      const dataDir = await new Promise<string>((resolve, reject) => {
        child.stdout.on('data', (chunk: Buffer) => {
          output += chunk.toString();
          const match = /Data folder: (.+)\n/.exec(output);
          if (match) resolve(match[1]!);
        });
        child.on('exit', () => reject(new Error(`the preview stopped early: ${output}`)));
      });
      expect(dataDir.startsWith(tmp)).toBe(true);
      expect(existsSync(join(dataDir, 'library.sqlite'))).toBe(true);
      const exited = new Promise((resolve) =>
        child.on('exit', (code, killedBy) => resolve((output += `exit ${code} ${killedBy}`))),
      );
      child.kill(signal);
      await exited;
      expect(existsSync(dataDir), `${signal}: ${output}`).toBe(false);
    }
  });
});
