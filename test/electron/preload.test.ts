import { describe, expect, it, vi } from 'vitest';
import { CHANNELS, EVENT_CHANNELS, ipcChannel } from '../../shared/api';

const exposed: Record<string, any> = {};
const invoke = vi.fn().mockResolvedValue({ ok: true, value: [] });
const on = vi.fn();
const removeListener = vi.fn();
vi.mock('electron', () => ({
  contextBridge: { exposeInMainWorld: (key: string, value: unknown) => void (exposed[key] = value) },
  ipcRenderer: { invoke, on, removeListener },
}));

await import('../../electron/preload/index');

describe('the preload (electron substituted)', () => {
  it('exposes one function per contract channel and nothing else', () => {
    expect(Object.keys(exposed.planner).sort()).toEqual([...CHANNELS].sort());
    for (const channel of CHANNELS) expect(typeof exposed.planner[channel]).toBe('function');
  });

  it('sends each call on its own IPC channel', async () => {
    for (const channel of CHANNELS) {
      invoke.mockClear();
      await exposed.planner[channel]({ probe: channel });
      expect(invoke).toHaveBeenCalledWith(ipcChannel(channel), { probe: channel });
    }
  });

  it('subscribes to and unsubscribes from the main process events', () => {
    const listener = vi.fn();
    const off = exposed.plannerEvents.onOpenFiles(listener);
    const [channel, handler] = on.mock.calls[0]!;
    expect(channel).toBe(EVENT_CHANNELS.openFiles);
    handler({}, [{ fileName: 'a.chokepoint', text: '{}' }]);
    expect(listener).toHaveBeenCalledWith([{ fileName: 'a.chokepoint', text: '{}' }]);
    off();
    expect(removeListener).toHaveBeenCalledWith(EVENT_CHANNELS.openFiles, handler);
  });
});
