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
export { outputFormats, outputLabel, outputUnitLabel, unitLabel } from './output-label';
export type { SectorMultiplesOptions } from './sector-multiples-option';
export { sectorMultiplesHeight, sectorMultiplesOption } from './sector-multiples-option';
export { aggregateOption } from './aggregate-option';
export { chokepointsOption } from './chokepoints-option';
export { costsOption, costsTitle } from './costs-option';
export { waterfallOption } from './waterfall-option';
export type { Identity, OfficeDash, PaletteScheme, ViewSlot } from './scenario-identity';
export {
  BASELINE_IDENTITY,
  BASELINE_SLOT,
  IDENTITY_SLOTS,
  SCENARIO_IDENTITIES,
  SCENARIO_SLOT_COUNT,
  identityOfSlot,
  isBaselinePreset,
  leastUsedIdentity,
  ownSlot,
  slotOfIdentity,
  viewSlots,
} from './scenario-identity';
export { CHART_FONT, DARK_THEME, WATERFALL_COLORS } from './chart-theme';
export type { LineScenario } from './chart-parts';
export { lineIdentity } from './chart-parts';
export type {
  ChartLayers,
  ChartSize,
  LatestData,
  LayerRole,
  LayerScenario,
  TrajectoryBand,
  TrajectoryBands,
  TrajectoryRun,
} from './trajectory-layers';
export { aggregateLayers, chokepointLayers } from './economy-layers';
export type { LiveFill, LivePicture, LivePoint, LiveStroke } from './live-picture';
export type { SectorLayout } from './sector-layers';
export { sectorLayers, sectorLayersHeight, sectorPlot } from './sector-layers';
export type { ExportFrame } from './export-frame';
export { EXPORT_INSET, exportFileStem, fileSlug, framedOption } from './export-frame';
export { ellipsise, measureTextForLayout, textWidth, wrapWords } from './text-width';
export type { Provenance } from './provenance';
export {
  chartProvenance,
  comparisonProvenance,
  hasDraws,
  isoDate,
  sourceLine,
  withoutDraws,
} from './provenance';
export { drawsBands } from './draws-bands';
export { BAND_KEY_ID, LEGEND_RESERVE, fitLegend, legendSlots } from './legend-layout';
export { shiftTops } from './shift-tops';
export type { BacktestChartData, BacktestChartOptions } from './backtest-option';
export { backtestChartData, backtestChartHeight, backtestOption, backtestSectors } from './backtest-option';
export type { ObservedHistory, ObservedPanel } from './observed-history-series';
export {
  OBSERVED_ID_PREFIX,
  describeObserved,
  observedPanels,
  withComparisonObserved,
  withObservedHistory,
  withObservedHistoryLayers,
} from './observed-history-series';
