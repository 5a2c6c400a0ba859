import { describe, expect, it } from 'vitest';
import { getCatalogue } from '..';
import { OBSERVATIONS } from './observations';

// The observation table of backtest.md, kept as text so a transcription slip shows as a difference.
const BACKTEST_MD = `
IC 2018 15.3 | IC 2019 15.7 | IC 2020 15.9 | IC 2021 16.7 | IC 2023 23
SME 2018 11.5 | SME 2021 21 | SME 2023 35
ROB 2015 33 | ROB 2020 35 | ROB 2024 58.5
LITH 2020 0.5 | LITH 2024 0.5
AMAT 2021 47 | AMAT 2022 60
`;

describe('OBSERVATIONS', () => {
  it('are the observations of backtest.md', () => {
    const expected = BACKTEST_MD.trim()
      .split(/\n| \| /)
      .map((cell) => {
        const [sector, year, percent] = cell.trim().split(' ');
        return { sector, year: Number(year), value: Number(percent) / 100 };
      });
    const actual = OBSERVATIONS.map(({ sector, year, value }) => ({ sector, year, value }));
    expect(actual.map((o) => ({ ...o, value: Math.round(o.value * 10000) }))).toEqual(
      expected.map((o) => ({ ...o, value: Math.round(o.value * 10000) })),
    );
  });

  it('name a sector of the 2018 catalogue, a definition, a source and a confidence each', () => {
    const sectors = new Set(getCatalogue('history-2018')!.sectors.map((sector) => sector.id));
    for (const observation of OBSERVATIONS) {
      expect(sectors).toContain(observation.sector);
      expect(observation.value).toBeGreaterThanOrEqual(0);
      expect(observation.value).toBeLessThanOrEqual(1);
      expect(observation.definition.trim()).not.toBe('');
      expect(observation.source.trim()).not.toBe('');
      expect(['H', 'M', 'L']).toContain(observation.confidence);
    }
  });

  it('flag the change of source in IC 2023 and the lower bound of AMAT 2022', () => {
    const find = (sector: string, year: number) =>
      OBSERVATIONS.find((o) => o.sector === sector && o.year === year)!;
    expect(find('IC', 2023).note).toMatch(/change of source/);
    expect(find('IC', 2023).confidence).toBe('L');
    expect(find('AMAT', 2022).note).toMatch(/lower bound/);
  });

  it('start the robots series before the base year, documented but outside the comparison', () => {
    expect(Math.min(...OBSERVATIONS.filter((o) => o.sector === 'ROB').map((o) => o.year))).toBe(2015);
  });
});
