import type { SAVE_KINDS } from '../../../../shared/api/contract';
import { call } from '../../api';
import type { SaveOutcome } from '../library/download';
import { saveText } from '../library/download';

type SaveKind = (typeof SAVE_KINDS)[number];

/** A file name without the characters file systems refuse. */
export function safeFileName(name: string): string {
  const printable = [...name].filter((char) => char >= ' ').join('');
  return (
    printable
      .replace(/[\\/:*?"<>|]+/g, ' ')
      .replace(/\s+/g, ' ')
      .trim() || 'comparison'
  );
}

/** A base64 payload as a browser download (PNG: bytes, not text). */
function downloadBase64(fileName: string, base64: string, type: string): void {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  const url = URL.createObjectURL(new Blob([bytes], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/**
 * Saves an export through the desktop's save dialog, or downloads it where there is none (the
 * preview, a browser). Null when the dialog was cancelled.
 */
export async function saveExport(
  fileName: string,
  content: { readonly text: string } | { readonly base64: string; readonly type: string },
  kind: SaveKind,
): Promise<SaveOutcome | null> {
  if ('text' in content) return saveText(fileName, content.text, kind);
  const saved = await call('saveFile', {
    suggestedName: fileName,
    kind,
    text: content.base64,
    encoding: 'base64',
  });
  if (saved.ok) return { ok: true, where: 'disk', path: saved.value.path };
  if (saved.error.code === 'cancelled') return null;
  if (saved.error.code === 'not-available') {
    downloadBase64(fileName, content.base64, content.type);
    return { ok: true, where: 'download' };
  }
  return saved;
}
