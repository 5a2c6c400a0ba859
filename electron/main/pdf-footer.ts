/** Text as HTML: the source line carries scenario-independent text, but never trust it as markup. */
function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}

/**
 * Chromium's print footer for the PDF report: the source line on the left, "page / pages" on the
 * right. Chromium draws it outside the page (no CSP, no page styles), so it carries its own inline
 * style; `pageNumber` and `totalPages` are Chromium's own placeholders.
 */
export function pdfFooterTemplate(source: string): string {
  return (
    '<div style="font: 7.5px sans-serif; color: #555; width: 100%; margin: 0 12mm; ' +
    'display: flex; justify-content: space-between;">' +
    `<span>${escapeHtml(source)}</span>` +
    '<span><span class="pageNumber"></span> / <span class="totalPages"></span></span></div>'
  );
}
