import type { Catalogue } from '../catalogue/types';

/** The catalogue's chokepoints as arrays the time loop can scan without allocation. */
export interface ChokepointTable {
  readonly ids: Int32Array;
  /** Index of each item's sector in the catalogue's sector order. */
  readonly sector: Int32Array;
  readonly offset: Float64Array;
  readonly hysteresis: number;
}

export function buildChokepointTable(catalogue: Catalogue): ChokepointTable {
  const sectorIds = catalogue.sectors.map((sector) => sector.id);
  const items = catalogue.chokepoints.filter((item) => sectorIds.includes(item.sector));
  return {
    ids: Int32Array.from(items, (item) => item.id),
    sector: Int32Array.from(items, (item) => sectorIds.indexOf(item.sector)),
    offset: Float64Array.from(items, (item) => item.offset),
    hysteresis: catalogue.chokepointHysteresis,
  };
}
