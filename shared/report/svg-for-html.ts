import { escapeHtml } from '../charts/escape-html';

// Style properties ECharts writes that SVG also accepts as presentation attributes.
const PRESENTATION = new Set([
  'font-size',
  'font-family',
  'font-weight',
  'font-style',
  'fill',
  'stroke',
  'opacity',
]);

function styleToAttributes(style: string): string {
  return style
    .split(';')
    .map((declaration) => declaration.trim())
    .filter(Boolean)
    .flatMap((declaration) => {
      const colon = declaration.indexOf(':');
      const name = declaration.slice(0, colon).trim();
      const value = declaration.slice(colon + 1).trim();
      return colon > 0 && PRESENTATION.has(name) ? [`${name}="${escapeHtml(value)}"`] : [];
    })
    .join(' ');
}

/**
 * An ECharts SSR SVG made fit for a page with a strict content security policy and other SVGs:
 * - its `<style>` (hover effects, useless on paper) is dropped and `style="…"` attributes become
 *   presentation attributes, so the page needs neither inline styles nor `'unsafe-inline'`;
 * - ids get `prefix`, since every chart rendered by a fresh instance names its clip paths `zr0-c0` …,
 *   and in one document the first definition of an id would clip every chart;
 * - it is labelled for screen readers with the chart's description (ECharts sets `aria-label` on a
 *   DOM container, which server-side rendering does not have).
 */
export function svgForHtml(svg: string, prefix: string, description: string): string {
  return svg
    .replace(/<style[^>]*>[\s\S]*?<\/style>/g, '')
    .replace(/ style="([^"]*)"/g, (_, style: string) => {
      const attributes = styleToAttributes(style);
      return attributes ? ` ${attributes}` : '';
    })
    .replace(/ ecmeta_[a-z_]+="[^"]*"/g, '')
    .replace(/\bzr(\d+)-/g, `${prefix}-zr$1-`)
    .replace(/^<svg /, `<svg role="img" aria-label="${escapeHtml(description)}" `);
}
