/** Characters that make a spreadsheet read a cell as a formula (OWASP, "CSV Injection"). */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * A CSV field: numbers as written; text that would start a formula (`=`, `+`, `-`, `@`, tab, carriage
 * return) prefixed with a single quote so that Excel and LibreOffice show it as text and run nothing
 * (OWASP's CSV-injection guidance); quoted when it holds a comma, quote or line break (RFC 4180).
 */
export function csvField(value: string | number | null): string {
  if (value === null) return '';
  if (typeof value === 'number') return String(value);
  const text = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(text) || text !== value ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Rows to CSV text with CRLF line ends, as spreadsheet programs expect. */
export function toCsv(rows: readonly (readonly (string | number | null)[])[]): string {
  return rows.map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n';
}

/** The UTF-8 byte-order mark: without it spreadsheet programs misread Chinese text in a CSV file. */
export const UTF8_BOM = '\uFEFF';
