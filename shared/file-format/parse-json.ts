import type { Result } from '../result';
import { err, ok } from '../result';
import type { FileFormatError } from './file-format-error';
import { locateJsonSyntaxError } from './locate-json-syntax-error';
import { textPosition } from './text-position';

const BYTE_ORDER_MARK = 0xfeff;

/**
 * JSON.parse, as a Result. A leading byte-order mark (which some Windows editors write) is ignored; a
 * syntax error is located by line and column.
 */
export function parseJson(text: string): Result<unknown, FileFormatError> {
  const body = text.charCodeAt(0) === BYTE_ORDER_MARK ? text.slice(1) : text;
  try {
    return ok(JSON.parse(body) as unknown);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    const located = locateJsonSyntaxError(body);
    if (located === undefined) return err({ kind: 'invalid-json', path: [], detail });
    const { line, column } = textPosition(body, located.offset);
    return err({
      kind: 'invalid-json',
      path: [],
      line,
      column,
      expected: located.expected,
      found: located.found,
      detail,
    });
  }
}
