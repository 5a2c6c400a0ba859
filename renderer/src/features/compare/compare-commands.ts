/**
 * The compare view's answer to the native menu's File → Export report (PDF), registered while the
 * view is shown (the menu's handler asks it first on the compare route).
 */
let pdfHandler: (() => void) | null = null;

export function setComparePdfHandler(handler: (() => void) | null): void {
  pdfHandler = handler;
}

/** Exports the comparison on screen as PDF; false when no comparison is there to export. */
export function exportComparisonPdf(): boolean {
  if (!pdfHandler) return false;
  pdfHandler();
  return true;
}
