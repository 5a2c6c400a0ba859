import type { Result } from '../result';
import { err, ok } from '../result';
import { MAX_FILE_BYTES } from './constants';
import type { FileFormatError } from './file-format-error';

/**
 * The length of `text` in UTF-8 bytes, without TextEncoder (shared/ has no DOM or Node). A lone
 * surrogate counts 3 bytes, as the U+FFFD an encoder writes for it.
 */
export function utf8ByteLength(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        bytes += 4;
        i++;
      } else bytes += 3;
    } else bytes += 3;
  }
  return bytes;
}

/** Refuses a text over `limit` UTF-8 bytes before anything else looks at it. */
export function checkSize(text: string, limit: number = MAX_FILE_BYTES): Result<string, FileFormatError> {
  // Every UTF-16 unit is at least one byte and at most three: most texts are decided without counting.
  if (text.length * 3 <= limit) return ok(text);
  const bytes = text.length > limit ? text.length : utf8ByteLength(text);
  return bytes > limit ? err({ kind: 'too-large', path: [], bytes, limit }) : ok(text);
}
