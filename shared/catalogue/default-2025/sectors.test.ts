import { describe, expect, it } from 'vitest';
import { DATA_KEYS } from '../../domain/parameter-keys';
import { SECTORS_2025 } from './sectors';

// The sector table of data.md (id, S0 (range), lag0 (range), κ, r0, ΔS_obs, Δlag_obs, V0, ρ, m0),
// kept as text so that a transcription slip in sectors.ts shows up as a difference here.
const DATA_MD = `
IC   | 0.12 (0.07–0.18) | 5 (3–8)    | 2.5 | 0.30 | 0.015 | 0    | 135  | 0.15 | 0
SME  | 0.30 (0.20–0.45) | 7 (4–10)   | 2.0 | 0.35 | 0.05  | 0    | 30   | 0.12 | 0.5
LITH | 0.02 (0–0.05)    | 17 (12–20) | 1.0 | 0.40 | 0     | 0    | 8.75 | 0.15 | 0
ISW  | 0.10 (0.05–0.15) | 10 (7–20)  | 1.5 | 0.20 | 0.01  | 0    | 4    | 0.25 | 0
BSW  | 0.15 (0.05–0.35) | 5 (3–10)   | 2.0 | 0.05 | 0.01  | 0    | 10   | 0.20 | 0
CNC  | 0.08 (0.05–0.15) | 12 (8–15)  | 1.0 | 0.15 | 0.005 | 0    | 10   | 0.05 | 0
ROB  | 0.55 (0.45–0.60) | 4 (2–6)    | 2.0 | 0.05 | 0.06  | −0.2 | 8    | 0.06 | 0.5
SMAT | 0.15 (0.08–0.30) | 10 (6–15)  | 2.0 | 0.15 | 0.02  | 0    | 13   | 0.06 | 0
AMAT | 0.55 (0.40–0.70) | 8 (5–12)   | 2.5 | 0.10 | 0.03  | −0.1 | 20   | 0.04 | 0
AERO | 0.05 (0.01–0.15) | 15 (10–20) | 1.0 | 0.30 | 0.003 | 0    | 15   | 0.10 | 0
INST | 0.15 (0.05–0.30) | 10 (6–15)  | 1.5 | 0.10 | 0.01  | 0    | 20   | 0.08 | 0
`;

const num = (text: string) => Number(text.replace('−', '-'));

const expected = DATA_MD.trim()
  .split('\n')
  .map((line) => {
    const [id, s0, lag0, kappa, r0, dSObs, dLagObs, V0, rho, m0] = line.split('|').map((cell) => cell.trim());
    const withRange = (cell = '') => {
      const [, value, low, high] = /^(\S+) \((\S+)–(\S+)\)$/.exec(cell) ?? [];
      return { value: num(value!), range: [num(low!), num(high!)] };
    };
    const S0 = withRange(s0);
    const lag = withRange(lag0);
    return {
      id,
      data: {
        S0: S0.value,
        lag0: lag.value,
        kappa: num(kappa!),
        r0: num(r0!),
        dSObs: num(dSObs!),
        dLagObs: num(dLagObs!),
        V0: num(V0!),
        rho: num(rho!),
        m0: num(m0!),
      },
      ranges: { S0: S0.range, lag0: lag.range },
    };
  });

describe('SECTORS_2025', () => {
  it('carries the data and ranges of data.md exactly', () => {
    expect(SECTORS_2025.map(({ id, data, ranges }) => ({ id, data, ranges }))).toEqual(expected);
  });

  it('names and defines every sector in English and Chinese', () => {
    for (const sector of SECTORS_2025) {
      for (const text of [sector.name, sector.definition]) {
        expect(text.en.trim()).not.toBe('');
        expect(text.zh).toMatch(/[\u4e00-\u9fff]/);
      }
    }
    expect(SECTORS_2025[0]!.name).toEqual({ en: 'Chips', zh: '芯片' });
  });

  it('gives every datum a source and a confidence', () => {
    for (const sector of SECTORS_2025) {
      expect(Object.keys(sector.sources).sort()).toEqual([...DATA_KEYS].sort());
      for (const key of DATA_KEYS) expect(sector.sources[key].source.trim()).not.toBe('');
    }
  });

  it('keeps the confidence data.md gives and marks columns without a source as judgement (L)', () => {
    const confidenceOfS0 = Object.fromEntries(
      SECTORS_2025.map((sector) => [sector.id, sector.sources.S0.confidence]),
    );
    expect(confidenceOfS0).toEqual({
      IC: 'M',
      SME: 'M',
      LITH: 'M',
      ISW: 'M',
      BSW: 'L',
      CNC: 'M',
      ROB: 'M',
      SMAT: 'M',
      AMAT: 'M',
      AERO: 'L',
      INST: 'L',
    });
    const ic = SECTORS_2025[0]!;
    expect(ic.sources.V0).toEqual({ source: 'TechInsights 2023 consumption', confidence: 'M' });
    for (const key of ['kappa', 'rho', 'r0'] as const) {
      expect(ic.sources[key].confidence).toBe('L');
      expect(ic.sources[key].source).toMatch(/^judgement/);
    }
  });
});
