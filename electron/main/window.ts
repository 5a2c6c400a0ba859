import { BrowserWindow } from 'electron';
import type { WindowBounds } from './window-state';

export interface MainWindowOptions {
  readonly preloadPath: string;
  readonly bounds: WindowBounds;
  readonly title: string;
  readonly backgroundColor: string;
}

/**
 * The app's one window. webPreferences stay an inline literal here (Electronegativity reads it):
 * context isolation, the sandbox and web security on, no Node in the page, no webviews, and no
 * navigation by dropping a file (the page imports dropped files itself).
 */
export function createMainWindow(options: MainWindowOptions): BrowserWindow {
  const window = new BrowserWindow({
    x: options.bounds.x,
    y: options.bounds.y,
    width: options.bounds.width,
    height: options.bounds.height,
    minWidth: 1024,
    minHeight: 640,
    show: false,
    title: options.title,
    backgroundColor: options.backgroundColor,
    webPreferences: {
      preload: options.preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      spellcheck: false,
      // Middle-click must not open links in new windows (Electronegativity AUXCLICK_JS_CHECK).
      disableBlinkFeatures: 'Auxclick',
    },
  });
  if (options.bounds.maximized) window.maximize();
  window.once('ready-to-show', () => window.show());
  return window;
}
