import { describe, expect, it } from 'vitest';
import { pdfFooterTemplate } from './pdf-footer';

describe('the PDF report footer', () => {
  it('carries the source line, escaped, and Chromium’s page placeholders', () => {
    const footer = pdfFooterTemplate(
      'Chokepoint Planner 0.1.0, model v2, 500 draws, seed 7, <b>2026-12-03</b> & co',
    );
    expect(footer).toContain(
      'Chokepoint Planner 0.1.0, model v2, 500 draws, seed 7, &#60;b&#62;2026-12-03&#60;/b&#62; &#38; co',
    );
    expect(footer).not.toContain('<b>');
    expect(footer).toContain('<span class="pageNumber"></span> / <span class="totalPages"></span>');
  });
});
