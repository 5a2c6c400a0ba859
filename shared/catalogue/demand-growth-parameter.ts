import type { ParameterDefinition, Sourced } from './types';

/** A sector's demand growth where a market series gives it (g_N), with the series it comes from. */
export interface SourcedGrowth extends Sourced {
  readonly value: number;
}

/**
 * The parameter g_N (E10: demand placed anew at the attainable share) with per-sector defaults taken
 * from market data where a series exists; every other sector keeps the base-year demand growth g_V
 * (judgement). The 2025 catalogue gives forward rates, the 2018 catalogue the rates of 2018–2024.
 */
export function demandGrowthParameter(
  bySector: Readonly<Record<string, SourcedGrowth>>,
): ParameterDefinition {
  const entries = Object.entries(bySector);
  return {
    key: 'gNew',
    symbol: 'g_N',
    name: { en: 'Growth of demand placed anew (new plants, new lines)', zh: '新增需求增速（新建产线）' },
    unit: { en: 'per year', zh: '每年' },
    scope: 'sector',
    default: 0.05,
    sectorDefaults: Object.fromEntries(entries.map(([sector, growth]) => [sector, growth.value])),
    sectorSources: Object.fromEntries(
      entries.map(([sector, { source, confidence }]) => [sector, { source, confidence }]),
    ),
    range: { min: 0, max: 0.5 },
    distribution: { kind: 'uniform-multiplier', min: 0.5, max: 1.5 },
    source:
      'judgement where no market series exists: the base-year demand growth g_V; new plants and lines choose their suppliers at once',
    confidence: 'L',
  };
}
