import { describe, expect, it } from 'vitest';
import { OBSERVATIONS } from './history-2018/observations';
import { observedHistory } from './observed-history';

describe('observedHistory', () => {
  it("gives chips' observed self-reliance before the base year, with sources, in year order", () => {
    const chips = observedHistory('S', 'IC', 2025);
    expect(chips.map((point) => [point.year, point.value])).toEqual([
      [2018, 0.153],
      [2019, 0.157],
      [2020, 0.159],
      [2021, 0.167],
      [2023, 0.23],
    ]);
    expect(chips[0]).toMatchObject({ source: 'IC Insights', confidence: 'M' });
    expect(chips[4]!.note).toMatch(/change of source/);
    expect(chips[0]!.definition.zh).toMatch(/[\u4e00-\u9fff]/);
  });

  it('keeps only what lies before the year asked', () => {
    expect(observedHistory('S', 'IC', 2021).map((point) => point.year)).toEqual([2018, 2019, 2020]);
    expect(observedHistory('S', 'ROB', 2025).map((point) => point.year)).toEqual([2015, 2020, 2024]);
  });

  it('adds a 2018 datum of the historical catalogue read from a source, never a judgement or a derived one', () => {
    // High-end machine tools: ~6 % in 2018 (MIIT equipment centre), a sourced datum.
    expect(observedHistory('S', 'CNC', 2025)).toEqual([
      expect.objectContaining({ year: 2018, value: 0.06, confidence: 'M' }),
    ]);
    // Basic software's 2018 value is judgement: nothing was observed.
    expect(observedHistory('S', 'BSW', 2025)).toEqual([]);
    // Every 2018 gap is judgement.
    expect(observedHistory('yearsBehind', 'IC', 2025)).toEqual([]);
    // Carbon fibre's 2018 share is read from a report (9 kt of 31 kt); robots' 2018 value is interpolated.
    expect(observedHistory('S', 'AMAT', 2025).map((point) => point.year)).toEqual([2018, 2021, 2022]);
    expect(observedHistory('S', 'ROB', 2025).map((point) => point.year)).not.toContain(2018);
  });

  it('does not count a base-year observation twice', () => {
    const sme = observedHistory('S', 'SME', 2025);
    expect(sme.filter((point) => point.year === 2018)).toHaveLength(1);
    expect(sme.length).toBe(OBSERVATIONS.filter((o) => o.sector === 'SME').length);
  });

  it('gives the 35 chokepoints open in 2018, for the economy only', () => {
    expect(observedHistory('chokepointsOpen', undefined, 2025)).toEqual([
      expect.objectContaining({ year: 2018, value: 35, confidence: 'M' }),
    ]);
    expect(observedHistory('chokepointsOpen', 'IC', 2025)).toEqual([]);
    expect(observedHistory('S', undefined, 2025)).toEqual([]);
  });
});
