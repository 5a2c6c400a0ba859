import type { CompareOutput } from '../compare/compare-output';
import { outputUnit } from '../compare/compare-output';
import type { ChartText } from './chart-text';

/** The output in words: "aggregate self-reliance", "self-reliance of Integrated circuits", "cumulative fiscal cost". */
export function outputLabel(output: CompareOutput, text: ChartText): string {
  switch (output.kind) {
    case 'S':
    case 'C':
      return text.t(`output.${output.kind}`, { sector: text.sectorName(output.sector) });
    case 'aggregateS':
    case 'chokepointsOpen':
      return text.t(`output.${output.kind}`);
    case 'cost':
      return text.t(`output.cost.${output.measure}`, { cost: text.t(`cost.${output.cost}`) });
  }
}

export interface OutputFormats {
  /** Decimals of the output's own unit that are shown (3 for shares shown to 0.1 percentage points). */
  readonly decimals: number;
  readonly value: (value: number) => string;
  /** A difference in running text and tables, and its short form for labels on bars. */
  readonly difference: (value: number) => string;
  readonly label: (value: number) => string;
  /** Axis ticks. */
  readonly axis: (value: number) => string;
}

/** How an output's values and differences print. */
export function outputFormats(output: CompareOutput, text: ChartText): OutputFormats {
  const { format } = text;
  switch (outputUnit(output)) {
    case 'share':
      return {
        decimals: 3,
        value: format.percent1,
        difference: format.percentPoints,
        label: format.percentPointsShort,
        axis: format.percent,
      };
    case 'count':
      return {
        decimals: 1,
        value: format.integer,
        difference: format.signed,
        label: format.signed,
        axis: format.integer,
      };
    case 'money':
      return {
        decimals: 1,
        value: format.money,
        difference: format.signedMoney,
        label: format.signedMoney,
        axis: format.number,
      };
  }
}

/** A unit in words, for exports ("% (share of demand met domestically)", "number of technologies", "USD bn"). */
export function unitLabel(unit: 'share' | 'count' | 'money', text: ChartText): string {
  return text.t(unit === 'money' ? 'unit.money' : unit === 'count' ? 'unit.count' : 'unit.share');
}

/** The unit of an output's values in words. */
export function outputUnitLabel(output: CompareOutput, text: ChartText): string {
  return unitLabel(outputUnit(output), text);
}
