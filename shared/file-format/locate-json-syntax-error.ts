/** The first syntax error of a text that is not JSON: where, what the grammar expected, what is there. */
export interface JsonSyntaxError {
  readonly offset: number;
  readonly expected: string;
  readonly found: string;
}

class SyntaxStop {
  constructor(readonly error: JsonSyntaxError) {}
}

const WORD = /[A-Za-z0-9_$.+-]/;
const ESCAPES = '"\\/bfnrtu';
/** Deeper than the file format allows (scanNesting refuses those first); a guard, not a rule. */
const MAX_RECURSION = 64;

/**
 * Finds the first syntax error in `text` by the JSON grammar (RFC 8259), so that an invalid file is
 * reported with a line and column on every JavaScript engine (their own messages differ and often
 * have no position). Returns undefined when the text is JSON.
 */
export function locateJsonSyntaxError(text: string): JsonSyntaxError | undefined {
  let i = 0;

  function found(): string {
    if (i >= text.length) return 'the end of the file';
    const char = text[i]!;
    if (char === '\n' || char === '\r') return 'the end of the line';
    // A misplaced string shows as itself ("seed"), shortened; other tokens are quoted.
    if (char === '"') {
      const close = text.indexOf('"', i + 1);
      const raw = close === -1 ? text.slice(i, i + 24) : text.slice(i, close + 1);
      return close !== -1 && raw.length <= 24 && !/[\n\r]/.test(raw)
        ? raw
        : `${raw.split(/[\n\r]/)[0]!.slice(0, 12)}…`;
    }
    let end = i;
    while (end < text.length && end - i < 20 && WORD.test(text[end]!)) end++;
    return JSON.stringify(end > i + 1 ? text.slice(i, end) : char);
  }
  function fail(expected: string): never {
    throw new SyntaxStop({ offset: i, expected, found: found() });
  }
  function skipWhitespace(): void {
    while (i < text.length && ' \t\n\r'.includes(text[i]!)) i++;
  }
  function expectChar(char: string, expected: string): void {
    skipWhitespace();
    if (text[i] !== char) fail(expected);
    i++;
  }
  function digits(): void {
    if (!/[0-9]/.test(text[i] ?? '')) fail('a digit');
    while (/[0-9]/.test(text[i] ?? '')) i++;
  }
  function number(): void {
    if (text[i] === '-') i++;
    if (text[i] === '0') i++;
    else digits();
    if (text[i] === '.') {
      i++;
      digits();
    }
    if (text[i] === 'e' || text[i] === 'E') {
      i++;
      if (text[i] === '+' || text[i] === '-') i++;
      digits();
    }
  }
  function string(): void {
    i++;
    for (;;) {
      if (i >= text.length) fail('a closing double quote');
      const code = text.charCodeAt(i);
      if (code === 0x22) {
        i++;
        return;
      }
      if (code < 0x20) fail('a closing double quote (control characters must be escaped)');
      if (code === 0x5c) {
        i++;
        if (!ESCAPES.includes(text[i] ?? '!')) fail('an escape sequence such as \\n or \\"');
        if (text[i] === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 1, i + 5))) fail('four hexadecimal digits after \\u');
          i += 4;
        }
      }
      i++;
    }
  }
  function members(close: '}' | ']', depth: number): void {
    i++;
    skipWhitespace();
    if (text[i] === close) {
      i++;
      return;
    }
    for (;;) {
      if (close === '}') {
        skipWhitespace();
        if (text[i] !== '"') fail('a property name in double quotes');
        string();
        expectChar(':', '":"');
      }
      value(depth + 1);
      skipWhitespace();
      if (text[i] === ',') i++;
      else if (text[i] === close) {
        i++;
        return;
      } else fail(`"," or "${close}"`);
    }
  }
  function value(depth: number): void {
    if (depth > MAX_RECURSION) fail('less nesting');
    skipWhitespace();
    const char = text[i];
    if (char === '{' || char === '[') members(char === '{' ? '}' : ']', depth);
    else if (char === '"') string();
    else if (char === '-' || (char !== undefined && char >= '0' && char <= '9')) number();
    else {
      const literal = ['true', 'false', 'null'].find((word) => text.startsWith(word, i));
      if (literal === undefined) fail('a value');
      i += literal.length;
    }
  }

  try {
    value(0);
    skipWhitespace();
    if (i < text.length) fail('the end of the file');
    return undefined;
  } catch (stop) {
    if (stop instanceof SyntaxStop) return stop.error;
    throw stop;
  }
}
