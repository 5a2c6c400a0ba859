/** A line's dash: ECharts' named styles or a dash array. */
export type LineDash = 'solid' | 'dashed' | 'dotted' | number[];

/**
 * Colours and weights of every chart. Scenario i takes `series[i]` and `dashes[i]`: colour and dash
 * both tell scenarios apart, so the charts survive colour-blindness, grey-scale printing and washed-out
 * projectors. `chrome` colours may follow the page's light or dark theme.
 */
export interface ChartTheme {
  readonly series: readonly string[];
  readonly dashes: readonly LineDash[];
  readonly text: string;
  readonly muted: string;
  readonly grid: string;
  readonly axis: string;
  readonly background: string;
  /** Waterfall bars: contributions that raise the output, lower it, and the two scenarios' totals. */
  readonly increase: string;
  readonly decrease: string;
  readonly total: string;
  readonly lineWidth: number;
  readonly referenceLineWidth: number;
  readonly fontSize: number;
  readonly fontFamily: string;
  readonly bandOpacity: number;
}

/** The chrome colours a page may take from its own light or dark theme. */
export type ChartChrome = Pick<ChartTheme, 'text' | 'muted' | 'grid' | 'axis' | 'background'>;

// Single quotes inside: ECharts' SVG output writes the family into a double-quoted style attribute unescaped.
const FONT =
  "system-ui, -apple-system, 'Segoe UI', 'PingFang SC', 'Microsoft YaHei', 'Noto Sans CJK SC', sans-serif";
const DASHES: readonly LineDash[] = ['solid', 'dashed', 'dotted', [10, 4, 2, 4]];

/**
 * Okabe & Ito's colour-blind-safe palette (blue, vermillion, bluish green, reddish purple): every
 * colour at least 3:1 against white, pairs distinct under simulated protan, deutan and tritan vision.
 */
export const STANDARD_THEME: ChartTheme = {
  series: ['#0072B2', '#D55E00', '#009E73', '#CC79A7'],
  dashes: DASHES,
  text: '#1b1f24',
  muted: '#4b5563',
  grid: '#e3e7ec',
  axis: '#6b7280',
  background: '#ffffff',
  increase: '#0072B2',
  decrease: '#D55E00',
  total: '#4b5563',
  lineWidth: 2,
  referenceLineWidth: 2.75,
  fontSize: 12,
  fontFamily: FONT,
  bandOpacity: 0.16,
};

/**
 * Presentation mode: the same hues darkened to at least 5:1 against white (black for the fourth),
 * thicker lines, larger text and denser bands, for projectors that wash colours out.
 */
export const PRESENTATION_THEME: ChartTheme = {
  ...STANDARD_THEME,
  series: ['#0057A0', '#BF4000', '#007A5E', '#000000'],
  text: '#000000',
  muted: '#1f2937',
  grid: '#c7ccd3',
  axis: '#1f2937',
  increase: '#0057A0',
  decrease: '#BF4000',
  total: '#1f2937',
  lineWidth: 3,
  referenceLineWidth: 4,
  fontSize: 15,
  bandOpacity: 0.24,
};

/** The standard or presentation theme, with the page's chrome colours where given. */
export function chartTheme(mode: 'standard' | 'presentation', chrome: Partial<ChartChrome> = {}): ChartTheme {
  return { ...(mode === 'presentation' ? PRESENTATION_THEME : STANDARD_THEME), ...chrome };
}

/** The colour and dash of the scenario at `index` (palettes have four; more wrap around). */
export function scenarioStyle(
  theme: ChartTheme,
  index: number,
): { readonly color: string; readonly dash: LineDash } {
  return {
    color: theme.series[index % theme.series.length]!,
    dash: theme.dashes[index % theme.dashes.length]!,
  };
}
