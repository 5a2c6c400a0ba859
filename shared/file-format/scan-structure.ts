import type { JsonPath } from '../domain/scenario-issue';
import { INPUT_IDS } from '../domain/inputs';
import type { FileFormatError } from './file-format-error';
import type { FileLimits } from './limits';
import { FILE_LIMITS } from './limits';
import { textPosition } from './text-position';

type ObjectFrame = { kind: 'object'; key: string | undefined; expectKey: boolean; keys: Set<string> };
type ArrayFrame = { kind: 'array'; index: number; limit: number };
type Frame = ObjectFrame | ArrayFrame;

/**
 * What the text scan found: a limit passed (the scan stops there: nesting, items, keys, lengths), and
 * (if the text turns out to be JSON) a key given twice.
 */
export interface StructureScan {
  readonly refused?: FileFormatError;
  readonly duplicateKey?: FileFormatError;
}

export type StructureLimits = Pick<
  FileLimits,
  'depth' | 'arrayItems' | 'schedulePoints' | 'objectKeys' | 'keyLength' | 'stringLength'
>;

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const OPEN_OBJECT = 0x7b;
const CLOSE_OBJECT = 0x7d;
const OPEN_ARRAY = 0x5b;
const CLOSE_ARRAY = 0x5d;
const COMMA = 0x2c;
/** Longest key kept in an error path: a hostile key can be megabytes long. */
const MAX_PATH_KEY_LENGTH = 100;

const SCHEDULE_KEYS: ReadonlySet<string> = new Set(INPUT_IDS);

function segment(frame: Frame): string | number {
  const key = frame.kind === 'array' ? frame.index : (frame.key ?? '');
  return typeof key === 'string' && key.length > MAX_PATH_KEY_LENGTH
    ? `${key.slice(0, MAX_PATH_KEY_LENGTH)}…`
    : key;
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

const keyOf = (frame: Frame | undefined): string | undefined =>
  frame?.kind === 'object' ? frame.key : undefined;

/**
 * The most items the array about to open may hold: a schedule
 * (`$.scenarios[i].sectors.S.levers.L` or `….restriction`) has its own limit, any other array the
 * general one (scenarios and tags have smaller limits too, which the schema reports with the count).
 */
function arrayLimit(stack: readonly Frame[], limits: StructureLimits): number {
  const inSector = stack.length >= 5 && keyOf(stack[0]) === 'scenarios' && keyOf(stack[2]) === 'sectors';
  const lever = stack.length === 6 && keyOf(stack[4]) === 'levers' && SCHEDULE_KEYS.has(keyOf(stack[5])!);
  const restriction = stack.length === 5 && keyOf(stack[4]) === 'restriction';
  return inSector && (lever || restriction) ? limits.schedulePoints : limits.arrayItems;
}

/**
 * Reads the structure of the text itself, before JSON.parse, in one pass that stops at the first limit
 * passed: a file too deep, too wide or too long in one place never gets as far as building its value
 * (JSON.parse of ten million zeros costs seconds and gigabytes downstream). A key given twice in one
 * object, which JSON.parse silently resolves to the last, must not hide a value from the reader. Keys and
 * indices are tracked so that errors say where. On malformed text the scan only has to be harmless:
 * JSON.parse reports the syntax (so a duplicate key is reported only once the text is known to be JSON).
 */
export function scanStructure(text: string, limits: StructureLimits = FILE_LIMITS): StructureScan {
  const stack: Frame[] = [];
  const path = (depth = stack.length): JsonPath => stack.slice(0, depth).map(segment);
  const over = (
    kind: 'too-many-items' | 'too-many-keys' | 'key-too-long' | 'string-too-long',
    at: number,
    where: JsonPath,
    limit: number,
  ): StructureScan => ({ refused: { kind, path: where, limit, ...textPosition(text, at) } });
  let duplicateKey: FileFormatError | undefined;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const top = stack[stack.length - 1];
    if (code === QUOTE) {
      const end = stringEnd(text, i);
      const length = end - i - 1;
      if (top?.kind === 'object' && top.expectKey) {
        if (length > limits.keyLength) {
          top.key = text.slice(i + 1, Math.min(end, i + 1 + MAX_PATH_KEY_LENGTH + 1));
          return over('key-too-long', i, path(), limits.keyLength);
        }
        const key = decodeKey(text.slice(i, end + 1));
        top.key = key;
        top.expectKey = false;
        if (duplicateKey === undefined && top.keys.has(key)) {
          duplicateKey = { kind: 'duplicate-key', path: path(), key, ...textPosition(text, i) };
        }
        top.keys.add(key);
        if (top.keys.size > limits.objectKeys)
          return over('too-many-keys', i, path(stack.length - 1), limits.objectKeys);
      } else if (length > limits.stringLength) {
        return over('string-too-long', i, path(), limits.stringLength);
      }
      i = end;
    } else if (code === OPEN_OBJECT || code === OPEN_ARRAY) {
      if (stack.length + 1 > limits.depth) {
        return {
          refused: { kind: 'too-deep', path: path(), limit: limits.depth, ...textPosition(text, i) },
        };
      }
      stack.push(
        code === OPEN_OBJECT
          ? { kind: 'object', key: undefined, expectKey: true, keys: new Set() }
          : { kind: 'array', index: 0, limit: arrayLimit(stack, limits) },
      );
    } else if (code === CLOSE_OBJECT || code === CLOSE_ARRAY) {
      stack.pop();
    } else if (code === COMMA && top) {
      if (top.kind === 'array') {
        top.index++;
        if (top.index >= top.limit) return over('too-many-items', i, path(stack.length - 1), top.limit);
      } else top.expectKey = true;
    }
  }
  return duplicateKey === undefined ? {} : { duplicateKey };
}
