import { useCallback } from 'react';
import type { SaveKind } from '../../../shared/api/save-kinds';
import { useApp } from '../store';
import type { SaveContent } from './save-file';
import { safeFileName, saveFile } from './save-file';

/** Saves an export (a chart, a deck, a workbook) and tells the user where it went, or why it did not. */
export function useSaveExport() {
  const notify = useApp((state) => state.notify);
  return useCallback(
    async (name: string, content: SaveContent, kind: SaveKind) => {
      const fileName = `${safeFileName(name, 'comparison')}.${kind}`;
      const saved = await saveFile(fileName, content, kind);
      if (saved && !saved.ok)
        notify({ tone: 'error', kind: 'api', context: 'compare.error.export', error: saved.error });
      else if (saved)
        notify({
          tone: 'success',
          kind: 'text',
          key: saved.where === 'disk' ? 'compare.export.saved' : 'compare.export.downloaded',
          params: { file: saved.path ?? fileName },
        });
    },
    [notify],
  );
}
