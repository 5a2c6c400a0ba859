import { escapeHtml } from '../charts/escape-html';

/** Markup that is already safe: built by `html` or explicitly trusted with `trusted`. */
export class SafeHtml {
  constructor(readonly markup: string) {}
  toString(): string {
    return this.markup;
  }
}

function render(value: unknown): string {
  if (value instanceof SafeHtml) return value.markup;
  if (Array.isArray(value)) return value.map(render).join('');
  if (value === null || value === undefined || value === false) return '';
  return escapeHtml(String(value));
}

/**
 * HTML from a template in which every interpolated value is escaped, unless it is `SafeHtml` (nested
 * `html` or `trusted`). Scenario names, authors and descriptions are user input: escaping by default
 * means a forgotten call cannot let `<script>` through.
 */
export function html(strings: TemplateStringsArray, ...values: unknown[]): SafeHtml {
  let out = strings[0]!;
  values.forEach((value, i) => {
    out += render(value) + strings[i + 1]!;
  });
  return new SafeHtml(out);
}

/** Markup the report itself produced (the SVG charts, after `svgForHtml`), inserted unescaped. */
export function trusted(markup: string): SafeHtml {
  return new SafeHtml(markup);
}
