import { CATALOGUES } from '../catalogue';

/** Every sector id of the built-in catalogues: what a package may restrict. */
export const KNOWN_SECTOR_IDS: readonly string[] = [
  ...new Set(CATALOGUES.flatMap((catalogue) => catalogue.sectors.map((sector) => sector.id))),
];
