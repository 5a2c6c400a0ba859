import type { Attribution, AttributionGroup } from '../engine/attribution';
import type { Result } from '../result';
import { err, ok } from '../result';
import type { CompareError } from './compare-error';
import type { CompareOutput } from './compare-output';
import { outputSeries } from './compare-output';
import { roundToSum } from './round-to-sum';

export interface WaterfallBar {
  readonly group: AttributionGroup;
  /** The group's Shapley contribution to other − reference. */
  readonly value: number;
  /** Where the bar starts and ends: the running total from the reference's value. */
  readonly start: number;
  readonly end: number;
}

export interface WaterfallEnd {
  readonly id: string;
  readonly label: string;
  readonly value: number;
}

/** Why `other` differs from `reference` in one output and year, as the bars of a waterfall. */
export interface Waterfall {
  readonly output: CompareOutput;
  readonly year: number;
  readonly reference: WaterfallEnd;
  readonly other: WaterfallEnd;
  /** other − reference; the bars' values sum to it. */
  readonly difference: number;
  /** One bar per group, in the attribution's group order (groups contributing nothing included). */
  readonly bars: WaterfallBar[];
}

/**
 * The waterfall of an attribution (`runAttribution` or `attributeDifference`, reference as A) for one
 * output and year. Shapley contributions sum to the difference up to rounding; the rounding residual
 * (~1e-16) goes to the largest bar, so the bars end exactly on the other scenario's value.
 */
export function attributionWaterfall(
  attribution: Attribution,
  request: {
    readonly output: CompareOutput;
    readonly year: number;
    readonly reference: Pick<WaterfallEnd, 'id' | 'label'>;
    readonly other: Pick<WaterfallEnd, 'id' | 'label'>;
  },
): Result<Waterfall, CompareError> {
  const { output, year } = request;
  const y = attribution.years.indexOf(year);
  if (y < 0) return err({ kind: 'unknown-year', year });
  const years = attribution.years.length;
  const series = (outputs: Attribution['a']) => outputSeries(outputs, attribution.sectorIds, years, output);
  const a = series(attribution.a);
  const b = series(attribution.b);
  if (!a || !b)
    return err({
      kind: 'unknown-sector',
      sector: output.kind === 'S' || output.kind === 'C' ? output.sector : '',
    });
  const from = a[y]!;
  const to = b[y]!;
  const values = attribution.contributions.map((contribution) => series(contribution)![y]!);
  const residual = to - from - values.reduce((sum, value) => sum + value, 0);
  const largest = values.reduce(
    (best, value, i) => (Math.abs(value) > Math.abs(values[best]!) ? i : best),
    0,
  );
  values[largest]! += residual;
  let running = from;
  const bars = values.map((value, i): WaterfallBar => {
    const start = running;
    running = i === values.length - 1 ? to : running + value;
    return { group: attribution.groups[i]!, value, start, end: running };
  });
  return ok({
    output,
    year,
    reference: { ...request.reference, value: from },
    other: { ...request.other, value: to },
    difference: to - from,
    bars,
  });
}

/** A waterfall's numbers as shown, each a whole multiple of 10^−decimals. */
export interface DisplayedWaterfall {
  readonly reference: number;
  readonly other: number;
  readonly difference: number;
  readonly bars: number[];
}

/**
 * The waterfall's numbers as displayed with `decimals` decimals (of the output's own unit: 3 for shares
 * shown to 0.1 percentage points). Everything adds up as printed: the displayed difference is the
 * difference of the displayed ends, and the bars (largest-remainder rounding) sum to it exactly.
 */
export function displayedWaterfall(waterfall: Waterfall, decimals: number): DisplayedWaterfall {
  const scale = 10 ** decimals;
  const reference = Math.round(waterfall.reference.value * scale);
  const other = Math.round(waterfall.other.value * scale);
  const difference = (other - reference) / scale + 0;
  const bars = roundToSum(
    waterfall.bars.map((bar) => bar.value),
    difference,
    decimals,
  );
  return { reference: reference / scale + 0, other: other / scale + 0, difference, bars };
}
