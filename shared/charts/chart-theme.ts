import { BASELINE_IDENTITY, IDENTITY_SLOTS } from './scenario-identity';
import type { LineDash, PaletteScheme } from './scenario-identity';

export type { LineDash, PaletteScheme } from './scenario-identity';

/**
 * Colours and weights of every chart. A scenario's identity slot i takes `series[i]` and `dashes[i]`
 * (scenario-identity.ts): colour and dash both tell scenarios apart, so the charts survive
 * colour-blindness, grey-scale printing and washed-out projectors. `chrome` colours may follow the
 * page's light or dark theme; the scenario colours follow only the scheme (light or dark), never the
 * view, so a scenario looks the same in the editor, Compare, the slides, the exports and the deck.
 */
export interface ChartTheme {
  readonly scheme: PaletteScheme;
  readonly series: readonly string[];
  readonly dashes: readonly LineDash[];
  /** The editor's baseline: a neutral grey, drawn the same way wherever it appears. */
  readonly baseline: string;
  readonly baselineDash: LineDash;
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
  /** Opacity of a filled P10–P90 band (only the reference's, unless every band is asked for). */
  readonly bandOpacity: number;
  /** Opacity of the thin P10 and P90 edges every band has, in its scenario's colour. */
  readonly bandEdgeOpacity: number;
}

/** The chrome colours a page may take from its own light or dark theme. */
export type ChartChrome = Pick<ChartTheme, 'text' | 'muted' | 'grid' | 'axis' | 'background'>;

/**
 * The waterfall's bars that raise the output and that lower it: a teal and a dark red outside the
 * scenario palette (at least ΔE 18 from every identity and the baseline grey), so a bar's colour never
 * reads as a scenario, and apart from each other under protan, deutan and tritan vision. The app, the
 * exports, the report and the deck all take them from here.
 */
export const WATERFALL_COLORS: Readonly<
  Record<PaletteScheme, { readonly rise: string; readonly fall: string }>
> = {
  light: { rise: '#01665E', fall: '#9B2226' },
  dark: { rise: '#35A69B', fall: '#FF6B6B' },
};

/**
 * Fonts that cover Latin and Chinese on Windows, macOS and Linux. Single quotes inside: ECharts' SVG
 * output writes the family into a double-quoted style attribute unescaped.
 */
export const CHART_FONT =
  "system-ui, -apple-system, 'Segoe UI', 'PingFang SC', 'Microsoft YaHei', 'Noto Sans CJK SC', 'Noto Sans SC', 'WenQuanYi Micro Hei', sans-serif";

const palette = (scheme: PaletteScheme) => ({
  scheme,
  series: IDENTITY_SLOTS.map((slot) => slot[scheme]),
  dashes: IDENTITY_SLOTS.map((slot) => slot.dash),
  baseline: BASELINE_IDENTITY[scheme],
  baselineDash: BASELINE_IDENTITY.dash,
});

/** Okabe & Ito's colour-blind-safe hues on white (see scenario-identity.ts). */
export const STANDARD_THEME: ChartTheme = {
  ...palette('light'),
  text: '#1b1f24',
  muted: '#4b5563',
  grid: '#e3e7ec',
  axis: '#6b7280',
  background: '#ffffff',
  increase: WATERFALL_COLORS.light.rise,
  decrease: WATERFALL_COLORS.light.fall,
  total: '#4b5563',
  lineWidth: 2,
  referenceLineWidth: 3,
  fontSize: 12,
  fontFamily: CHART_FONT,
  bandOpacity: 0.14,
  bandEdgeOpacity: 0.75,
};

/** The same hues lightened for a dark background, and denser fills (light ones vanish on dark). */
export const DARK_THEME: ChartTheme = {
  ...STANDARD_THEME,
  ...palette('dark'),
  text: '#e6e9ee',
  muted: '#aab2bd',
  grid: '#262d36',
  axis: '#6b7480',
  background: '#171b21',
  increase: WATERFALL_COLORS.dark.rise,
  decrease: WATERFALL_COLORS.dark.fall,
  total: '#aab2bd',
  bandOpacity: 0.24,
  bandEdgeOpacity: 0.9,
};

/**
 * Presentation mode: the scenarios' own colours (a scenario never changes colour on the slides), with
 * black text, thicker lines and larger type for projectors that wash colours out. Sizes are for a
 * slide laid out at 1920×1080 and scaled to the screen: the smallest chart text (fontSize − 1) is
 * 20 px there, at least 18 px on a 1920×1080 screen after the slide makes room for its controls.
 */
export const PRESENTATION_THEME: ChartTheme = {
  ...STANDARD_THEME,
  text: '#000000',
  muted: '#1f2937',
  grid: '#c7ccd3',
  axis: '#1f2937',
  total: '#1f2937',
  lineWidth: 4,
  referenceLineWidth: 6,
  fontSize: 21,
  bandOpacity: 0.18,
};

/** The standard (light or dark) or presentation theme, with the page's chrome colours where given. */
export function chartTheme(
  mode: 'standard' | 'presentation',
  chrome: Partial<ChartChrome> = {},
  scheme: PaletteScheme = 'light',
): ChartTheme {
  const base = mode === 'presentation' ? PRESENTATION_THEME : scheme === 'dark' ? DARK_THEME : STANDARD_THEME;
  return { ...base, ...chrome };
}

/** The colour and dash of identity slot `index` (more slots than the palette has wrap around). */
export function scenarioStyle(
  theme: ChartTheme,
  index: number,
): { readonly color: string; readonly dash: LineDash } {
  return {
    color: theme.series[index % theme.series.length]!,
    dash: theme.dashes[index % theme.dashes.length]!,
  };
}
