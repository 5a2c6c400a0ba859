import type { ApiError } from '../../../shared/api/api-result';
import { savedMediaType } from '../../../shared/api/media-types';
import type { SaveKind } from '../../../shared/api/save-kinds';
import { call } from '../api';
import type { NewNotice } from '../store/store-types';

/** What a file holds: text, or bytes in base64 (a PNG, a deck, a workbook). */
export type SaveContent = { readonly text: string } | { readonly base64: string };

export type SaveOutcome =
  | { readonly ok: true; readonly where: 'disk' | 'download'; readonly path?: string }
  | { readonly ok: false; readonly error: ApiError };

/** A file name without the characters file systems refuse (`fallback` when nothing is left). */
export function safeFileName(name: string, fallback: string): string {
  const printable = [...name].filter((char) => char >= ' ').join('');
  return (
    printable
      .replace(/[\\/:*?"<>|]+/g, ' ')
      .replace(/\s+/g, ' ')
      .trim() || fallback
  );
}

/** Bytes as base64 (the save channel carries binary files as base64 text). */
export function base64Of(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000)
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

function bytesOf(base64: string): Uint8Array<ArrayBuffer> {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/** Hands a file to the browser as a download (where there is no native save dialog). */
function browserDownload(fileName: string, content: SaveContent, kind: SaveKind): void {
  const body = 'text' in content ? content.text : bytesOf(content.base64);
  const url = URL.createObjectURL(new Blob([body], { type: savedMediaType(kind) }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/**
 * Saves through the desktop's save dialog; where that is not available (the preview, a browser) the
 * file is downloaded instead. Null when the dialog was cancelled, which is not an error.
 */
export async function saveFile(
  fileName: string,
  content: SaveContent,
  kind: SaveKind,
): Promise<SaveOutcome | null> {
  const saved = await call(
    'saveFile',
    'text' in content
      ? { suggestedName: fileName, kind, text: content.text, encoding: 'utf8' }
      : { suggestedName: fileName, kind, text: content.base64, encoding: 'base64' },
  );
  if (saved.ok) return { ok: true, where: 'disk', path: saved.value.path };
  if (saved.error.code === 'cancelled') return null;
  if (saved.error.code === 'not-available') {
    browserDownload(fileName, content, kind);
    return { ok: true, where: 'download' };
  }
  return saved;
}

/** The catalogue keys of what a save tells the user: its failure's context, where the file went. */
export interface SaveWords {
  readonly failed: string;
  readonly saved: string;
  readonly downloaded: string;
}

/**
 * What to tell the user about a save: where the file went (its path, else its name) or why it did not
 * go; nothing for a cancelled dialog.
 */
export function saveNotice(
  saved: SaveOutcome | null,
  fileName: string,
  words: SaveWords,
  params: Readonly<Record<string, string | number>> = {},
): NewNotice | null {
  if (saved === null) return null;
  if (!saved.ok) return { tone: 'error', kind: 'api', context: words.failed, error: saved.error };
  return {
    tone: 'success',
    kind: 'text',
    key: saved.where === 'disk' ? words.saved : words.downloaded,
    params: { ...params, file: saved.path ?? fileName },
  };
}
