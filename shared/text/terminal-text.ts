/**
 * Characters that a terminal acts on instead of showing: C0 controls (line feed, tab, escape …), DEL,
 * C1 controls (U+009B starts an escape sequence like ESC [), the line and paragraph separators, and the
 * bidirectional overrides and isolates that reorder what follows them.
 */
const ACTED_ON =
  // eslint-disable-next-line no-control-regex -- the control characters are what it finds
  /[\u0000-\u001F\u007F-\u009F\u2028\u2029\u202A-\u202E\u2066-\u2069]/g;

const NAMED: Readonly<Record<string, string>> = { '\n': '\\n', '\t': '\\t', '\r': '\\r' };

function visible(character: string): string {
  const named = NAMED[character];
  if (named !== undefined) return named;
  const code = character.charCodeAt(0);
  return code < 0x100
    ? `\\x${code.toString(16).padStart(2, '0')}`
    : `\\u${code.toString(16).padStart(4, '0')}`;
}

/**
 * `text` as a terminal should print it when it comes from a file or a library (a scenario name, a tag):
 * every character a terminal would act on is written visibly (`\n`, `\t`, `\x1b`, `\u202e`), so a name
 * can neither forge a row of a table nor send the terminal an escape sequence.
 */
export function terminalSafeText(text: string): string {
  return text.replace(ACTED_ON, visible);
}
