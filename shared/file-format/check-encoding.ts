import type { Result } from '../result';
import { err, ok } from '../result';
import type { FileFormatError } from './file-format-error';

/** Byte-order marks, longest first (UTF-32 LE starts like UTF-16 LE). */
const BYTE_ORDER_MARKS: readonly { readonly encoding: string; readonly bytes: readonly number[] }[] = [
  { encoding: 'UTF-32 (little-endian)', bytes: [0xff, 0xfe, 0x00, 0x00] },
  { encoding: 'UTF-32 (big-endian)', bytes: [0x00, 0x00, 0xfe, 0xff] },
  { encoding: 'UTF-16 (little-endian)', bytes: [0xff, 0xfe] },
  { encoding: 'UTF-16 (big-endian)', bytes: [0xfe, 0xff] },
];

const UTF8_BOM = [0xef, 0xbb, 0xbf] as const;

/**
 * UTF-16 without a byte-order mark: JSON starts with an ASCII character, which UTF-16 writes next to a
 * zero byte (and a zero byte is never valid JSON outside a string, nor unescaped inside one).
 */
function unmarkedUtf16(bytes: Uint8Array): string | undefined {
  if (bytes.length < 2) return undefined;
  if (bytes[0] !== 0 && bytes[0]! < 0x80 && bytes[1] === 0) return 'UTF-16 (little-endian)';
  if (bytes[0] === 0 && bytes[1] !== 0 && bytes[1]! < 0x80) return 'UTF-16 (big-endian)';
  return undefined;
}

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.length <= bytes.length && prefix.every((byte, i) => bytes[i] === byte);
}

/**
 * The byte offset of the first sequence that is not well-formed UTF-8 (RFC 3629: no overlong forms, no
 * surrogates, nothing above U+10FFFF), or -1 when every byte is. One pass, no allocation.
 */
export function firstInvalidUtf8(bytes: Uint8Array, from = 0): number {
  let i = from;
  const n = bytes.length;
  while (i < n) {
    const b0 = bytes[i]!;
    if (b0 < 0x80) {
      i++;
      continue;
    }
    let length: number;
    let low = 0x80;
    let high = 0xbf;
    if (b0 >= 0xc2 && b0 <= 0xdf) length = 2;
    else if (b0 >= 0xe0 && b0 <= 0xef) {
      length = 3;
      if (b0 === 0xe0) low = 0xa0;
      else if (b0 === 0xed) high = 0x9f;
    } else if (b0 >= 0xf0 && b0 <= 0xf4) {
      length = 4;
      if (b0 === 0xf0) low = 0x90;
      else if (b0 === 0xf4) high = 0x8f;
    } else return i;
    if (i + length > n) return i;
    const b1 = bytes[i + 1]!;
    if (b1 < low || b1 > high) return i;
    for (let k = 2; k < length; k++) {
      const b = bytes[i + k]!;
      if (b < 0x80 || b > 0xbf) return i;
    }
    i += length;
  }
  return -1;
}

/**
 * Checks that a file's bytes are UTF-8, the format's only encoding, strictly: an invalid sequence is
 * refused with its byte offset (never silently replaced by U+FFFD), and a UTF-16 or UTF-32 file is
 * recognised by its byte-order mark (or the zero bytes of its first character) and named. Returns where the text starts (after a UTF-8
 * byte-order mark, which some Windows editors write); the caller decodes from there.
 */
export function checkEncoding(bytes: Uint8Array): Result<number, FileFormatError> {
  const start = startsWith(bytes, UTF8_BOM) ? UTF8_BOM.length : 0;
  if (start === 0) {
    const encoding =
      BYTE_ORDER_MARKS.find((candidate) => startsWith(bytes, candidate.bytes))?.encoding ??
      unmarkedUtf16(bytes);
    if (encoding) return err({ kind: 'wrong-encoding', path: [], encoding });
  }
  const offset = firstInvalidUtf8(bytes, start);
  return offset === -1 ? ok(start) : err({ kind: 'invalid-utf8', path: [], offset });
}
