import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { APP_PAGE_URL, resolveAppFile } from '../../electron/main/app-protocol';
import { APP_SCHEME_PRIVILEGES, registerAppProtocol } from '../../electron/main/register-app-protocol';
import { fileTempFolder } from '../store/temp-folder';

const root = fileTempFolder('chokepoint-app-protocol-');
mkdirSync(join(root, 'assets'));
writeFileSync(join(root, 'index.html'), '<!doctype html><title>t</title>');
writeFileSync(join(root, 'assets', 'worker.js'), 'self.onmessage = () => {};');

describe('the app:// scheme (electron substituted)', () => {
  it('maps the page and its assets into the renderer folder only', () => {
    expect(resolveAppFile(root, APP_PAGE_URL)).toEqual({
      path: join(root, 'index.html'),
      type: 'text/html; charset=utf-8',
    });
    expect(resolveAppFile(root, 'app://planner/assets/worker.js')?.type).toContain('javascript');
    for (const url of [
      'app://planner/../../etc/passwd',
      'app://planner/%2e%2e/%2e%2e/etc/passwd',
      'app://other/index.html',
      'file:///etc/passwd',
      'app://planner/a%00b',
      'not a url',
    ]) {
      const file = resolveAppFile(root, url);
      expect(file === undefined || file.path.startsWith(root), url).toBe(true);
      if (url.includes('other') || url.startsWith('file') || url.includes('%00') || url === 'not a url')
        expect(file, url).toBeUndefined();
    }
  });

  it('serves files through protocol.handle, 404 for anything else', async () => {
    const protocol = { handle: vi.fn() };
    registerAppProtocol(protocol as never, root);
    const [scheme, handler] = protocol.handle.mock.calls[0]!;
    expect(scheme).toBe('app');
    const page: Response = await handler({ url: APP_PAGE_URL });
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toContain('text/html');
    expect(await page.text()).toContain('<title>t</title>');
    expect((await handler({ url: 'app://planner/missing.js' })).status).toBe(404);
    expect((await handler({ url: 'app://planner/../../etc/passwd' })).status).not.toBe(200);
  });

  it('is a standard, secure scheme', () => {
    expect(APP_SCHEME_PRIVILEGES.privileges).toMatchObject({ standard: true, secure: true, codeCache: true });
  });
});
