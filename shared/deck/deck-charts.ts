import type { ChartText } from '../charts/chart-text';
import { BASELINE_IDENTITY, IDENTITY_SLOTS } from '../charts/scenario-identity';
import type { OfficeDash } from '../charts/scenario-identity';
import type { ComparedScenario, SeriesWithBand } from '../compare/compare-types';
import type { CostComparison } from '../compare/cost-comparison';
import { COST_KINDS } from '../compare/cost-comparison';
import type { Waterfall } from '../compare/waterfall';
import { displayedWaterfall } from '../compare/waterfall';

/** One series of a native chart: its name (shown in the legend), category labels and values. */
export interface DeckSeries {
  readonly name: string;
  readonly labels: string[];
  readonly values: number[];
}

/** A group of series drawn alike (one `<c:lineChart>` or `<c:barChart>` of a combo chart). */
export interface DeckSeriesGroup {
  readonly type: 'line' | 'bar';
  readonly series: DeckSeries[];
  /** Hex colours without '#', one per series. */
  readonly colors: string[];
  readonly dash: OfficeDash | 'sysDash';
  /** Line width in points (lines only). */
  readonly width: number;
}

/** A native chart: its groups, and the value axis. */
export interface DeckChart {
  readonly groups: DeckSeriesGroup[];
  readonly min?: number;
  readonly max?: number;
  /** Excel number format of the value axis ('0%', '0', '0.0'). */
  readonly format: string;
  /** Stacked bars (the waterfall). */
  readonly stacked?: boolean;
}

const hex = (color: string) => color.replace('#', '').toUpperCase();

/** The scenario's identity colour (light) and Office dash, as every other view draws it. */
export function deckIdentity(scenario: Pick<ComparedScenario, 'colorIndex'>): {
  color: string;
  dash: OfficeDash;
} {
  const slot = IDENTITY_SLOTS[scenario.colorIndex % IDENTITY_SLOTS.length]!;
  return { color: hex(slot.light), dash: slot.office };
}

/**
 * A line chart of every scenario over the years: each scenario its own group (its own colour and
 * dash, heavier for the reference), then the P10 and P90 edges as their own thin dotted series.
 */
export function lineChart(
  years: readonly number[],
  scenarios: readonly ComparedScenario[],
  seriesOf: (scenario: ComparedScenario) => SeriesWithBand | undefined,
  text: ChartText,
  axis: { readonly min?: number; readonly max?: number; readonly format: string },
): DeckChart {
  const labels = years.map(String);
  const groups: DeckSeriesGroup[] = [];
  const edges: DeckSeries[] = [];
  const edgeColors: string[] = [];
  for (const scenario of scenarios) {
    const series = seriesOf(scenario);
    if (!series) continue;
    const { color, dash } = deckIdentity(scenario);
    groups.push({
      type: 'line',
      series: [{ name: scenario.label, labels, values: [...series.values] }],
      colors: [color],
      dash,
      width: scenario.reference ? 3.5 : 2.25,
    });
    if (series.band) {
      edges.push(
        { name: text.t('deck.p10', { name: scenario.label }), labels, values: [...series.band.p10] },
        { name: text.t('deck.p90', { name: scenario.label }), labels, values: [...series.band.p90] },
      );
      edgeColors.push(color, color);
    }
  }
  if (edges.length)
    groups.push({ type: 'line', series: edges, colors: edgeColors, dash: 'sysDash', width: 0.75 });
  return { groups, ...axis };
}

/** Cumulative costs at the horizon by kind, a bar per scenario in its colour. */
export function costsChart(costs: CostComparison, text: ChartText): DeckChart {
  const labels = COST_KINDS.map((kind) => text.t(`cost.${kind}`));
  return {
    groups: [
      {
        type: 'bar',
        series: costs.scenarios.map((scenario) => ({
          name: scenario.label,
          labels,
          values: COST_KINDS.map((kind) => scenario.costs[kind].cumulative.at(-1) ?? 0),
        })),
        colors: costs.scenarios.map((scenario) => deckIdentity(scenario).color),
        dash: 'solid',
        width: 0,
      },
    ],
    min: 0,
    format: '0.0',
  };
}

/**
 * The attribution waterfall as stacked bars from zero: an invisible base, then the part that rises
 * (blue) or falls (vermillion), and the two scenarios' totals. The axis starts at zero, so a small
 * contribution looks small. Values are rounded as the page prints them (they add up).
 */
export function waterfallChart(waterfall: Waterfall, text: ChartText, decimals: number): DeckChart {
  const shown = displayedWaterfall(waterfall, decimals);
  const categories = [
    waterfall.reference.label,
    ...waterfall.bars.map((bar) => text.t(`group.${bar.group}`)),
    waterfall.other.label,
  ];
  const base: number[] = [];
  const up: number[] = [];
  const down: number[] = [];
  const total: number[] = [];
  let level = shown.reference;
  const push = (b: number, u: number, d: number, t: number) => {
    base.push(b);
    up.push(u);
    down.push(d);
    total.push(t);
  };
  push(0, 0, 0, shown.reference);
  for (const value of shown.bars) {
    const next = level + value;
    push(Math.min(level, next), value > 0 ? value : 0, value < 0 ? -value : 0, 0);
    level = next;
  }
  push(0, 0, 0, shown.other);
  const series = (name: string, values: number[]) => ({ name, labels: categories, values });
  return {
    groups: [
      {
        type: 'bar',
        series: [
          series(text.t('deck.base'), base),
          series(`${waterfall.reference.label} / ${waterfall.other.label}`, total),
          series(text.t('deck.increase'), up),
          series(text.t('deck.decrease'), down),
        ],
        colors: [
          'FFFFFF',
          hex(BASELINE_IDENTITY.light),
          hex(IDENTITY_SLOTS[0]!.light),
          hex(IDENTITY_SLOTS[1]!.light),
        ],
        dash: 'solid',
        width: 0,
      },
    ],
    min: 0,
    format: decimals >= 3 ? '0%' : '0.0',
    stacked: true,
  };
}
