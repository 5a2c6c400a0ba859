import { describe, expect, it } from 'vitest';
import { getCatalogue } from '..';
import type { Scenario, SectorInputs } from '../../domain/scenario';
import { schedulesAgree } from '../../domain/schedule';
import { validateScenario } from '../../domain/validate-scenario';
import { historicalSetup, runBacktest } from '../../engine/backtest';
import { HISTORICAL_PACKAGES } from '../../packages/historical-packages';
import { builtInCatalogues } from '../catalogue-lookup';
import { HISTORICAL_INPUTS, HISTORICAL_RECORD, HISTORICAL_SCENARIO } from './historical-scenario';

// The schedules table of backtest.md (year: value; "-" = the catalogue default), as text.
const BACKTEST_MD = `
IC   | 2018 .05, 2019 .15, 2020 .20, 2023 .30          | -                | 2018 0, 2021 .11, 2023 .20
SME  | 2018 .05, 2020 .10, 2021 .15, 2022 .20, 2023 .35 | 2018 0, 2019 .25, 2020 .5 | 2018 0, 2021 .11, 2023 .20
LITH | 2018 .20, 2019 .25, 2020 .30, 2023 .40          | -                | 2018 0, 2021 .11, 2023 .20
ISW  | 2018 .05, 2019 .10, 2020 .15, 2022 .20          | -                | 2018 0, 2023 .11
SMAT | 2018 .10, 2023 .15                              | -                | 2018 0, 2021 .11, 2023 .20
CNC  | -                                               | -                | 2018 0, 2021 .11, 2023 .20
ROB  | 2018 .02                                        | 2018 0, 2021 .25, 2022 .5 | 2018 0, 2021 .11
AMAT | 2018 .10                                        | -                | 2018 0, 2021 .11
AERO | -                                               | -                | 2018 0, 2021 .11
INST | -                                               | -                | 2018 0, 2021 .11
BSW  | -                                               | -                | 2018 0, 2023 .11
`;

const parse = (cell: string) =>
  cell.trim() === '-'
    ? undefined
    : cell.split(',').map((point) => {
        const [year, value] = point.trim().split(' ');
        return { year: Number(year), value: Number(value) };
      });

const rows = BACKTEST_MD.trim()
  .split('\n')
  .map((line) => line.split('|').map((cell) => cell.trim()) as [string, string, string, string]);

/** The historical scenario as it was written before the packages: backtest.md's table, restrictions included. */
function tableScenario(): Scenario {
  const sectors: Record<string, SectorInputs> = {};
  for (const [sector, restriction, procurement, rdTaxCut] of rows) {
    const levers = {
      ...(parse(procurement) && { procurement: parse(procurement)! }),
      ...(parse(rdTaxCut) && { rdTaxCut: parse(rdTaxCut)! }),
    };
    sectors[sector] = {
      ...(Object.keys(levers).length > 0 && { levers }),
      ...(parse(restriction) && { restriction: parse(restriction)! }),
    };
  }
  const { restrictionPackages: _packages, ...rest } = HISTORICAL_RECORD;
  return { ...rest, sectors };
}

describe('the historical scenario', () => {
  const catalogue = getCatalogue('history-2018')!;
  const r0 = (sector: string) => catalogue.sectors.find((entry) => entry.id === sector)!.data.r0;

  it('applies the historical packages, in the order of the record, and holds the levers of backtest.md', () => {
    expect(HISTORICAL_RECORD.restrictionPackages).toEqual(HISTORICAL_PACKAGES.map((entry) => entry.id));
    expect(HISTORICAL_SCENARIO.restrictionPackages).toBeUndefined();
    for (const [sector, , procurement, rdTaxCut] of rows) {
      const inputs = HISTORICAL_SCENARIO.sectors[sector];
      expect({ sector, procurement: inputs?.levers?.procurement }).toEqual({
        sector,
        procurement: parse(procurement),
      });
      expect({ sector, rdTaxCut: inputs?.levers?.rdTaxCut }).toEqual({ sector, rdTaxCut: parse(rdTaxCut) });
    }
  });

  it('rebuilt from the packages, gives the restriction schedules of backtest.md in every year', () => {
    for (const [sector, restriction] of rows) {
      const rebuilt = HISTORICAL_SCENARIO.sectors[sector]?.restriction;
      expect({ sector, agree: schedulesAgree(rebuilt, parse(restriction), r0(sector), 2018, 2024) }).toEqual({
        sector,
        agree: true,
      });
      // Where the packages act, the very step points of the table.
      if (rebuilt !== undefined) expect({ sector, rebuilt }).toEqual({ sector, rebuilt: parse(restriction) });
    }
  });

  it('gives the backtest the same numbers as the table it replaces', () => {
    const setup = historicalSetup();
    const before = runBacktest({ setup: { ...setup, scenario: tableScenario() } });
    const after = runBacktest();
    expect(after).toEqual(before);
    const beforeBands = runBacktest({ setup: { ...setup, scenario: tableScenario() }, draws: 8 });
    expect(runBacktest({ draws: 8 })).toEqual(beforeBands);
  });

  it('is a valid scenario on the 2018 catalogue that runs to 2024, record and resolved alike', () => {
    expect(validateScenario(HISTORICAL_SCENARIO, builtInCatalogues).ok).toBe(true);
    expect(validateScenario(HISTORICAL_RECORD, builtInCatalogues).ok).toBe(true);
    expect(HISTORICAL_SCENARIO.catalogue).toBe('history-2018');
    expect(HISTORICAL_SCENARIO.baseYear).toBe(2018);
    expect(HISTORICAL_SCENARIO.baseYear + HISTORICAL_SCENARIO.horizon).toBe(2024);
  });

  it('labels every lever level and every package as judgement on the public timeline', () => {
    for (const input of HISTORICAL_INPUTS) {
      expect(input.confidence).toBe('L');
      expect(input.source).toMatch(/^judgement on the public timeline: \S/);
    }
    for (const entry of HISTORICAL_PACKAGES) {
      expect(entry.confidence).toBe('L');
      expect(entry.source).toMatch(/judgement/);
    }
  });

  it('starts each restriction at the catalogue r0, so it acts only from its first change', () => {
    for (const sector of catalogue.sectors) {
      const schedule = HISTORICAL_SCENARIO.sectors[sector.id]?.restriction;
      if (Array.isArray(schedule))
        expect({ id: sector.id, r: schedule[0]!.value }).toEqual({ id: sector.id, r: sector.data.r0 });
    }
  });
});
