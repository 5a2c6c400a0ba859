/**
 * Text made safe for HTML content and double-quoted attributes: `&`, `<`, `>`, `"` and `'` as numeric
 * references. Scenario names are user input and reach tooltips (HTML) and the report.
 */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
