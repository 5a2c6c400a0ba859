import { describe, expect, it } from 'vitest';
import { getCatalogue } from '..';
import { validateScenario } from '../../domain/validate-scenario';
import { HISTORICAL_INPUTS, HISTORICAL_SCENARIO } from './historical-scenario';
import { builtInCatalogues } from '../catalogue-lookup';

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

describe('the historical scenario', () => {
  it('holds the schedules of backtest.md exactly', () => {
    for (const line of BACKTEST_MD.trim().split('\n')) {
      const [sector, restriction, procurement, rdTaxCut] = line.split('|').map((cell) => cell.trim());
      const inputs = HISTORICAL_SCENARIO.sectors[sector!];
      expect({ sector, restriction: inputs?.restriction }).toEqual({
        sector,
        restriction: parse(restriction!),
      });
      expect({ sector, procurement: inputs?.levers?.procurement }).toEqual({
        sector,
        procurement: parse(procurement!),
      });
      expect({ sector, rdTaxCut: inputs?.levers?.rdTaxCut }).toEqual({ sector, rdTaxCut: parse(rdTaxCut!) });
    }
  });

  it('is a valid scenario on the 2018 catalogue that runs to 2024', () => {
    expect(validateScenario(HISTORICAL_SCENARIO, builtInCatalogues).ok).toBe(true);
    expect(HISTORICAL_SCENARIO.catalogue).toBe('history-2018');
    expect(HISTORICAL_SCENARIO.baseYear).toBe(2018);
    expect(HISTORICAL_SCENARIO.baseYear + HISTORICAL_SCENARIO.horizon).toBe(2024);
  });

  it('labels every level as judgement on the public timeline', () => {
    for (const input of HISTORICAL_INPUTS) {
      expect(input.confidence).toBe('L');
      expect(input.source).toMatch(/^judgement on the public timeline: \S/);
    }
  });

  it('starts each restriction at the catalogue r0, so it acts only from its first change', () => {
    const catalogue = getCatalogue('history-2018')!;
    for (const sector of catalogue.sectors) {
      const schedule = HISTORICAL_SCENARIO.sectors[sector.id]?.restriction;
      if (Array.isArray(schedule))
        expect({ id: sector.id, r: schedule[0]!.value }).toEqual({ id: sector.id, r: sector.data.r0 });
    }
  });
});
