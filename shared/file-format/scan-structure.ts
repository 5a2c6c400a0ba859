import type { JsonPath } from '../domain/scenario-issue';
import { MAX_DEPTH } from './constants';
import type { FileFormatError } from './file-format-error';
import { textPosition } from './text-position';

type Frame =
  | { kind: 'object'; key: string | undefined; expectKey: boolean; keys: Set<string> }
  | { kind: 'array'; index: number };

/** What the text scan found: nesting too deep, and (if the text turns out to be JSON) a key given twice. */
export interface StructureScan {
  readonly tooDeep?: FileFormatError;
  readonly duplicateKey?: FileFormatError;
}

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
/** Longest key kept in an error path: a hostile key can be megabytes long. */
const MAX_KEY_LENGTH = 100;

function segment(frame: Frame): string | number {
  const key = frame.kind === 'array' ? frame.index : (frame.key ?? '');
  return typeof key === 'string' && key.length > MAX_KEY_LENGTH ? `${key.slice(0, MAX_KEY_LENGTH)}…` : key;
}

function decodeKey(raw: string): string {
  if (!raw.includes('\\')) return raw.slice(1, -1);
  try {
    const key: unknown = JSON.parse(raw);
    return typeof key === 'string' ? key : raw;
  } catch {
    return raw;
  }
}

/** The index of the closing quote of the string literal opening at `start` (or the text's end). */
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
 * Reads the structure of the text itself, before JSON.parse: a deeply nested file must not get as far
 * as a recursive walk of its value, and a key given twice in one object, which JSON.parse silently
 * resolves to the last, must not hide a value from the reader. Keys and indices are tracked so that
 * errors say where. On malformed text the scan only has to be harmless: JSON.parse reports the syntax
 * (so a duplicate key is reported only once the text is known to be JSON).
 */
export function scanStructure(text: string, limit: number = MAX_DEPTH): StructureScan {
  const stack: Frame[] = [];
  const path = (): JsonPath => stack.map(segment);
  let duplicateKey: FileFormatError | undefined;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    const top = stack[stack.length - 1];
    if (char === '"') {
      const end = stringEnd(text, i);
      if (top?.kind === 'object' && top.expectKey) {
        const key = decodeKey(text.slice(i, end + 1));
        top.key = key;
        top.expectKey = false;
        if (duplicateKey === undefined && top.keys.has(key)) {
          duplicateKey = { kind: 'duplicate-key', path: path(), key, ...textPosition(text, i) };
        }
        top.keys.add(key);
      }
      i = end;
    } else if (char === '{' || char === '[') {
      if (stack.length + 1 > limit) {
        return { tooDeep: { kind: 'too-deep', path: path(), limit, ...textPosition(text, i) } };
      }
      stack.push(
        char === '{'
          ? { kind: 'object', key: undefined, expectKey: true, keys: new Set() }
          : { kind: 'array', index: 0 },
      );
    } else if (char === '}' || char === ']') {
      stack.pop();
    } else if (char === ',' && top) {
      if (top.kind === 'array') top.index++;
      else top.expectKey = true;
    }
  }
  return duplicateKey === undefined ? {} : { duplicateKey };
}
