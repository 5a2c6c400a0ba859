import { afterAll, describe, expect, it } from 'vitest';
import { CHANNELS, ipcChannel } from '../../shared/api';
import { ownPageSender, registerIpc } from '../../electron/main/ipc/register-ipc';
import { startAppServices } from '../../electron/main/app-services';
import { fileTempFolder } from '../store/temp-folder';

const PAGE = 'app://planner/index.html';
const dataDir = fileTempFolder('chokepoint-ipc-');
const started = startAppServices({
  dataDir,
  appName: 'Chokepoint Planner',
  appVersion: '0.1.0',
  platform: 'linux',
});
if (!started.ok) throw new Error(started.error.message);
const services = started.value;
afterAll(() => services.close());

function register() {
  const handlers = new Map<string, (event: unknown, input: unknown) => Promise<any>>();
  const calls: string[] = [];
  const ipcMain = {
    handle: (channel: string, handler: (event: unknown, input: unknown) => Promise<any>) => {
      calls.push(channel);
      handlers.set(channel, handler);
    },
  };
  registerIpc(ipcMain as never, services.table, ownPageSender(PAGE), () => undefined);
  return { handlers, calls };
}

const frame = (url: string, parent: unknown = null) => ({ senderFrame: { url, parent } });

describe('IPC registration (electron substituted)', () => {
  it('registers every contract channel exactly once', () => {
    const { calls } = register();
    expect([...calls].sort()).toEqual(CHANNELS.map(ipcChannel).sort());
    expect(new Set(calls).size).toBe(calls.length);
  });

  it('serves the app page through the handler table', async () => {
    const { handlers } = register();
    const result = await handlers.get(ipcChannel('listScenarios'))!(frame(`${PAGE}#/library`), {});
    expect(result.ok).toBe(true);
    expect(result.value.length).toBe(5);
    const invalid = await handlers.get(ipcChannel('getScenario'))!(frame(PAGE), { id: 7 });
    expect(invalid).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
  });

  it('rejects a foreign frame URL, a sub-frame and a missing frame before reading the input', async () => {
    const { handlers } = register();
    const handler = handlers.get(ipcChannel('listScenarios'))!;
    for (const event of [
      frame('https://evil.example/index.html'),
      frame('file:///tmp/other/index.html'),
      frame('app://other/index.html'),
      frame(PAGE, { url: PAGE }),
      { senderFrame: null },
    ]) {
      const result = await handler(event, {});
      expect(result).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
      expect(result.error.message).toContain('own page');
    }
  });
});
