/**
 * Characters XML 1.0 does not allow anywhere in a document, even escaped: C0 controls other than tab, line
 * feed and carriage return, U+FFFE, U+FFFF and surrogates that are not half of a pair. A scenario name may
 * hold any of them (JSON allows all), and one of them in a slide, a chart part or an embedded workbook makes
 * PowerPoint refuse the whole file.
 */
const NOT_XML_CHARACTER =
  // eslint-disable-next-line no-control-regex -- the control characters are what it finds
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** The replacement character, so the reader sees that something was there. */
const REPLACEMENT = '\uFFFD';

/**
 * `text` with every character XML 1.0 forbids replaced by U+FFFD. The one rule for every XML writer (deck
 * slides, chart parts, embedded workbooks, SVG): escaping `<` or `&` is the writer's own job, this only
 * removes what no escaping can carry.
 */
export function xmlSafeText(text: string): string {
  return text.replace(NOT_XML_CHARACTER, REPLACEMENT);
}
