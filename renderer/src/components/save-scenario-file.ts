import { call } from '../api';
import type { UiSlice } from '../store/store-types';
import { saveFile } from './save-file';

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
    notify({ tone: 'error', kind: 'api', context: 'library.error.export', error: exported.error });
    return;
  }
  const saved = await saveFile(exported.value.fileName, { text: exported.value.text }, 'chokepoint');
  if (saved && !saved.ok)
    notify({ tone: 'error', kind: 'api', context: 'library.error.export', error: saved.error });
  else if (saved)
    notify({
      tone: 'success',
      kind: 'text',
      key: saved.where === 'disk' ? 'library.exported' : 'library.downloaded',
      params: { count: exported.value.count, file: saved.path ?? exported.value.fileName },
    });
}
