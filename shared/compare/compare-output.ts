import type { AttributedOutputs } from '../engine/attribution';
import { cumulative, discountedCumulative } from '../engine/costs';
import type { CostKind, CostMeasure } from './cost-comparison';

/** An output a difference can be explained for: a sector's S or C, the aggregate, chokepoints, a cost. */
export type CompareOutput =
  | { readonly kind: 'S' | 'C'; readonly sector: string }
  | { readonly kind: 'aggregateS' }
  | { readonly kind: 'chokepointsOpen' }
  | {
      readonly kind: 'cost';
      readonly cost: CostKind;
      readonly measure: CostMeasure;
      readonly discountRate?: number;
    };

const COST_KEYS = {
  fiscal: 'fiscalTotal',
  disruption: 'disruptionTotal',
  substitution: 'substitutionTotal',
} as const;

/**
 * The yearly series of `output` in a set of attributed outputs, or undefined for an unknown sector.
 * Running and discounted totals are linear in the yearly values, so they apply to Shapley
 * contributions as to the runs themselves, and the contributions still sum to the difference.
 */
export function outputSeries(
  outputs: AttributedOutputs,
  sectorIds: readonly string[],
  years: number,
  output: CompareOutput,
): Float64Array | undefined {
  switch (output.kind) {
    case 'S':
    case 'C': {
      const s = sectorIds.indexOf(output.sector);
      return s < 0 ? undefined : outputs[output.kind].subarray(s * years, (s + 1) * years);
    }
    case 'aggregateS':
    case 'chokepointsOpen':
      return outputs[output.kind];
    case 'cost': {
      const yearly = outputs[COST_KEYS[output.cost]];
      if (output.measure === 'yearly') return yearly;
      return output.measure === 'cumulative'
        ? cumulative(yearly)
        : discountedCumulative(yearly, output.discountRate ?? 0);
    }
  }
}

/** How an output's values read: a share (shown in %, differences in percentage points), a count or money. */
export function outputUnit(output: CompareOutput): 'share' | 'count' | 'money' {
  return output.kind === 'chokepointsOpen' ? 'count' : output.kind === 'cost' ? 'money' : 'share';
}
