import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import packageJson from '../../../package.json';
import { startAppServices } from '../app-services';
import { launcherPids, watchLaunchers } from './launcher-watch';
import { startPreviewServer } from './preview-server';

/**
 * `npm run preview [-- --data-dir DIR] [--port N] [--host 127.0.0.1]`: the built renderer in any
 * browser, with the real main-process handlers behind it over loopback HTTP. The default data folder
 * is a new temporary one, so the library starts with the built-in examples. The server ends, and its
 * temporary folder goes, when it is stopped (Ctrl-C, SIGTERM, SIGHUP) or when npm above it ends.
 */
async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      'data-dir': { type: 'string' },
      port: { type: 'string', default: '0' },
      host: { type: 'string', default: '127.0.0.1' },
    },
    strict: true,
  });
  const temporary = values['data-dir'] === undefined;
  const dataDir = temporary
    ? mkdtempSync(join(tmpdir(), 'chokepoint-preview-'))
    : resolve(process.env.INIT_CWD ?? process.cwd(), values['data-dir']!);
  // A temporary library is the preview's own: it goes when the preview stops (Ctrl-C, SIGTERM).
  const removeTemporary = (): void => {
    if (temporary) rmSync(dataDir, { recursive: true, force: true });
  };
  const services = startAppServices({
    dataDir,
    appName: packageJson.productName,
    appVersion: packageJson.version,
    platform: process.platform,
  });
  if (!services.ok) {
    console.error(`Cannot open the scenario library in ${dataDir}: ${services.error.message}`);
    removeTemporary();
    process.exitCode = 1;
    return;
  }
  const preview = await startPreviewServer({
    table: services.value.table,
    staticDir: resolve(__dirname, '..', '..', '..', 'dist', 'renderer'),
    token: randomBytes(24).toString('hex'),
    host: values.host,
    port: Number(values.port),
    onError: (error) => console.error(error),
  });
  let stopping = false;
  const stop = (): void => {
    if (stopping) return;
    stopping = true;
    void preview.close().then(() => {
      services.value.close();
      removeTemporary();
      process.exit(0);
    });
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  process.on('SIGHUP', stop);
  // npm ended (any signal, SIGKILL included) or the shell that ran it: the preview ends with it.
  watchLaunchers(launcherPids(), stop);
  // Printed once stopping is handled: whoever waits for these lines may stop the preview at once.
  console.log(`Chokepoint Planner preview: ${preview.url}`);
  console.log(`Data folder: ${dataDir}`);
}

main().catch((error: unknown) => {
  console.error((error as Error).message);
  process.exitCode = 1;
});
