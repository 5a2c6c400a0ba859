/**
 * English strings of the Assumptions tab's sector data, merged into en.ts under `sectorData`.
 * Every key here must exist in sector-data-zh-cn.ts too (the catalogue test checks both ways).
 */
export const sectorDataEn = {
  title: 'Sector data',
  intro:
    'The base year of each sector: default, allowed range, unit, source and confidence. Override a value for this scenario; its runs start from it. Overridden values are marked and can be reset.',
  sector: 'Sector',
  caption: 'Sector data of {sector} and this scenario’s overrides',
  datum: 'Datum',
  overriddenCount_one: '{count} sector datum overridden',
  overriddenCount_other: '{count} sector data overridden',
  overriddenIn_one: '{count} set',
  overriddenIn_other: '{count} set',
  name: {
    S0: 'Base-year self-reliance',
    lag0: 'Capability lag (years behind the frontier)',
    kappa: 'Demand concentration over the ladder',
    r0: 'Base-year restriction',
    dSObs: 'Observed self-reliance trend',
    dLagObs: 'Observed change of the gap',
    V0: 'Domestic demand',
    rho: 'R&D intensity',
    m0: 'Base-year procurement preference',
    gNew: 'Demand growth placed anew (new plants, new lines)',
  },
  unit: {
    share: 'share (0–1)',
    years: 'years',
    sharePerYear: 'share per year',
    yearsPerYear: 'years per year',
    usdBn: 'USD bn',
    dimensionless: 'dimensionless',
    perYear: 'per year',
  },
  aboveLimit:
    'Too high for the base year: {lag} years behind the frontier and a demand concentration of {kappa} let domestic capability serve at most {limit} of demand, and self-reliance cannot exceed that (S0 ≤ D(C0)). Enter at most {limit}.',
  lowersLimit:
    'With this value domestic capability can serve at most {limit} of demand in the base year, less than this sector’s base-year self-reliance {s0} (S0 ≤ D(C0)). Lower the self-reliance first.',
};
