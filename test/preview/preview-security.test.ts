import { request } from 'node:http';
import { describe, expect, it } from 'vitest';
import { startPreviewServer } from '../../electron/main/preview/preview-server';
import { isLoopbackHost } from '../../electron/main/preview/loopback';
import { startFixture } from './preview-fixture';

describe('preview server security', () => {
  it('refuses to bind anywhere but loopback', async () => {
    const fixture = await startFixture();
    try {
      for (const host of ['0.0.0.0', '::', '192.168.1.10', 'example.com']) {
        await expect(
          startPreviewServer({ table: fixture.services.table, staticDir: fixture.dataDir, token: 't', host }),
        ).rejects.toThrow(/only listens on this machine/);
      }
    } finally {
      await fixture.close();
    }
  });

  it('knows loopback addresses', () => {
    expect(['127.0.0.1', '127.5.5.5', '::1', 'localhost'].every(isLoopbackHost)).toBe(true);
    expect(['0.0.0.0', '10.0.0.1', '::', 'localhost.example.com'].some(isLoopbackHost)).toBe(false);
  });

  it('answers only requests addressed to its own host name (no DNS rebinding)', async () => {
    const fixture = await startFixture();
    try {
      const status = await new Promise<number>((resolve, reject) => {
        const req = request(
          {
            host: '127.0.0.1',
            port: fixture.preview.port,
            path: '/',
            headers: { host: 'attacker.example:80' },
          },
          (res) => resolve(res.statusCode ?? 0),
        );
        req.on('error', reject);
        req.end();
      });
      expect(status).toBe(421);
    } finally {
      await fixture.close();
    }
  });
});
