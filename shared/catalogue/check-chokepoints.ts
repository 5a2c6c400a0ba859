import type { Catalogue } from './types';

/** The built-in catalogue is the one whose chokepoints are the 35 items of the 2018 series. */
const DEFAULT_CATALOGUE_ID = 'default-2025';
const DEFAULT_CHOKEPOINT_COUNT = 35;

// Wider hysteresis than this would keep an item "closed" several years of gap after capability fell back.
const MAX_HYSTERESIS = 0.1;

/**
 * Cross-checks of the chokepoint list: unique ids, existing sectors, the 35 items of the series in
 * the default catalogue, and a sensible hysteresis.
 */
export function checkChokepoints(catalogue: Catalogue): string[] {
  const problems: string[] = [];
  const sectorIds = new Set(catalogue.sectors.map((sector) => sector.id));
  const seen = new Map<number, number>();

  catalogue.chokepoints.forEach((item, index) => {
    const at = `chokepoints[${index}]`;
    const earlier = seen.get(item.id);
    if (earlier !== undefined)
      problems.push(`${at}.id: duplicate chokepoint id ${item.id} (also chokepoints[${earlier}])`);
    else seen.set(item.id, index);
    if (!sectorIds.has(item.sector)) problems.push(`${at}.sector: unknown sector "${item.sector}"`);
  });

  if (catalogue.id === DEFAULT_CATALOGUE_ID) {
    if (catalogue.chokepoints.length !== DEFAULT_CHOKEPOINT_COUNT) {
      problems.push(
        `chokepoints: the default catalogue lists ${DEFAULT_CHOKEPOINT_COUNT} items, found ${catalogue.chokepoints.length}`,
      );
    }
    catalogue.chokepoints.forEach((item, index) => {
      if (item.id > DEFAULT_CHOKEPOINT_COUNT) {
        problems.push(
          `chokepoints[${index}].id: ${item.id} is not a number of the series (1–${DEFAULT_CHOKEPOINT_COUNT})`,
        );
      }
    });
  }

  const h = catalogue.chokepointHysteresis;
  if (!(h >= 0 && h <= MAX_HYSTERESIS))
    problems.push(`chokepointHysteresis: ${h} must lie in [0, ${MAX_HYSTERESIS}]`);
  return problems;
}
