import type { MenuItemConstructorOptions } from 'electron';
import type { MenuCommand, RecentFile, Settings } from '../../shared/api';
import type { MainMessages } from './i18n/main-messages';

export interface MenuActions {
  /** Forwards a command to the page. */
  readonly send: (command: MenuCommand) => void;
  /** Shows the open dialog and hands the chosen files to the page to import. */
  readonly openFiles: () => void;
  readonly openRecent: (path: string) => void;
}

export interface MenuState {
  readonly platform: string;
  readonly recent: readonly RecentFile[];
  readonly settings: Pick<Settings, 'language' | 'theme'>;
}

/**
 * The native menu as data (File, Edit, View, Help with the usual shortcuts). Commands that change the
 * scenario go to the page, which owns the undo history; the standard text-editing roles stay native.
 */
export function buildMenuTemplate(
  m: MainMessages,
  actions: MenuActions,
  state: MenuState,
): MenuItemConstructorOptions[] {
  const send = (command: MenuCommand) => () => actions.send(command);
  const mac = state.platform === 'darwin';
  const recent: MenuItemConstructorOptions[] = state.recent.length
    ? state.recent.map((file) => ({
        label: file.name,
        toolTip: file.path,
        click: () => actions.openRecent(file.path),
      }))
    : [{ label: m.noRecent, enabled: false }];
  const template: MenuItemConstructorOptions[] = [
    {
      label: m.file,
      submenu: [
        {
          id: 'new-scenario',
          label: m.newScenario,
          accelerator: 'CmdOrCtrl+N',
          click: send({ command: 'new-scenario' }),
        },
        { id: 'open', label: m.open, accelerator: 'CmdOrCtrl+O', click: () => actions.openFiles() },
        { id: 'open-recent', label: m.openRecent, submenu: recent },
        { type: 'separator' },
        { id: 'import', label: m.import, accelerator: 'CmdOrCtrl+I', click: send({ command: 'import' }) },
        { id: 'export', label: m.export, accelerator: 'CmdOrCtrl+E', click: send({ command: 'export' }) },
        {
          id: 'export-pdf',
          label: m.exportPdf,
          accelerator: 'CmdOrCtrl+P',
          click: send({ command: 'export-pdf' }),
        },
        ...(mac
          ? []
          : [{ type: 'separator' } as const, { id: 'quit', label: m.quit, role: 'quit' } as const]),
      ],
    },
    {
      label: m.edit,
      submenu: [
        { id: 'undo', label: m.undo, accelerator: 'CmdOrCtrl+Z', click: send({ command: 'undo' }) },
        { id: 'redo', label: m.redo, accelerator: 'Shift+CmdOrCtrl+Z', click: send({ command: 'redo' }) },
        { type: 'separator' },
        { role: 'cut' },
        { role: 'copy' },
        { role: 'paste' },
        { role: 'selectAll' },
      ],
    },
    {
      label: m.view,
      submenu: [
        {
          id: 'presentation',
          label: m.presentation,
          accelerator: 'F5',
          click: send({ command: 'toggle-presentation' }),
        },
        {
          id: 'language',
          label: m.language,
          submenu: [
            {
              id: 'language-en',
              label: 'English',
              type: 'radio',
              checked: state.settings.language === 'en',
              click: send({ command: 'set-language', language: 'en' }),
            },
            {
              id: 'language-zh-CN',
              label: '简体中文',
              type: 'radio',
              checked: state.settings.language === 'zh-CN',
              click: send({ command: 'set-language', language: 'zh-CN' }),
            },
          ],
        },
        {
          id: 'theme',
          label: m.theme,
          submenu: (['system', 'light', 'dark'] as const).map((theme) => ({
            id: `theme-${theme}`,
            label: theme === 'system' ? m.themeSystem : theme === 'light' ? m.themeLight : m.themeDark,
            type: 'radio' as const,
            checked: state.settings.theme === theme,
            click: send({ command: 'set-theme', theme }),
          })),
        },
        { type: 'separator' },
        { role: 'resetZoom' },
        { role: 'zoomIn' },
        { role: 'zoomOut' },
        { role: 'togglefullscreen' },
      ],
    },
    {
      label: m.help,
      submenu: [
        { id: 'model', label: m.modelAndSources, accelerator: 'F1', click: send({ command: 'show-model' }) },
        { id: 'about', label: m.about, click: send({ command: 'show-about' }) },
      ],
    },
  ];
  return mac ? [{ role: 'appMenu' }, ...template] : template;
}
