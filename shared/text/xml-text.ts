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

/**
 * `value` with every string in it (in arrays and plain objects, at any depth) made XML-safe: for the
 * arguments of a library that writes XML (pptxgenjs), so no text reaches it unsanitised, whichever
 * option carries it. Other values are kept as they are; objects are copied, never changed.
 */
export function xmlSafeDeep<T>(value: T): T {
  if (typeof value === 'string') return xmlSafeText(value) as T;
  if (Array.isArray(value)) return value.map((item: unknown) => xmlSafeDeep(item)) as T;
  if (typeof value === 'object' && value !== null && Object.getPrototypeOf(value) === Object.prototype) {
    return Object.fromEntries(
      Object.entries(value as Record<string, unknown>).map(([key, item]) => [key, xmlSafeDeep(item)]),
    ) as T;
  }
  return value;
}
