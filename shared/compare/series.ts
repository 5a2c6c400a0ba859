import type { Band } from '../engine/quantiles';
import type { BandSeries } from './compare-types';

/** Values `from … to − 1` of a typed array as a plain array (plain data crosses JSON and workers alike). */
export function plainSlice(values: ArrayLike<number>, from = 0, to = values.length): number[] {
  const out: number[] = [];
  for (let i = from; i < to; i++) out.push(values[i]!);
  return out;
}

/** One sector's slice of a flat per-sector series (`s * years + y`), or the whole series for s < 0. */
export function sectorSlice(values: ArrayLike<number>, s: number, years: number): number[] {
  return s < 0 ? plainSlice(values) : plainSlice(values, s * years, (s + 1) * years);
}

/** One sector's slice of a band (or the whole band for s < 0), as plain arrays. */
export function bandSlice(band: Band, s: number, years: number): BandSeries {
  return {
    p10: sectorSlice(band.p10, s, years),
    p50: sectorSlice(band.p50, s, years),
    p90: sectorSlice(band.p90, s, years),
  };
}
