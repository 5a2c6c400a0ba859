import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserWindow } from 'electron';
import { app, dialog, ipcMain, Menu, protocol, screen, session, shell } from 'electron';
import type { MenuCommand } from '../../shared/api';
import { EVENT_CHANNELS } from '../../shared/api';
import { PRODUCT_NAME } from '../../shared/text/app-name';
import { APP_PAGE_URL } from './app-protocol';
import { createDesktopOperations } from './desktop-operations';
import { APP_SCHEME_PRIVILEGES, registerAppProtocol } from './register-app-protocol';
import { MAIN_MESSAGES } from './i18n/main-messages';
import { ownPageSender, registerIpc } from './ipc/register-ipc';
import { buildMenuTemplate } from './menu';
import { hardenApp, hardenSession } from './security';
import type { AppServices } from './app-services';
import { startAppServices } from './app-services';
import { resolveElectronNativeBinding } from '../../services/native-binding';
import { libraryPath } from '../../services/store/library-file';
import { readFileTexts, scenarioPathsFromArgv } from '../../services/read-file-texts';
import { createMainWindow } from './window';
import { loadWindowState, saveWindowState } from './window-state';

// The lifecycle only: everything it wires is plain Node code tested without Electron.
const rendererDir = join(__dirname, '..', 'renderer');
const preloadFile = join(__dirname, 'preload.cjs');
let mainWindow: BrowserWindow | null = null;
let services: AppServices | null = null;
let pageReady = false;
const pendingPaths: string[] = [];

const messages = () => MAIN_MESSAGES[services?.settings.get().language ?? 'en'];

function sendToPage(channel: string, payload: unknown): void {
  mainWindow?.webContents.send(channel, payload);
}

/** Every way a file reaches the app (argument, double-click, macOS open-file, Open…) ends here. */
async function openPaths(paths: readonly string[]): Promise<void> {
  if (paths.length === 0) return;
  if (!pageReady || !services) {
    pendingPaths.push(...paths);
    return;
  }
  const read = await readFileTexts(paths, messages());
  if (!read.ok) {
    dialog.showErrorBox(PRODUCT_NAME.en, read.error.message);
    return;
  }
  paths.forEach((path) => services?.recentFiles.add(path));
  refreshMenu();
  sendToPage(EVENT_CHANNELS.openFiles, read.value);
  mainWindow?.focus();
}

function refreshMenu(): void {
  if (!services) return;
  const template = buildMenuTemplate(
    messages(),
    {
      send: (command: MenuCommand) => sendToPage(EVENT_CHANNELS.menuCommand, command),
      openFiles: () => {
        void dialog
          .showOpenDialog({
            properties: ['openFile', 'multiSelections'],
            filters: [{ name: messages().scenarioFiles, extensions: ['chokepoint', 'json'] }],
          })
          .then((chosen) => (chosen.canceled ? undefined : openPaths(chosen.filePaths)));
      },
      openRecent: (path) => void openPaths([path]),
    },
    { platform: process.platform, recent: services.recentFiles.list(), settings: services.settings.get() },
  );
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}

function start(): void {
  hardenSession(session.defaultSession);
  const binding = resolveElectronNativeBinding(
    app.isPackaged
      ? { packaged: true, resourcesPath: process.resourcesPath, electronVersion: process.versions.electron }
      : { packaged: false, appRoot: app.getAppPath(), electronVersion: process.versions.electron },
    existsSync,
  );
  if (!binding.ok) {
    dialog.showErrorBox(PRODUCT_NAME.en, binding.error.message);
    app.quit();
    return;
  }
  const dataDir = app.getPath('userData');
  const started = startAppServices({
    dataDir,
    appName: app.getName(),
    appVersion: app.getVersion(),
    platform: process.platform,
    nativeBinding: binding.value,
    desktop: ({ recentFiles }) =>
      createDesktopOperations({
        dialog,
        window: () => mainWindow,
        recentFiles,
        messages,
        libraryPath: libraryPath(dataDir),
      }),
    onSettingsChanged: refreshMenu,
  });
  if (!started.ok) {
    dialog.showErrorBox(PRODUCT_NAME.en, MAIN_MESSAGES.en.libraryFailed(started.error.message));
    app.quit();
    return;
  }
  services = started.value;
  registerAppProtocol(protocol, rendererDir);
  registerIpc(ipcMain, services.table, ownPageSender(APP_PAGE_URL), (error) => console.error(error));

  const bounds = loadWindowState(
    dataDir,
    screen.getAllDisplays().map((display) => display.workArea),
  );
  mainWindow = createMainWindow({
    preloadPath: preloadFile,
    bounds,
    title: app.getName(),
    backgroundColor: '#f7f7f5',
  });
  mainWindow.on('close', () => {
    if (!mainWindow) return;
    const { x, y, width, height } = mainWindow.getNormalBounds();
    saveWindowState(dataDir, { x, y, width, height, maximized: mainWindow.isMaximized() });
  });
  mainWindow.on('closed', () => {
    mainWindow = null;
    pageReady = false;
  });
  mainWindow.webContents.on('did-finish-load', () => {
    pageReady = true;
    void openPaths(pendingPaths.splice(0));
  });
  refreshMenu();
  void mainWindow.loadURL(APP_PAGE_URL);
}

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  hardenApp(app, shell);
  protocol.registerSchemesAsPrivileged([APP_SCHEME_PRIVILEGES]);
  // After a key press Chromium holds worker messages until the next frame, which made a keyboard slider
  // move take a frame longer to reach the chart (measured by npm run bench:ui).
  app.commandLine.appendSwitch('disable-features', 'DeferRendererTasksAfterInput');
  pendingPaths.push(...scenarioPathsFromArgv(process.argv));
  app.on('open-file', (event, path) => {
    event.preventDefault();
    void openPaths([path]);
  });
  app.on('second-instance', (_event, argv) => {
    if (mainWindow?.isMinimized()) mainWindow.restore();
    mainWindow?.focus();
    void openPaths(scenarioPathsFromArgv(argv));
  });
  app.on('window-all-closed', () => {
    services?.close();
    app.quit();
  });
  void app.whenReady().then(start);
}
