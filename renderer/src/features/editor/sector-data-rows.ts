import type { DataKey } from '../../../../shared/domain/parameter-keys';

/** A datum of a sector's base year as the Assumptions tab shows it: every data key, and g_N. */
export type SectorDatumKey = DataKey | 'gNew';

export type SectorDatumUnit =
  'share' | 'years' | 'sharePerYear' | 'yearsPerYear' | 'usdBn' | 'dimensionless' | 'perYear';

export interface SectorDatum {
  readonly id: SectorDatumKey;
  /** The symbol of docs/model.md. */
  readonly symbol: string;
  readonly unit: SectorDatumUnit;
  /** The step of the field's arrows. */
  readonly step: number;
  /** The data the engine checks against each other in the base year (S0 ≤ D(C0)). */
  readonly limited?: 'S0' | 'capability';
}

/**
 * The rows of the sector data, in the order of data.md's columns, then the demand growth g_N (a
 * per-sector parameter the file format keeps with the parameters, shown here as the sector's data).
 */
export const SECTOR_DATA: readonly SectorDatum[] = [
  { id: 'S0', symbol: 'S0', unit: 'share', step: 0.01, limited: 'S0' },
  { id: 'lag0', symbol: 'lag0', unit: 'years', step: 0.5, limited: 'capability' },
  { id: 'kappa', symbol: 'κ', unit: 'dimensionless', step: 0.1, limited: 'capability' },
  { id: 'r0', symbol: 'r0', unit: 'share', step: 0.01 },
  { id: 'dSObs', symbol: 'ΔS_obs', unit: 'sharePerYear', step: 0.005 },
  { id: 'dLagObs', symbol: 'Δlag_obs', unit: 'yearsPerYear', step: 0.1 },
  { id: 'V0', symbol: 'V0', unit: 'usdBn', step: 1 },
  { id: 'rho', symbol: 'ρ', unit: 'share', step: 0.01 },
  { id: 'm0', symbol: 'm0', unit: 'share', step: 0.05 },
  { id: 'gNew', symbol: 'g_N', unit: 'perYear', step: 0.01 },
];
