/**
 * ECharts options for the comparison's charts, shared by the compare view and the HTML report so both
 * draw the same charts. Pure: ECharts is imported for its types only.
 */
export type { ChartChrome, ChartTheme, LineDash } from './chart-theme';
export { PRESENTATION_THEME, STANDARD_THEME, chartTheme, scenarioStyle } from './chart-theme';
export type { ChartLanguage, ChartMessageKey } from './chart-messages';
export { CHART_MESSAGES } from './chart-messages';
export type { ChartFormat, ChartMessageParams, ChartText, ChartTranslate } from './chart-text';
export { chartText, interpolate } from './chart-text';
export { BAND_ID_PREFIX } from './chart-parts';
export { escapeHtml } from './escape-html';
export { outputFormats, outputLabel } from './output-label';
export type { SectorMultiplesOptions } from './sector-multiples-option';
export { sectorMultiplesHeight, sectorMultiplesOption } from './sector-multiples-option';
export { aggregateOption } from './aggregate-option';
export { chokepointsOption } from './chokepoints-option';
export { costsOption, costsTitle } from './costs-option';
export { waterfallOption } from './waterfall-option';
