import { randomBytes } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import packageJson from '../../../package.json';
import { startAppServices } from '../app-services';
import { startPreviewServer } from './preview-server';

/**
 * `npm run preview [-- --data-dir DIR] [--port N] [--host 127.0.0.1]`: the built renderer in any
 * browser, with the real main-process handlers behind it over loopback HTTP. The default data folder
 * is a new temporary one, so the library starts with the built-in examples.
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
  const dataDir = values['data-dir']
    ? resolve(process.env.INIT_CWD ?? process.cwd(), values['data-dir'])
    : mkdtempSync(join(tmpdir(), 'chokepoint-preview-'));
  const services = startAppServices({
    dataDir,
    appName: packageJson.productName,
    appVersion: packageJson.version,
    platform: process.platform,
  });
  if (!services.ok) {
    console.error(`Cannot open the scenario library in ${dataDir}: ${services.error.message}`);
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
  console.log(`Chokepoint Planner preview: ${preview.url}`);
  console.log(`Data folder: ${dataDir}`);
  const stop = (): void => {
    void preview.close().then(() => {
      services.value.close();
      process.exit(0);
    });
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((error: unknown) => {
  console.error((error as Error).message);
  process.exitCode = 1;
});
