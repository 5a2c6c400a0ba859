import type { Result } from '../result';
import { err, ok } from '../result';
import { MAX_DEPTH } from './constants';
import type { FileFormatError } from './file-format-error';
import { textPosition } from './text-position';

type Frame = { kind: 'object'; key: string | undefined; expectKey: boolean } | { kind: 'array'; index: number };

const QUOTE = 0x22;
const BACKSLASH = 0x5c;

/** The key a frame is at, for the path of what is nested inside it. */
function segment(frame: Frame): string | number {
  return frame.kind === 'array' ? frame.index : (frame.key ?? '');
}

/** Longest key kept in an error path: a hostile key can be megabytes long. */
const MAX_KEY_LENGTH = 100;

function decodeKey(raw: string): string {
  if (raw.length > MAX_KEY_LENGTH + 2) return `${raw.slice(1, MAX_KEY_LENGTH + 1)}…`;
  try {
    const key: unknown = JSON.parse(raw);
    return typeof key === 'string' ? key : raw;
  } catch {
    return raw;
  }
}

/** The end of the string literal opening at `start` (the index of its closing quote, or the text's end). */
function stringEnd(text: string, start: number): number {
  let i = start + 1;
  while (i < text.length) {
    const code = text.charCodeAt(i);
    if (code === BACKSLASH) i += 2;
    else if (code === QUOTE) return i;
    else i++;
  }
  return text.length;
}

/**
 * Refuses nesting deeper than `limit` by reading the text itself, before JSON.parse: a deeply nested
 * file must not get as far as a recursive walk of its value. The scan tracks keys and indices so that
 * the error says where; on malformed text it only has to be harmless (JSON.parse reports the syntax).
 */
export function scanNesting(text: string, limit: number = MAX_DEPTH): Result<string, FileFormatError> {
  const stack: Frame[] = [];
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    const top = stack[stack.length - 1];
    if (char === '"') {
      const end = stringEnd(text, i);
      if (top?.kind === 'object' && top.expectKey) {
        top.key = decodeKey(text.slice(i, end + 1));
        top.expectKey = false;
      }
      i = end;
    } else if (char === '{' || char === '[') {
      if (stack.length + 1 > limit) {
        const { line, column } = textPosition(text, i);
        return err({ kind: 'too-deep', path: stack.map(segment), limit, line, column });
      }
      stack.push(char === '{' ? { kind: 'object', key: undefined, expectKey: true } : { kind: 'array', index: 0 });
    } else if (char === '}' || char === ']') {
      stack.pop();
    } else if (char === ',' && top) {
      if (top.kind === 'array') top.index++;
      else top.expectKey = true;
    }
  }
  return ok(text);
}
