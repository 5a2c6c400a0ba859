import type { EChartsOption } from 'echarts';
import type { Catalogue } from '../catalogue/types';
import type { ChartLanguage } from '../charts/chart-messages';
import type { ChartMessageParams, ChartText } from '../charts/chart-text';
import { chartText, interpolate } from '../charts/chart-text';
import type { ChartTheme } from '../charts/chart-theme';
import type { ComparisonModel } from '../compare/comparison-model';
import type { Waterfall } from '../compare/waterfall';
import type { Scenario } from '../domain/scenario';
import type { ReportMessageKey } from './report-messages';
import { REPORT_MESSAGES } from './report-messages';

/** Pixel size a chart is laid out at; the SVG then scales to the page. */
export interface ChartSize {
  readonly width: number;
  readonly height: number;
}

/** Renders an ECharts option to an SVG string: ECharts SSR on the command line, passed in so shared/ stays pure. */
export type RenderChart = (option: EChartsOption, size: ChartSize) => string;

/** Everything a report shows, computed beforehand: the report itself runs nothing. */
export interface ReportInput {
  readonly language: ChartLanguage;
  readonly catalogue: Catalogue;
  /** In the order of the model's scenarios. */
  readonly scenarios: readonly Scenario[];
  readonly model: ComparisonModel;
  /** Reference versus each other scenario, for the aggregate at the horizon. */
  readonly waterfalls: readonly Waterfall[];
  /** Whether the charts draw the observed record before the base year (they do unless false). */
  readonly observed?: boolean;
  readonly provenance: {
    readonly appVersion: string;
    readonly modelVersion: number;
    /** ISO 8601. */
    readonly generatedAt: string;
    readonly files: readonly string[];
    /** The comparison's seed (the draws behind its bands are read from the model: what is shown). */
    readonly seed: number;
    /** The largest step any run used, or null when unknown. */
    readonly dt: number | null;
  };
}

export interface ReportContext {
  readonly input: ReportInput;
  readonly text: ChartText;
  readonly m: (key: ReportMessageKey, params?: ChartMessageParams) => string;
  readonly theme: ChartTheme;
  readonly renderChart: RenderChart;
  /** A fresh id prefix per figure (SVG ids must be unique in the page). */
  readonly nextFigureId: () => string;
}

/** The context every section renders with: the report's words, the charts' text, theme and renderer. */
export function reportContext(
  input: ReportInput,
  theme: ChartTheme,
  renderChart: RenderChart,
): ReportContext {
  const messages = REPORT_MESSAGES[input.language];
  let figures = 0;
  return {
    input,
    text: chartText(input.language, { catalogue: input.catalogue }),
    m: (key, params) => interpolate(messages[key], params),
    theme,
    renderChart,
    nextFigureId: () => `chart${++figures}`,
  };
}

/** A chart title as a caption: sentence case in English (titles are lower-case for use inside sentences). */
export function caption(title: string): string {
  return title.charAt(0).toUpperCase() + title.slice(1);
}
