import { CHART_FONT } from '../charts/chart-theme';
import { IDENTITY_SLOTS } from '../charts/scenario-identity';

/**
 * The report's one stylesheet: readable on screen, printable on A4 and Letter (sections flow on from
 * one another; a figure or a table row is never split, long tables repeat their header; a heading is
 * kept in one block (`.keep`) with its introduction and the first figure or table, since Chromium
 * honours break-inside on a block but not break-after on a heading; the appendix is never split), system fonts that
 * cover Chinese on Windows, macOS and Linux (no remote fonts: the report must open offline). Charts
 * scale to the page width, inside the margins.
 */
export const REPORT_STYLE = `
:root { color-scheme: light; }
* { box-sizing: border-box; }
body { margin: 0 auto; max-width: 1000px; padding: 32px 40px; color: #1b1f24; background: #fff;
  font: 15px/1.5 ${CHART_FONT}; }
h1 { font-size: 30px; margin: 0 0 4px; }
h2 { font-size: 22px; margin: 40px 0 8px; border-bottom: 2px solid #1b1f24; padding-bottom: 4px; break-after: avoid; }
h3 { font-size: 17px; margin: 24px 0 8px; break-after: avoid; }
h1, h2, h3, figcaption { overflow-wrap: anywhere; }
p, li { max-width: 75ch; }
.subtitle { font-size: 18px; color: #4b5563; margin: 0 0 24px; }
.muted { color: #4b5563; }
.scenario-list { list-style: none; padding: 0; }
.scenario-list li { margin: 0 0 16px; padding-left: 14px; border-left: 6px solid #9ca3af; }
${IDENTITY_SLOTS.map((slot, i) => `.scenario-list li.color-${i} { border-color: ${slot.light}; }`).join('\n')}
.scenario-name { font-weight: 600; font-size: 17px; }
.badge { font-size: 12px; border: 1px solid #1b1f24; border-radius: 3px; padding: 0 4px; margin-left: 6px; vertical-align: 2px; }
.description { white-space: pre-wrap; }
table { border-collapse: collapse; margin: 8px 0 16px; font-variant-numeric: tabular-nums; max-width: 100%; }
tr { break-inside: avoid; }
th, td { overflow-wrap: break-word; }
th, td { border-bottom: 1px solid #d1d5db; padding: 4px 10px; text-align: left; vertical-align: top; }
thead th { border-bottom: 2px solid #1b1f24; }
td.number, th.number { text-align: right; }
#targets-table { font-size: 14px; }
#targets-table tbody th { min-width: 7em; }
#targets-table thead tr + tr th { white-space: nowrap; }
#targets-table .probability { display: block; color: #4b5563; font-size: 12px; }
tfoot td, tfoot th { border-top: 2px solid #1b1f24; font-weight: 600; }
figure { margin: 16px 0 24px; break-inside: avoid; max-width: 100%; }
.keep, .appendix { break-inside: avoid; }
figure svg { display: block; width: 100%; max-width: 100%; height: auto; }
figcaption { font-weight: 600; margin-bottom: 6px; }
details { font-size: 13px; color: #4b5563; }
code { font-family: ui-monospace, 'SFMono-Regular', Consolas, monospace; font-size: 13px; word-break: break-all; }
dl { display: grid; grid-template-columns: max-content 1fr; gap: 4px 16px; }
dt { font-weight: 600; }
dd { margin: 0; }
@page { margin: 16mm 16mm 20mm; }
@page { @bottom-right { content: counter(page) " / " counter(pages); font: 9pt ${CHART_FONT}; color: #4b5563; } }
@media print {
  body { padding: 0; max-width: none; }
  details { display: none; }
}
`;

/** A CSS string literal: quotes, backslashes, line breaks and '<' escaped (the sheet sits in a <style> element). */
function cssString(text: string): string {
  return `"${text.replace(/[\\"<\n\r]/g, (c) => `\\${c.charCodeAt(0).toString(16)} `)}"`;
}

/** The stylesheet with the source line at the foot of every printed page, beside the page number. */
export function reportStyle(source: string): string {
  return `${REPORT_STYLE}@page { @bottom-left { content: ${cssString(source)}; font: 9pt ${CHART_FONT}; color: #4b5563; } }\n`;
}
