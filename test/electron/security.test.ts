import { describe, expect, it, vi } from 'vitest';
import {
  hardenApp,
  hardenSession,
  hardenWebContents,
  isLocalAppUrl,
  isVettedExternalUrl,
} from '../../electron/main/security';

function fakeContents() {
  const listeners: Record<string, (...args: any[]) => void> = {};
  let openHandler: ((details: { url: string }) => { action: string }) | undefined;
  const contents = {
    on: vi.fn((event: string, listener: (...args: any[]) => void) => void (listeners[event] = listener)),
    setWindowOpenHandler: vi.fn((handler) => void (openHandler = handler)),
  };
  return { contents, listeners, open: (url: string) => openHandler!({ url }) };
}

describe('Electron hardening (electron substituted)', () => {
  it('denies navigation, redirects and webviews', () => {
    const { contents, listeners } = fakeContents();
    hardenWebContents(contents as never, { openExternal: vi.fn() });
    for (const event of ['will-navigate', 'will-redirect', 'will-attach-webview']) {
      const preventDefault = vi.fn();
      listeners[event]!({ preventDefault }, 'https://evil.example/');
      expect(preventDefault, event).toHaveBeenCalled();
    }
  });

  it('denies every new window, opening only vetted https links in the browser', () => {
    const openExternal = vi.fn().mockResolvedValue(undefined);
    const { contents, open } = fakeContents();
    hardenWebContents(contents as never, { openExternal });
    expect(open('https://cset.georgetown.edu/').action).toBe('deny');
    expect(openExternal).toHaveBeenCalledWith('https://cset.georgetown.edu/');
    for (const url of [
      'http://example.com',
      'file:///etc/passwd',
      'javascript:alert(1)',
      'https://user:pw@example.com',
    ]) {
      openExternal.mockClear();
      expect(open(url).action).toBe('deny');
      expect(openExternal).not.toHaveBeenCalled();
    }
  });

  it('hardens every web contents the app creates', () => {
    const app = { on: vi.fn() };
    hardenApp(app as never, { openExternal: vi.fn() });
    const [event, listener] = app.on.mock.calls[0]!;
    expect(event).toBe('web-contents-created');
    const { contents } = fakeContents();
    listener({}, contents);
    expect(contents.setWindowOpenHandler).toHaveBeenCalled();
  });

  it('denies every permission and cancels remote requests', () => {
    const session = {
      setPermissionRequestHandler: vi.fn(),
      setPermissionCheckHandler: vi.fn(),
      webRequest: { onBeforeRequest: vi.fn() },
    };
    hardenSession(session as never);
    const callback = vi.fn();
    session.setPermissionRequestHandler.mock.calls[0]![0]({}, 'media', callback);
    expect(callback).toHaveBeenCalledWith(false);
    expect(session.setPermissionCheckHandler.mock.calls[0]![0]()).toBe(false);
    const filter = session.webRequest.onBeforeRequest.mock.calls[0]![0];
    const decide = (url: string) => {
      const cb = vi.fn();
      filter({ url }, cb);
      return cb.mock.calls[0]![0].cancel;
    };
    expect(decide('app://planner/index.html')).toBe(false);
    expect(decide('file:///etc/passwd')).toBe(true);
    expect(decide('https://cdn.example.com/x.js')).toBe(true);
    expect(decide('http://127.0.0.1:8080/')).toBe(true);
  });

  it('classifies URLs', () => {
    expect(isVettedExternalUrl('https://example.org/a')).toBe(true);
    expect(isVettedExternalUrl('not a url')).toBe(false);
    expect(isLocalAppUrl('devtools://devtools/x')).toBe(true);
  });
});
