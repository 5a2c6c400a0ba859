import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { getCatalogue, getPreset } from '../../shared/catalogue';
import { applyLever } from '../../shared/domain/apply-lever';
import type { LeverChange } from '../../shared/domain/apply-lever';
import { INPUT_RANGES } from '../../shared/domain/inputs';
import type { Scenario } from '../../shared/domain/scenario';
import { validateScenario } from '../../shared/domain/validate-scenario';
import { goalSeek } from '../../shared/engine/goal-seek';
import { DEFAULT_GOAL_TOLERANCE, describeGoalSeekError } from '../../shared/engine/goal-seek-request';
import type { GoalSeekRequest } from '../../shared/engine/goal-seek-request';
import { runScenario } from '../../shared/engine/run-scenario';
import { BASE_YEAR, HORIZON, run, scenarioArb, sectorIds } from '../support/engine-arbitraries';
import { builtInCatalogues } from '../../shared/catalogue/catalogue-lookup';

const catalogue = getCatalogue('default-2025')!;
const baseline = getPreset('baseline')!;

/** The first year the sector's variable reaches the target in a direct engine run, or null. */
function firstYearReaching(
  scenario: Scenario,
  sector: string,
  variable: 'S' | 'C',
  target: number,
): number | null {
  const result = runScenario(scenario, catalogue);
  if (!result.ok) throw new Error(JSON.stringify(result.error));
  const years = result.value.years.length;
  const s = result.value.sectorIds.indexOf(sector);
  const series = result.value[variable].subarray(s * years, (s + 1) * years);
  const index = series.findIndex((value) => value >= target);
  return index < 0 ? null : result.value.years[index]!;
}

function meets(scenario: Scenario, request: GoalSeekRequest): boolean {
  const { sector, variable = 'S', value, byYear } = request.target;
  const year = firstYearReaching(scenario, sector, variable, value);
  return year !== null && year <= byYear;
}

function seek(request: GoalSeekRequest) {
  const answer = goalSeek(baseline, catalogue, request);
  if (!answer.ok) throw new Error(describeGoalSeekError(answer.error));
  return answer.value;
}

describe('goal seek', () => {
  const cases: [string, GoalSeekRequest][] = [
    [
      'procurement for IC self-reliance',
      {
        lever: 'procurement',
        sectors: ['IC'],
        fromYear: 2026,
        target: { sector: 'IC', value: 0.4, byYear: 2035 },
      },
    ],
    [
      'basic research in two sectors for IC capability',
      {
        lever: 'basicResearch',
        sectors: ['IC', 'SME'],
        fromYear: 2027,
        target: { sector: 'IC', variable: 'C', value: 0.71, byYear: 2036 },
      },
    ],
  ];

  for (const [name, request] of cases) {
    it(`${name}: the answer meets the target and one tolerance step below 2·tolerance does not`, () => {
      const answer = seek(request);
      expect(answer.kind).toBe('reached');
      if (answer.kind !== 'reached') return;
      const { min, max } = INPUT_RANGES[request.lever as LeverChange['lever']];
      expect(answer.value).toBeGreaterThan(min);
      expect(answer.value).toBeLessThanOrEqual(max);
      expect(meets(answer.scenario, request)).toBe(true);
      const change = {
        lever: request.lever as LeverChange['lever'],
        sectors: request.sectors,
        fromYear: request.fromYear,
      };
      const smaller = applyLever(baseline, catalogue, change, answer.value - 2 * DEFAULT_GOAL_TOLERANCE);
      expect(meets(smaller, request)).toBe(false);
      // What it reports is what a direct run of its scenario gives.
      expect(answer.reachedIn).toBe(
        firstYearReaching(
          answer.scenario,
          request.target.sector,
          request.target.variable ?? 'S',
          request.target.value,
        ),
      );
      expect(answer.reachedIn).toBeLessThanOrEqual(request.target.byYear);
    });
  }

  it('returns a valid scenario that differs only in the lever, from the year on, as step points', () => {
    const answer = seek(cases[0]![1]);
    expect(validateScenario(answer.scenario, builtInCatalogues).ok).toBe(true);
    expect(answer.scenario.sectors.IC?.levers?.procurement).toEqual([
      { year: 2025, value: catalogue.sectors.find((sector) => sector.id === 'IC')!.data.m0 },
      { year: 2026, value: answer.kind === 'reached' ? answer.value : NaN },
    ]);
    const { sectors: _changed, ...rest } = answer.scenario;
    const { sectors: _original, ...originalRest } = baseline;
    expect(rest).toEqual(originalRest);
    expect(Object.keys(answer.scenario.sectors)).toEqual(
      [...Object.keys(baseline.sectors), 'IC'].filter((id, i, all) => all.indexOf(id) === i),
    );
  });

  it('keeps the years before the change as they were in a step schedule', () => {
    const scenario = applyLever(
      baseline,
      catalogue,
      { lever: 'rdTaxCut', sectors: ['ISW'], fromYear: 2025 },
      0.1,
    );
    const stepped = applyLever(
      scenario,
      catalogue,
      { lever: 'rdTaxCut', sectors: ['ISW'], fromYear: 2030 },
      0.3,
    );
    expect(stepped.sectors.ISW?.levers?.rdTaxCut).toEqual([
      { year: 2025, value: 0.1 },
      { year: 2030, value: 0.3 },
    ]);
  });

  it('says when the target is out of reach within the lever range, with the best it can do', () => {
    const request: GoalSeekRequest = {
      lever: 'basicResearch',
      sectors: ['IC'],
      fromYear: 2026,
      target: { sector: 'IC', value: 0.5, byYear: 2035 },
    };
    const answer = seek(request);
    expect(answer.kind).toBe('unreachable');
    if (answer.kind !== 'unreachable') return;
    expect(answer.best.value).toBe(INPUT_RANGES.basicResearch.max);
    expect(answer.best.achieved).toBeLessThan(0.5);
    expect(meets(answer.scenario, request)).toBe(false);
  });

  it('says when the target is met already at the bottom of the range', () => {
    const answer = seek({
      lever: 'openness',
      sectors: ['IC'],
      fromYear: 2026,
      target: { sector: 'IC', value: 0.15, byYear: 2030 },
    });
    expect(answer).toMatchObject({ kind: 'already', value: INPUT_RANGES.openness.min });
    if (answer.kind !== 'already') return;
    expect(answer.reachedIn).toBe(firstYearReaching(answer.scenario, 'IC', 'S', 0.15));
    expect(answer.reachedIn).toBeLessThanOrEqual(2030);
  });

  it('refuses the restriction, which is not monotone, and other impossible requests, with a typed error', () => {
    const target = { sector: 'IC', value: 0.4, byYear: 2035 };
    const refusal = (request: GoalSeekRequest) => {
      const answer = goalSeek(baseline, catalogue, request);
      return answer.ok ? undefined : answer.error;
    };
    expect(refusal({ lever: 'restriction', sectors: ['IC'], fromYear: 2026, target })).toEqual({
      kind: 'not-monotone',
      lever: 'restriction',
    });
    expect(refusal({ lever: 'clusters', sectors: [], fromYear: 2026, target })).toEqual({
      kind: 'no-sectors',
    });
    expect(refusal({ lever: 'clusters', sectors: ['SEM'], fromYear: 2026, target })).toEqual({
      kind: 'unknown-sector',
      sector: 'SEM',
    });
    expect(refusal({ lever: 'clusters', sectors: ['IC'], fromYear: 2060, target })).toMatchObject({
      kind: 'year-out-of-range',
      field: 'fromYear',
    });
    expect(
      refusal({ lever: 'clusters', sectors: ['IC'], fromYear: 2026, target: { ...target, value: 1.5 } }),
    ).toMatchObject({ kind: 'target-out-of-range' });
    expect(
      refusal({ lever: 'clusters', sectors: ['IC'], fromYear: 2026, target, tolerance: 0 }),
    ).toMatchObject({ kind: 'invalid-tolerance' });
    expect(describeGoalSeekError({ kind: 'not-monotone', lever: 'restriction' })).toMatch(/restriction/);
  });

  // §8.2's property test covers b, τ, u, k and m; goal seek also bisects on openness, so check it too.
  it('relies on openness never lowering S or C, which holds for random scenarios', () => {
    fc.assert(
      fc.property(
        scenarioArb,
        fc.constantFrom(...sectorIds),
        fc.integer({ min: BASE_YEAR, max: BASE_YEAR + HORIZON }),
        fc.integer({ min: 0, max: 50 }).map((v) => v / 100),
        (scenario, sector, year, low) => {
          const full = { ...baseline, ...scenario } as Scenario;
          const change = { lever: 'openness', sectors: [sector], fromYear: year } as const;
          const a = run(applyLever(full, catalogue, change, low));
          const b = run(applyLever(full, catalogue, change, low + 0.5));
          if (a.dt !== b.dt) return;
          a.S.forEach((value, i) => expect(b.S[i]!).toBeGreaterThanOrEqual(value - 1e-9));
          a.C.forEach((value, i) => expect(b.C[i]!).toBeGreaterThanOrEqual(value - 1e-9));
        },
      ),
      { numRuns: 15 },
    );
  });
});
