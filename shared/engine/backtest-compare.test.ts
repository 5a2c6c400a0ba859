import { describe, expect, it } from 'vitest';
import type { Observation } from '../catalogue/history-2018/observations';
import { compareObservations, summarizeFit } from './backtest-compare';

const observation = (sector: string, year: number, value: number): Observation => ({
  sector,
  year,
  value,
  definition: 'test',
  source: 'test',
  confidence: 'L',
});

// Two sectors over 2000–2002, flat `s * years + y`.
const run = {
  sectorIds: ['A', 'B'],
  years: [2000, 2001, 2002],
  S: Float64Array.from([0.1, 0.2, 0.3, 0.5, 0.5, 0.5]),
};
const bands = {
  p10: Float64Array.from([0.1, 0.15, 0.2, 0.4, 0.4, 0.4]),
  p50: Float64Array.from([0.1, 0.2, 0.3, 0.5, 0.5, 0.5]),
  p90: Float64Array.from([0.1, 0.25, 0.4, 0.6, 0.6, 0.6]),
};
const observations = [
  observation('A', 1999, 0.05),
  observation('A', 2000, 0.1),
  observation('A', 2001, 0.25),
  observation('B', 2002, 0.7),
  observation('A', 2003, 0.4),
  observation('Z', 2001, 0.1),
];

describe('compareObservations', () => {
  const rows = compareObservations(run, observations, bands);

  it('compares only the years after the base year that the run covers', () => {
    expect(rows.map((row) => row.role)).toEqual([
      'outside-run',
      'base-year',
      'compared',
      'compared',
      'outside-run',
      'unknown-sector',
    ]);
    expect(rows[0]!.simulated).toBeUndefined();
  });

  it('gives the error in points, negative when the model under-predicts', () => {
    expect(rows[2]!.simulated).toBe(0.2);
    expect(rows[2]!.error).toBeCloseTo(-5, 12);
    expect(rows[3]!.error).toBeCloseTo(-20, 12);
  });

  it('counts an observation on the band edge as inside, one beyond it as outside', () => {
    expect(rows[2]!.band).toEqual({ p10: 0.15, p50: 0.2, p90: 0.25 });
    expect(rows[2]!.inBand).toBe(true);
    expect(rows[3]!.inBand).toBe(false);
  });

  it('leaves bands out when none were computed', () => {
    const plain = compareObservations(run, observations);
    expect(plain[2]!.band).toBeUndefined();
    expect(plain[2]!.inBand).toBeUndefined();
  });
});

describe('summarizeFit', () => {
  const rows = compareObservations(run, observations, bands);

  it('averages absolute errors over the compared observations only', () => {
    expect(summarizeFit(rows)).toEqual({
      compared: 2,
      mae: expect.closeTo(12.5, 9),
      inBand: 1,
      coverage: 0.5,
    });
  });

  it('restricts to a subset, and reports no coverage without bands', () => {
    expect(summarizeFit(rows, (row) => row.observation.sector === 'A')).toMatchObject({
      compared: 1,
      inBand: 1,
    });
    const plain = summarizeFit(compareObservations(run, observations));
    expect(plain).toEqual({ compared: 2, mae: expect.closeTo(12.5, 9) });
  });
});
