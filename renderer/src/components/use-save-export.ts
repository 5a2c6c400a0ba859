import { useCallback } from 'react';
import type { SaveKind } from '../../../shared/api/save-kinds';
import { useApp } from '../store';
import type { SaveContent } from './save-file';
import { safeFileName, saveFile, saveNotice } from './save-file';

const EXPORT_WORDS = {
  failed: 'compare.error.export',
  saved: 'compare.export.saved',
  downloaded: 'compare.export.downloaded',
};

/** Saves an export (a chart, a deck, a workbook) and tells the user where it went, or why it did not. */
export function useSaveExport() {
  const notify = useApp((state) => state.notify);
  return useCallback(
    async (name: string, content: SaveContent, kind: SaveKind) => {
      const fileName = `${safeFileName(name, 'comparison')}.${kind}`;
      const notice = saveNotice(await saveFile(fileName, content, kind), fileName, EXPORT_WORDS);
      if (notice) notify(notice);
    },
    [notify],
  );
}
