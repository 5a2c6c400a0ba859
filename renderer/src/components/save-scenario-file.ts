import { call } from '../api';
import type { UiSlice } from '../store/store-types';
import { saveFile, saveNotice } from './save-file';

const EXPORT_WORDS = {
  failed: 'library.error.export',
  saved: 'library.exported',
  downloaded: 'library.downloaded',
};

/**
 * Saves scenarios from the library as one scenario file (all of them when `ids` is undefined), and
 * tells the user where it went, or why it did not: the library's Export button and the File menu.
 */
export async function saveScenarioFile(
  notify: UiSlice['notify'],
  ids: readonly string[] | undefined,
): Promise<void> {
  const exported = await call('exportScenarios', ids ? { ids: [...ids] } : {});
  if (!exported.ok) {
    notify({ tone: 'error', kind: 'api', context: EXPORT_WORDS.failed, error: exported.error });
    return;
  }
  const { fileName, text, count } = exported.value;
  const saved = await saveFile(fileName, { text }, 'chokepoint');
  const notice = saveNotice(saved, fileName, EXPORT_WORDS, { count });
  if (notice) notify(notice);
}
