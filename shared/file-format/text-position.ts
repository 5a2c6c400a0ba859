/** A 1-based line and column in a text, as editors show them. */
export interface TextPosition {
  readonly line: number;
  readonly column: number;
}

/** The line and column of the character at `offset` (lines end at "\n"; columns count UTF-16 units). */
export function textPosition(text: string, offset: number): TextPosition {
  const end = Math.max(0, Math.min(offset, text.length));
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < end; i = text.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { line, column: end - lineStart + 1 };
}
