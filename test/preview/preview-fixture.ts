import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AppServices } from '../../electron/main/app-services';
import { startAppServices } from '../../electron/main/app-services';
import type { PreviewServer } from '../../electron/main/preview/preview-server';
import { startPreviewServer } from '../../electron/main/preview/preview-server';

export const TOKEN = 'test-token-0123456789abcdef';

/** A preview server over a fresh library (seeded with the examples) and a tiny static page. */
export async function startFixture(): Promise<{
  preview: PreviewServer;
  services: AppServices;
  dataDir: string;
  call: (channel: string, input: unknown, token?: string | null) => Promise<{ status: number; body: any }>;
  /** Stops the server, closes the library and removes the data folder. */
  close: () => Promise<void>;
}> {
  const dataDir = mkdtempSync(join(tmpdir(), 'chokepoint-preview-test-'));
  const staticDir = join(dataDir, 'static');
  mkdirSync(staticDir);
  writeFileSync(
    join(staticDir, 'index.html'),
    `<!doctype html><html><head><meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'self'" /><title>t</title></head><body></body></html>`,
  );
  const services = startAppServices({
    dataDir,
    appName: 'Chokepoint Planner',
    appVersion: '0.1.0',
    platform: 'linux',
  });
  if (!services.ok) {
    rmSync(dataDir, { recursive: true, force: true });
    throw new Error(services.error.message);
  }
  const preview = await startPreviewServer({ table: services.value.table, staticDir, token: TOKEN });
  const call = async (channel: string, input: unknown, token: string | null = TOKEN) => {
    const headers: Record<string, string> = { 'content-type': 'application/json' };
    if (token !== null) headers['x-planner-token'] = token;
    const response = await fetch(`http://127.0.0.1:${preview.port}/api/${channel}`, {
      method: 'POST',
      headers,
      body: JSON.stringify(input),
    });
    return { status: response.status, body: await response.json() };
  };
  const close = async () => {
    await preview.close();
    services.value.close();
    rmSync(dataDir, { recursive: true, force: true });
  };
  return { preview, services: services.value, dataDir, call, close };
}
