import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_ENDPOINT, CHROMIUM_PATH, hasChromium } from './chromium';

/**
 * vitest globalSetup of the e2e project: one Chromium for every browser test file of the run, which
 * connect to it (launchChromium) and open contexts of their own. Starting a browser per file cost each
 * file two to three CPU-seconds (the browser, its zygotes, GPU and network processes).
 */
export default async function setup(): Promise<() => Promise<void>> {
  if (!hasChromium) return async () => undefined;
  const server = await chromium.launchServer({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  // The test workers start after the global setups, with this environment.
  process.env[CHROMIUM_ENDPOINT] = server.wsEndpoint();
  return async () => {
    delete process.env[CHROMIUM_ENDPOINT];
    await server.close();
  };
}
