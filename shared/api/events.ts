import type { FileText } from './app-schemas';

/** Commands the native menu sends to the page (File, Edit, View and Help menus). */
export const MENU_COMMANDS = [
  'new-scenario',
  'open-file',
  'import',
  'export',
  'export-pdf',
  'undo',
  'redo',
  'toggle-presentation',
  'show-model',
  'show-about',
] as const;

export type MenuCommand =
  | { readonly command: (typeof MENU_COMMANDS)[number] }
  | { readonly command: 'set-language'; readonly language: 'en' | 'zh-CN' }
  | { readonly command: 'set-theme'; readonly theme: 'system' | 'light' | 'dark' };

/**
 * What the main process tells the page unasked: files opened by double-click, argument, the OS
 * "open-file" event or Open Recent (the page imports them like dropped files), and menu commands.
 * Each returns a function that unsubscribes. In the preview nothing is ever sent.
 */
export interface PlannerEvents {
  readonly onOpenFiles: (listener: (files: readonly FileText[]) => void) => () => void;
  readonly onMenuCommand: (listener: (command: MenuCommand) => void) => () => void;
}

/** IPC channel names of the events (main → page). */
export const EVENT_CHANNELS = {
  openFiles: 'planner-event:open-files',
  menuCommand: 'planner-event:menu-command',
} as const;

/** IPC channel name of an API channel (page → main). */
export const ipcChannel = (channel: string): string => `planner:${channel}`;
