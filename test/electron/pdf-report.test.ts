import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserWindow } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { createDesktopOperations } from '../../electron/main/desktop-operations';
import { MAIN_MESSAGES } from '../../electron/main/i18n/main-messages';
import { createRecentFiles } from '../../services/recent-files';
import { useTempFolder } from '../store/temp-folder';

const folder = useTempFolder('chokepoint-pdf-');

function operations(dir: string) {
  const printToPDF = vi.fn(async (_options: Record<string, unknown>) => Buffer.from('%PDF-1.7 test'));
  const window = { webContents: { printToPDF } } as unknown as BrowserWindow;
  const path = join(dir, 'report.pdf');
  const desktop = createDesktopOperations({
    dialog: {
      showOpenDialog: vi.fn(),
      showSaveDialog: vi.fn(async () => ({ canceled: false, filePath: path })),
    } as never,
    window: () => window,
    recentFiles: createRecentFiles(dir),
    messages: () => MAIN_MESSAGES.en,
    libraryPath: join(dir, 'library.sqlite'),
  });
  return { desktop, printToPDF, path };
}

describe('the PDF report (electron substituted)', () => {
  it('prints the source line and page numbers in every page’s footer', async () => {
    const { desktop, printToPDF, path } = operations(folder());
    const result = await desktop.exportReportPdf(
      'report.pdf',
      'Chokepoint Planner 0.1.0, model v2, 500 draws',
    );
    expect(result).toEqual({ ok: true, value: { path } });
    const options = printToPDF.mock.calls[0]![0];
    expect(options.displayHeaderFooter).toBe(true);
    expect(options.footerTemplate).toContain('Chokepoint Planner 0.1.0, model v2, 500 draws');
    expect(options.footerTemplate).toContain('class="pageNumber"');
    expect(readFileSync(path, 'utf8')).toBe('%PDF-1.7 test');
  });

  it('prints no footer when it is given no source line', async () => {
    const { desktop, printToPDF } = operations(folder());
    await desktop.exportReportPdf('report.pdf');
    expect(printToPDF.mock.calls[0]![0].displayHeaderFooter).toBeUndefined();
  });
});
