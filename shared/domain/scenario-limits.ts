/**
 * Size limits of the free-text fields: generous for people, small enough to refuse garbage. Plain
 * numbers apart from the schema that checks them (scenario-schema.ts), so the page reads them without
 * building a schema.
 */
export const SCENARIO_LIMITS = {
  nameLength: 200,
  descriptionLength: 10_000,
  authorLength: 200,
  tags: 50,
  tagLength: 60,
  baseYearMin: 1990,
  baseYearMax: 2100,
  horizonMax: 50,
  seedMax: 2 ** 32 - 1,
  /** Restriction packages one scenario applies. */
  restrictionPackages: 100,
} as const;
