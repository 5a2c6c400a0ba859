/** The self-contained HTML report of a comparison (`chokepoint report`; reusable by the desktop app). */
export type { ChartSize, RenderChart, ReportInput } from './report-context';
export { renderReport } from './render-report';
export { html, SafeHtml, trusted } from './html';
export { svgForHtml } from './svg-for-html';
export { reportContentSecurityPolicy } from './content-security-policy';
export { REPORT_STYLE } from './report-style';
