/**
 * Text widths estimated without a font: charts are laid out in pure code (shared/), before any canvas
 * or browser has measured a glyph. The estimate errs wide, after DejaVu Sans (the widest of the fonts
 * the charts name that Linux machines fall back to): a layout made with it leaves room for the real
 * text; where the real text runs narrower there is only a little more white space.
 */

/** Ems per character class. */
const EMS = {
  /** CJK ideographs, kana, hangul, full-width forms and CJK punctuation: square. */
  wide: 1,
  broad: 0.96,
  upper: 0.74,
  digit: 0.64,
  lower: 0.62,
  narrow: 0.36,
  other: 0.72,
} as const;

const WIDE =
  /[\u1100-\u115f\u2e80-\u303f\u3040-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/;
const BROAD = /[mwMW@%]/;
const NARROW = /[ ilIjtfr.,:;!|'`()[\]{}/\\-]/;

function ems(char: string): number {
  if (WIDE.test(char)) return EMS.wide;
  if (BROAD.test(char)) return EMS.broad;
  if (NARROW.test(char)) return EMS.narrow;
  if (/[A-Z]/.test(char)) return EMS.upper;
  if (/[0-9]/.test(char)) return EMS.digit;
  if (/[a-z]/.test(char)) return EMS.lower;
  return char.codePointAt(0)! > 0x2e7f ? EMS.wide : EMS.other;
}

/** The estimated width of `text` in pixels at `fontSize` (one line). */
export function textWidth(text: string, fontSize: number): number {
  let width = 0;
  for (const char of text) width += ems(char);
  return width * fontSize;
}

/**
 * `text` cut with an ellipsis to fit about `width` pixels of text (summed over the lines it wraps to),
 * or `text` itself when it fits.
 */
export function ellipsise(text: string, width: number, fontSize: number): string {
  if (textWidth(text, fontSize) <= width) return text;
  let kept = '';
  for (const char of text) {
    if (textWidth(`${kept}${char}…`, fontSize) > width) break;
    kept += char;
  }
  return `${kept.trimEnd()}…`;
}

/**
 * A text measurer for ECharts where no canvas measures (server-side rendering on the command line):
 * `textWidth` at the CSS font's pixel size. ECharts' own fallback assumes narrow Latin glyphs, so its
 * ellipses and line breaks came out too late for the fonts the SVG is then shown in.
 */
export function measureTextForLayout(text: string, font: string | undefined): { width: number } {
  const size = /(\d+(?:\.\d+)?)px/.exec(font ?? '');
  return { width: textWidth(text, size ? Number(size[1]) : 12) };
}

/** Where a line may break: after a space, or before or after a CJK character (which has no spaces). */
const BREAKS = /(\s+|[\u2e80-\u303f\u3040-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60])/u;

/**
 * `text` broken into lines of at most `width` pixels (estimated wide, `textWidth`) at spaces and
 * between CJK characters, a word longer than a line cut where it reaches the edge. No line starts or
 * ends with a space: ECharts' own breaking (`overflow: 'break'`) starts a line with the space at which
 * it broke, which indents every line after the first by a space. Given ECharts the lines joined with
 * "\n", it breaks nothing more, since the estimate errs wide.
 */
export function wrapWords(text: string, width: number, fontSize: number): string[] {
  const room = Math.max(fontSize, width);
  const lines: string[] = [];
  let line = '';
  const push = () => {
    if (line.trim()) lines.push(line.trim());
    line = '';
  };
  for (const piece of text.split(BREAKS)) {
    if (!piece) continue;
    if (/^\s+$/.test(piece)) {
      if (line) line += ' ';
      continue;
    }
    if (textWidth(`${line}${piece}`.trim(), fontSize) <= room) {
      line += piece;
      continue;
    }
    push();
    // A word wider than a whole line: cut where it reaches the edge.
    for (const char of piece) {
      if (line && textWidth(`${line}${char}`, fontSize) > room) push();
      line += char;
    }
  }
  push();
  return lines.length ? lines : [''];
}
