import { beforeEach, describe, expect, it, vi } from 'vitest';

const created: {
  options: Record<string, any>;
  maximize: ReturnType<typeof vi.fn>;
  once: ReturnType<typeof vi.fn>;
}[] = [];
vi.mock('electron', () => ({
  BrowserWindow: vi.fn(function (this: any, options: Record<string, any>) {
    this.options = options;
    this.maximize = vi.fn();
    this.once = vi.fn();
    this.show = vi.fn();
    created.push(this);
  }),
}));

const { createMainWindow } = await import('../../electron/main/window');

describe('the main window', () => {
  beforeEach(() => void (created.length = 0));

  it('isolates the page: context isolation, sandbox, no Node, web security, no webviews', () => {
    createMainWindow({
      preloadPath: '/app/preload.cjs',
      bounds: { width: 1280, height: 720, maximized: false },
      title: 'Chokepoint Planner',
      backgroundColor: '#fff',
    });
    const prefs = created[0]!.options.webPreferences;
    expect(prefs).toMatchObject({
      preload: '/app/preload.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      navigateOnDragDrop: false,
    });
    expect(created[0]!.options.show).toBe(false);
  });

  it('restores the remembered bounds and maximized state', () => {
    createMainWindow({
      preloadPath: 'p',
      bounds: { x: 10, y: 20, width: 1500, height: 900, maximized: true },
      title: 't',
      backgroundColor: '#fff',
    });
    expect(created[0]!.options).toMatchObject({ x: 10, y: 20, width: 1500, height: 900 });
    expect(created[0]!.maximize).toHaveBeenCalled();
  });
});
