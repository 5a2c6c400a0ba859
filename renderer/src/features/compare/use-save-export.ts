import { useCallback } from 'react';
import type { SAVE_KINDS } from '../../../../shared/api/contract';
import { useApp } from '../../store';
import { safeFileName, saveExport } from './save-export';

/** Saves an export and tells the user where it went (or why it did not). */
export function useSaveExport() {
  const notify = useApp((state) => state.notify);
  return useCallback(
    async (name: string, content: Parameters<typeof saveExport>[1], kind: (typeof SAVE_KINDS)[number]) => {
      const fileName = `${safeFileName(name)}.${kind}`;
      const saved = await saveExport(fileName, content, kind);
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
