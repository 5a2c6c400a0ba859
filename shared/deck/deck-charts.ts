import type { ChartText } from '../charts/chart-text';
import { STANDARD_THEME, WATERFALL_COLORS } from '../charts/chart-theme';
import { BASELINE_IDENTITY, IDENTITY_SLOTS } from '../charts/scenario-identity';
import type { OfficeDash } from '../charts/scenario-identity';
import type { ComparedScenario, SeriesWithBand } from '../compare/compare-types';
import type { CostComparison, CostKind } from '../compare/cost-comparison';
import type { Waterfall } from '../compare/waterfall';
import { displayedWaterfall } from '../compare/waterfall';
import { ellipsise } from '../charts/text-width';
import { xmlSafeText } from '../text/xml-text';

/** One series of a native chart: its name (shown in the legend), category labels and values. */
export interface DeckSeries {
  readonly name: string;
  readonly labels: string[];
  /** null: no value that year (a scenario before the base year, a year nothing was observed). */
  readonly values: (number | null)[];
}

/** A group of series drawn alike (one `<c:lineChart>` or `<c:barChart>` of a combo chart). */
export interface DeckSeriesGroup {
  readonly type: 'line' | 'bar';
  readonly series: DeckSeries[];
  /** Hex colours without '#', one per series ('transparent' for an invisible bar). */
  readonly colors: string[];
  readonly dash: OfficeDash | 'sysDash';
  /** Line width in points (lines only); 0 draws no line. */
  readonly width: number;
  /** Points drawn as circles of this size in points (the observed record); none otherwise. */
  readonly marker?: number;
}

/** A native chart: its groups, the value axis, and what its legend and labels show. */
export interface DeckChart {
  readonly groups: DeckSeriesGroup[];
  readonly min?: number;
  readonly max?: number;
  /** Excel number format of the value axis ('0%', '0', '0.0'). */
  readonly format: string;
  /** Stacked bars (the waterfall). */
  readonly stacked?: boolean;
  /**
   * Series (numbered over all groups, in order) drawn without a legend entry: the P10 and P90 edges,
   * the waterfall's invisible base. The legend names the scenarios and nothing else.
   */
  readonly helpers: readonly number[];
  /** Whether the chart has a legend at all (a slide shows one legend, however many charts it has). */
  readonly legend: boolean;
  /** Value labels on the bars, by series number: the Excel format each is written in. */
  readonly labels?: Readonly<Record<number, string>>;
  /** Labels with text of their own above one series' points (the waterfall's signed contributions). */
  readonly pointLabels?: { readonly series: number; readonly texts: readonly string[] };
  /** Label every n-th category (years: every fifth), never rotated. */
  readonly labelEvery?: number;
  /** Categories are names that wrap within their category (the waterfall's), not years on one line. */
  readonly wrapCategories?: boolean;
  /** No category labels (a chart of one category, named by its title). */
  readonly hideCategories?: boolean;
}

const hex = (color: string) => color.replace('#', '').toUpperCase();

/** The observed record's neutral grey: the charts' muted colour, outside the scenarios' palette. */
const OBSERVED_COLOR = hex(STANDARD_THEME.muted);

/** The scenario's identity colour (light) and Office dash, as every other view draws it. */
export function deckIdentity(scenario: Pick<ComparedScenario, 'colorIndex'>): {
  color: string;
  dash: OfficeDash;
} {
  const slot = IDENTITY_SLOTS[scenario.colorIndex % IDENTITY_SLOTS.length]!;
  return { color: hex(slot.light), dash: slot.office };
}

/** A scenario as a legend names it: the reference marked, characters XML cannot carry replaced. */
export function deckScenarioName(scenario: Pick<ComparedScenario, 'label' | 'reference'>, text: ChartText) {
  return xmlSafeText(scenario.reference ? text.t('reference', { name: scenario.label }) : scenario.label);
}

/** Years between category labels on a line chart. */
const LABEL_EVERY = 5;
/** The observed record reaches at most this many years before the base year (as on the page). */
const MAX_YEARS_BACK = 10;

/**
 * The years a line chart shows before the base year for its observations: from the earliest (at most
 * ten years back), started earlier where needed so the years labelled are those labelled without it.
 */
function historyYears(baseYear: number, observed: readonly { readonly year: number }[]): number[] {
  const first = Math.min(...observed.map((point) => point.year));
  if (!Number.isFinite(first) || first >= baseYear) return [];
  const back = Math.ceil(Math.min(baseYear - first, MAX_YEARS_BACK) / LABEL_EVERY) * LABEL_EVERY;
  return Array.from({ length: back }, (_, i) => baseYear - back + i);
}

/**
 * A line chart of every scenario over the years: each scenario its own group (its own colour and
 * dash, heavier for the reference), then the P10 and P90 edges as their own thin dotted series, which
 * the legend leaves out. With `observed` values, the years before the base year come first and the
 * observations are drawn there as grey points, one series named "Observed" in the legend (the
 * scenarios have no values there). Years are labelled every five.
 */
export function lineChart(
  years: readonly number[],
  scenarios: readonly ComparedScenario[],
  seriesOf: (scenario: ComparedScenario) => SeriesWithBand | undefined,
  text: ChartText,
  axis: { readonly min?: number; readonly max?: number; readonly format: string },
  legend: boolean,
  observed: readonly { readonly year: number; readonly value: number }[] = [],
): DeckChart {
  const history = years[0] === undefined ? [] : historyYears(years[0], observed);
  const labels = [...history, ...years].map(String);
  const before = history.map(() => null);
  const groups: DeckSeriesGroup[] = [];
  const edges: DeckSeries[] = [];
  const edgeColors: string[] = [];
  for (const scenario of scenarios) {
    const series = seriesOf(scenario);
    if (!series) continue;
    const { color, dash } = deckIdentity(scenario);
    groups.push({
      type: 'line',
      series: [{ name: deckScenarioName(scenario, text), labels, values: [...before, ...series.values] }],
      colors: [color],
      dash,
      width: scenario.reference ? 3.5 : 2.25,
    });
    if (series.band) {
      const name = xmlSafeText(scenario.label);
      edges.push(
        { name: text.t('deck.p10', { name }), labels, values: [...before, ...series.band.p10] },
        { name: text.t('deck.p90', { name }), labels, values: [...before, ...series.band.p90] },
      );
      edgeColors.push(color, color);
    }
  }
  const lines = groups.length;
  if (edges.length)
    groups.push({ type: 'line', series: edges, colors: edgeColors, dash: 'sysDash', width: 0.75 });
  if (history.length)
    groups.push({
      type: 'line',
      series: [
        {
          name: text.t('observed.legend'),
          labels,
          values: [
            ...history.map((year) => observed.find((point) => point.year === year)?.value ?? null),
            ...years.map(() => null),
          ],
        },
      ],
      colors: [OBSERVED_COLOR],
      dash: 'solid',
      width: 0,
      marker: 7,
    });
  return {
    groups,
    ...axis,
    helpers: edges.map((_, i) => lines + i),
    legend,
    labelEvery: LABEL_EVERY,
  };
}

/**
 * One kind of cost cumulated to the horizon: a bar per scenario (in its colour, its value on it), on
 * the kind's own scale, so fiscal costs of a few billion are as legible as disruption costs of
 * hundreds. Each scenario is a series of its own, so the legend names them; the chart's title names
 * the kind, which is its one category.
 */
export function costChart(
  costs: CostComparison,
  kind: CostKind,
  text: ChartText,
  legend: boolean,
): DeckChart {
  const labels = [text.t(`cost.${kind}`)];
  return {
    groups: [
      {
        type: 'bar',
        series: costs.scenarios.map((scenario) => ({
          name: deckScenarioName(scenario, text),
          labels,
          values: [scenario.costs[kind].cumulative.at(-1) ?? 0],
        })),
        colors: costs.scenarios.map((scenario) => deckIdentity(scenario).color),
        dash: 'solid',
        width: 0,
      },
    ],
    min: 0,
    format: '#,##0',
    helpers: [],
    legend,
    labels: Object.fromEntries(costs.scenarios.map((_, i) => [i, '#,##0.0'])),
    hideCategories: true,
  };
}

/**
 * The attribution waterfall as stacked bars from zero: an invisible base, the two scenarios' totals,
 * then the parts that rise and fall (in the waterfall's own colours, outside the scenario palette). An
 * invisible line along the bars' tops carries each bar's label above it, as the page prints it ("+3.1
 * pp", "29.4%"). The legend names the totals and each direction a bar takes; the base and the line are
 * left out.
 * Groups that round to zero are left out, as on the page. Values are rounded as the page prints them
 * (they add up); shares are drawn in percent.
 */
export function waterfallChart(
  waterfall: Waterfall,
  text: ChartText,
  formats: {
    readonly decimals: number;
    readonly value: (v: number) => string;
    readonly label: (v: number) => string;
  },
): DeckChart {
  const shown = displayedWaterfall(waterfall, formats.decimals);
  const scale = formats.decimals >= 3 ? 100 : 1;
  const bars = waterfall.bars.flatMap((bar, i) =>
    shown.bars[i] === 0 ? [] : [{ bar, value: shown.bars[i]! }],
  );
  // A scenario's name may run to 200 characters: two lines of its category at most (whole in the notes).
  const slot = (12 * 72) / (bars.length + 2);
  const name = (label: string) => ellipsise(xmlSafeText(label), 1.5 * slot, 12);
  const categories = [
    name(waterfall.reference.label),
    ...bars.map(({ bar }) => text.t(`group.${bar.group}`)),
    name(waterfall.other.label),
  ];
  const base: number[] = [];
  const up: number[] = [];
  const down: number[] = [];
  const total: number[] = [];
  const tops: number[] = [];
  const texts: string[] = [];
  const scaled = (value: number) => Math.round(value * scale * 1e6) / 1e6;
  const push = (b: number, u: number, d: number, t: number, label: string) => {
    base.push(scaled(b));
    up.push(scaled(u));
    down.push(scaled(d));
    total.push(scaled(t));
    tops.push(scaled(b + u + d + t));
    texts.push(label);
  };
  push(0, 0, 0, shown.reference, formats.value(shown.reference));
  let level = shown.reference;
  for (const { value } of bars) {
    const next = level + value;
    push(Math.min(level, next), Math.max(value, 0), Math.max(-value, 0), 0, formats.label(value));
    level = next;
  }
  push(0, 0, 0, shown.other, formats.value(shown.other));
  const series = (name: string, values: number[]) => ({ name, labels: categories, values });
  return {
    groups: [
      {
        type: 'bar',
        series: [
          series(text.t('deck.base'), base),
          series(text.t('deck.total'), total),
          series(text.t('deck.increase'), up),
          series(text.t('deck.decrease'), down),
        ],
        colors: [
          'transparent',
          hex(BASELINE_IDENTITY.light),
          hex(WATERFALL_COLORS.light.rise),
          hex(WATERFALL_COLORS.light.fall),
        ],
        dash: 'solid',
        width: 0,
      },
      {
        type: 'line',
        series: [series(text.t('deck.labels'), tops)],
        colors: ['FFFFFF'],
        dash: 'solid',
        width: 0,
      },
    ],
    min: 0,
    format: scale === 100 ? '0"%"' : '0.0',
    stacked: true,
    // The base and the labels' line, and a key for a direction no bar takes ("Lowers" beside bars that all rise).
    helpers: [0, ...(up.some((v) => v > 0) ? [] : [2]), ...(down.some((v) => v > 0) ? [] : [3]), 4],
    legend: true,
    pointLabels: { series: 4, texts },
    wrapCategories: true,
  };
}
