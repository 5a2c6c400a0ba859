import { afterEach, describe, expect, it, vi } from 'vitest';
import { CHANNELS } from '../../shared/api/contract';
import { call, isConnected, planner } from './api';

afterEach(() => vi.unstubAllGlobals());

describe('the page without a transport', () => {
  it('answers every channel of the contract with not-available, naming the channel', async () => {
    vi.stubGlobal('window', {});
    expect(isConnected()).toBe(false);
    for (const channel of CHANNELS) {
      const result = await call(channel, {} as never);
      expect(result).toEqual({
        ok: false,
        error: { code: 'not-available', message: `The app's back end is not connected (${channel}).` },
      });
    }
  });

  it('is not mistaken for a promise', async () => {
    vi.stubGlobal('window', {});
    const bridge = planner();
    expect((bridge as unknown as { then?: unknown }).then).toBeUndefined();
    await expect(Promise.resolve(bridge)).resolves.toBe(bridge);
  });
});
