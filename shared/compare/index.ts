/** Scenarios side by side: the data behind the compare view and the report (no engine runs but in run-comparison). */
export { MAX_COMPARED } from './compare-types';
export type {
  BandOutputs,
  BandSeries,
  ComparedScenario,
  RunOutputs,
  ScenarioOutcome,
  SeriesWithBand,
} from './compare-types';
export type { CompareError } from './compare-error';
export { describeCompareError } from './compare-error';
export type { Comparable } from './check-comparable';
export { checkComparable } from './check-comparable';
export type { CompareRunOptions } from './run-comparison';
export { comparisonSeed, runAttribution, runComparison } from './run-comparison';
export { comparedScenarios } from './display-names';
export type { ComparedTrajectories, ScenarioTrajectories } from './trajectories';
export { compareTrajectories } from './trajectories';
export type { TargetCell, TargetsRow, TargetsTable } from './targets-table';
export { compareTargets, showsProbability } from './targets-table';
export type { CostComparison, CostKind, CostMeasure, CostSeries, ScenarioCosts } from './cost-comparison';
export { COST_KINDS, COST_MEASURES, compareCosts } from './cost-comparison';
export type { CompareOutput } from './compare-output';
export { outputSeries, outputUnit } from './compare-output';
export type { DisplayedWaterfall, Waterfall, WaterfallBar, WaterfallEnd } from './waterfall';
export { attributionWaterfall, displayedWaterfall } from './waterfall';
export { roundToSum } from './round-to-sum';
export type { AssumptionDiff, GroupedDifference, GroupedInputDifference } from './lever-diff';
export { assumptionDiffs, groupDifferences } from './lever-diff';
export type { ComparisonModel, ComparisonOptions } from './comparison-model';
export { buildComparison } from './comparison-model';
