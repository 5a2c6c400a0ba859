import type { BrowserWindow, Dialog } from 'electron';
import type { ApiResult } from '../../shared/api';
import type { SaveKind } from '../../shared/api/save-kinds';
import { writeFileAtomically } from '../../services/write-file-atomically';
import { describeWriteProblem, writeProblemCode } from '../../services/write-problem';
import type { DesktopOperations } from './handlers/handler-table';
import type { MainMessages } from './i18n/main-messages';
import type { RecentFiles } from '../../services/recent-files';
import { readFileTexts } from '../../services/read-file-texts';
import { pdfFooterTemplate } from './pdf-footer';

/** Native dialogs, files and PDF printing, for the handler table's desktop-only channels. */
export function createDesktopOperations(deps: {
  readonly dialog: Pick<Dialog, 'showOpenDialog' | 'showSaveDialog'>;
  readonly window: () => BrowserWindow | null;
  readonly recentFiles: RecentFiles;
  readonly messages: () => MainMessages;
  /** The library in use: no save, whatever the dialog returned, ever writes over it. */
  readonly libraryPath: string;
}): DesktopOperations {
  const cancelled = { ok: false as const, error: { code: 'cancelled' as const, message: 'Cancelled.' } };

  /** Every desktop save goes through the one atomic writer, refusals said in the user's language. */
  function save(path: string, content: string | Uint8Array): ApiResult<{ path: string }> {
    const written = writeFileAtomically(path, content, { library: deps.libraryPath, inputs: [] });
    if (written.ok) return { ok: true, value: { path } };
    return {
      ok: false,
      error: {
        code: writeProblemCode(written.error),
        message: describeWriteProblem(written.error, deps.messages().locale),
        details: { path },
      },
    };
  }

  async function choosePath(suggestedName: string, kind: SaveKind): Promise<string | undefined> {
    const window = deps.window();
    const options = {
      defaultPath: suggestedName,
      filters: [{ name: kind.toUpperCase(), extensions: [kind] }],
    };
    const chosen = window
      ? await deps.dialog.showSaveDialog(window, options)
      : await deps.dialog.showSaveDialog(options);
    return chosen.canceled ? undefined : chosen.filePath;
  }

  return {
    async openScenarioFiles() {
      const window = deps.window();
      const options = {
        properties: ['openFile', 'multiSelections'] as ('openFile' | 'multiSelections')[],
        filters: [{ name: deps.messages().scenarioFiles, extensions: ['chokepoint', 'json'] }],
      };
      const chosen = window
        ? await deps.dialog.showOpenDialog(window, options)
        : await deps.dialog.showOpenDialog(options);
      if (chosen.canceled || chosen.filePaths.length === 0) return cancelled;
      const read = await readFileTexts(chosen.filePaths, deps.messages());
      if (read.ok) chosen.filePaths.forEach((path) => deps.recentFiles.add(path));
      return read;
    },
    async saveFile({ suggestedName, kind, text, encoding }) {
      const path = await choosePath(suggestedName, kind);
      if (!path) return cancelled;
      const saved = save(path, encoding === 'base64' ? Buffer.from(text, 'base64') : text);
      if (saved.ok && kind === 'chokepoint') deps.recentFiles.add(path);
      return saved;
    },
    async openRecentFile(path) {
      if (!deps.recentFiles.has(path))
        return {
          ok: false,
          error: { code: 'not-found', message: 'That file is not in the recent files list.' },
        };
      const read = await readFileTexts([path], deps.messages());
      if (!read.ok) return read;
      deps.recentFiles.add(path);
      return { ok: true, value: read.value[0]! };
    },
    async exportReportPdf(suggestedName, footer) {
      const window = deps.window();
      if (!window) return { ok: false, error: { code: 'not-available', message: 'No window to print.' } };
      const path = await choosePath(suggestedName, 'pdf');
      if (!path) return cancelled;
      let pdf: Uint8Array;
      try {
        pdf = await window.webContents.printToPDF({
          printBackground: true,
          landscape: true,
          pageSize: 'A4',
          ...(footer === undefined
            ? {}
            : {
                displayHeaderFooter: true,
                headerTemplate: '<span></span>',
                footerTemplate: pdfFooterTemplate(footer),
              }),
        });
      } catch (error) {
        return { ok: false, error: { code: 'io', message: (error as Error).message, details: { path } } };
      }
      return save(path, pdf);
    },
  };
}
