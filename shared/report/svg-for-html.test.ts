import { describe, expect, it } from 'vitest';
import { svgForHtml } from './svg-for-html';

const SVG = `<svg width="400" height="300" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 400 300">
<g clip-path="url(#zr0-c0)"><path d="M0 0" class="zr0-cls-1" ecmeta_series_index="2"></path></g>
<text style="font-size:12px;font-family:system-ui, 'Segoe UI', sans-serif;cursor:pointer;" fill="#111">Label</text>
<defs><clipPath id="zr0-c0"><path d="M0 0"></path></clipPath></defs>
<style ><![CDATA[
.zr0-cls-1:hover { cursor:pointer; }
]]></style>
</svg>`;

describe('svgForHtml', () => {
  const out = svgForHtml(SVG, 'chart3', 'Line chart of "x" & <y>');

  it('drops the style element and turns style attributes into presentation attributes', () => {
    expect(out).not.toMatch(/<style|style="|CDATA|cursor/);
    expect(out).toContain(
      `<text font-size="12px" font-family="system-ui, &#39;Segoe UI&#39;, sans-serif" fill="#111">Label</text>`,
    );
  });

  it('makes ids unique to the figure and keeps references to them working', () => {
    expect(out).toContain('id="chart3-zr0-c0"');
    expect(out).toContain('url(#chart3-zr0-c0)');
    expect(out).not.toMatch(/[^-]zr0-|ecmeta_/);
  });

  it('labels the picture for screen readers with the escaped description', () => {
    expect(
      out.startsWith('<svg role="img" aria-label="Line chart of &#34;x&#34; &#38; &#60;y&#62;" width="400"'),
    ).toBe(true);
  });
});
