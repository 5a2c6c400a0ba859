import type { SAVE_KINDS } from '../../../../shared/api/contract';
import { call } from '../../api';
import type { ApiError } from '../../../../shared/api/api-result';

type SaveKind = (typeof SAVE_KINDS)[number];

/** The media type of each kind of file the app saves. */
export const SAVE_MIME: Readonly<Record<SaveKind, string>> = {
  chokepoint: 'application/json',
  csv: 'text/csv',
  png: 'image/png',
  svg: 'image/svg+xml',
  html: 'text/html',
  pdf: 'application/pdf',
  pptx: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

/** Hands a file to the browser as a download (where there is no native save dialog). */
export function browserDownload(fileName: string, text: string, kind: SaveKind): void {
  const url = URL.createObjectURL(new Blob([text], { type: SAVE_MIME[kind] }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export type SaveOutcome =
  | { readonly ok: true; readonly where: 'disk' | 'download'; readonly path?: string }
  | { readonly ok: false; readonly error: ApiError };

/**
 * Saves through the desktop's save dialog; where that is not available (a browser) the file is
 * downloaded instead. A cancelled dialog is not an error.
 */
export async function saveText(fileName: string, text: string, kind: SaveKind): Promise<SaveOutcome | null> {
  const saved = await call('saveFile', { suggestedName: fileName, kind, text, encoding: 'utf8' });
  if (saved.ok) return { ok: true, where: 'disk', path: saved.value.path };
  if (saved.error.code === 'cancelled') return null;
  if (saved.error.code === 'not-available') {
    browserDownload(fileName, text, kind);
    return { ok: true, where: 'download' };
  }
  return saved;
}
