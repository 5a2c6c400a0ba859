import { describe, expect, it } from 'vitest';
import { DEFAULT_CATALOGUE_2025 } from './default-2025';
import type { Catalogue } from './types';
import { formatPath, validateCatalogue } from './validate-catalogue';

type DeepMutable<T> = { -readonly [K in keyof T]: DeepMutable<T[K]> };

/** The default catalogue with one deliberate fault; returns the validator's messages. */
function problemsOf(breakIt: (draft: DeepMutable<Catalogue>) => void): string[] {
  const draft = structuredClone(DEFAULT_CATALOGUE_2025) as DeepMutable<Catalogue>;
  breakIt(draft);
  const result = validateCatalogue(draft);
  if (result.ok) throw new Error('expected the broken catalogue to be refused');
  return result.error;
}

const indexOfSector = (id: string) => DEFAULT_CATALOGUE_2025.sectors.findIndex((sector) => sector.id === id);
const indexOfParameter = (key: string) =>
  DEFAULT_CATALOGUE_2025.parameters.findIndex((parameter) => parameter.key === key);

describe('validateCatalogue', () => {
  it('accepts the default catalogue and returns its content', () => {
    const result = validateCatalogue(DEFAULT_CATALOGUE_2025);
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.value).toEqual(DEFAULT_CATALOGUE_2025);
  });

  it('reports structural errors with their path', () => {
    expect(validateCatalogue(null)).toEqual({ ok: false, error: [expect.stringMatching(/^catalogue: /)] });
    expect(
      problemsOf((draft) => {
        (draft.sectors[0]!.data as Record<string, unknown>).kappa = 'steep';
      }),
    ).toEqual([expect.stringMatching(/^sectors\[0\]\.data\.kappa: /)]);
  });

  it('refuses unknown keys, so a misspelt field is never silently ignored', () => {
    const problems = problemsOf((draft) => {
      (draft.sectors[2]!.data as Record<string, unknown>).SO = 0.1;
    });
    expect(problems).toEqual([expect.stringMatching(/^sectors\[2\]\.data: .*"SO"/)]);
  });

  it('refuses non-finite numbers', () => {
    const problems = problemsOf((draft) => {
      draft.parameters[0]!.default = Number.NaN;
    });
    expect(problems).toEqual([expect.stringMatching(/^parameters\[0\]\.default: /)]);
  });

  it('refuses S0 outside its Monte Carlo range, naming the datum', () => {
    const isw = indexOfSector('ISW');
    const problems = problemsOf((draft) => {
      draft.sectors[isw]!.data.S0 = 0.5;
    });
    expect(problems).toEqual([
      `sectors[${isw}].data.S0: 0.5 lies outside its range [0.05, 0.15] (ranges.S0)`,
    ]);
  });

  it('refuses lag0 ≤ 0 (the model needs C0 < 1)', () => {
    const problems = problemsOf((draft) => {
      draft.sectors[0]!.data.lag0 = 0;
      draft.sectors[0]!.ranges.lag0 = [0, 8];
    });
    expect(problems).toContain('sectors[0].data.lag0: 0 must be above 0 (the model requires lag0 > 0)');
    expect(problems).toContain('sectors[0].ranges.lag0: the lower end 0 must be above 0');
  });

  it('refuses S0 above the demand base-year capability can serve, D(C0)', () => {
    const lith = indexOfSector('LITH');
    const problems = problemsOf((draft) => {
      // C0 = exp(−0.06·17) ≈ 0.36 and κ = 1, so D(C0) ≈ 0.36.
      draft.sectors[lith]!.data.S0 = 0.5;
      draft.sectors[lith]!.ranges.S0 = [0, 0.6];
    });
    expect(problems).toEqual([
      expect.stringMatching(
        new RegExp(`^sectors\\[${lith}\\]\\.data\\.S0: 0\\.5 exceeds D\\(C0\\) = 0\\.36`),
      ),
    ]);
  });

  it('refuses duplicate sector ids', () => {
    const problems = problemsOf((draft) => {
      draft.sectors[1]!.id = 'IC';
    });
    expect(problems).toContain('sectors[1].id: duplicate sector id "IC" (also sectors[0])');
  });

  it('refuses a chokepoint in an unknown sector', () => {
    const problems = problemsOf((draft) => {
      draft.chokepoints[4]!.sector = 'QUANTUM';
    });
    expect(problems).toEqual(['chokepoints[4].sector: unknown sector "QUANTUM"']);
  });

  it('insists on the 35 numbered items in the default catalogue only', () => {
    expect(
      problemsOf((draft) => {
        draft.chokepoints.pop();
      }),
    ).toEqual(['chokepoints: the default catalogue lists 35 items, found 34']);
    expect(
      problemsOf((draft) => {
        draft.chokepoints[9]!.id = 3;
      }),
    ).toEqual(['chokepoints[9].id: duplicate chokepoint id 3 (also chokepoints[2])']);

    const variant = structuredClone(DEFAULT_CATALOGUE_2025) as DeepMutable<Catalogue>;
    variant.id = 'my-variant';
    variant.chokepoints = variant.chokepoints.slice(0, 3);
    variant.chokepoints[2]!.id = 99;
    expect(validateCatalogue(variant).ok).toBe(true);
  });

  it('refuses a missing parameter and a duplicated one', () => {
    const nu = indexOfParameter('nu');
    expect(
      problemsOf((draft) => {
        draft.parameters.splice(nu, 1);
      }),
    ).toEqual(['parameters: missing parameter "nu"']);

    const problems = problemsOf((draft) => {
      draft.parameters.push(structuredClone(draft.parameters[nu]!));
    });
    expect(problems).toEqual([
      `parameters[${DEFAULT_CATALOGUE_2025.parameters.length}].key: duplicate parameter "nu" (also parameters[${nu}])`,
    ]);
  });

  it('refuses a default outside the allowed range', () => {
    const nu = indexOfParameter('nu');
    const problems = problemsOf((draft) => {
      draft.parameters[nu]!.default = 0.9;
    });
    expect(problems).toContain(`parameters[${nu}].default: 0.9 lies outside the allowed range [1, 4]`);
  });

  it('refuses Monte Carlo draws that can leave the allowed range', () => {
    const kappaFin = indexOfParameter('kappaFin');
    expect(
      problemsOf((draft) => {
        draft.parameters[kappaFin]!.distribution = { kind: 'uniform', min: 0, max: 1.2 };
      }),
    ).toEqual([
      `parameters[${kappaFin}].distribution: draws span [0, 1.2], outside the allowed range [0, 0.95]`,
    ]);

    // A multiplier moves with the default: g_F 0.25 × 1.3 exceeds the range's 0.3.
    const gF = indexOfParameter('gF');
    const problems = problemsOf((draft) => {
      (draft.parameters[gF]!.sectorDefaults as Record<string, number>).IC = 0.25;
    });
    expect(problems).toEqual([
      `parameters[${gF}].distribution: draws span [0.175, 0.325] for the default 0.25 (parameters[${gF}].sectorDefaults.IC), outside the allowed range [0.001, 0.3]`,
    ]);
  });

  it('refuses per-sector defaults on a global parameter or for an unknown sector', () => {
    const beta = indexOfParameter('beta');
    const delta = indexOfParameter('delta');
    const problems = problemsOf((draft) => {
      draft.parameters[beta]!.sectorDefaults = { IC: 0.5 };
      (draft.parameters[delta]!.sectorDefaults as Record<string, number>).MARS = 0.2;
    });
    expect(problems).toEqual([
      `parameters[${delta}].sectorDefaults.MARS: unknown sector "MARS"`,
      `parameters[${beta}].sectorDefaults: only a parameter with scope "sector" may differ by sector`,
    ]);
  });

  it('refuses a per-sector source without the per-sector default it documents', () => {
    const gNew = indexOfParameter('gNew');
    const problems = problemsOf((draft) => {
      (draft.parameters[gNew]! as { sectorSources?: object }).sectorSources = {
        ...draft.parameters[gNew]!.sectorSources,
        LITH: { source: 'a report', confidence: 'M' },
      };
    });
    expect(problems).toEqual([
      `parameters[${gNew}].sectorSources.LITH: a source for a sector default that is not given`,
    ]);
  });

  it('refuses badly ordered distributions and fractional whole-number parameters', () => {
    const eta = indexOfParameter('eta');
    const lagB = indexOfParameter('lagB');
    const problems = problemsOf((draft) => {
      draft.parameters[eta]!.distribution = { kind: 'triangular', min: 0.5, mode: 2, max: 1.5 };
      draft.parameters[lagB]!.default = 4.5;
    });
    expect(problems).toEqual([
      `parameters[${lagB}].default: 4.5 must be a whole number`,
      `parameters[${eta}].distribution: needs min ≤ mode ≤ max (got 0.5, 2, 1.5)`,
    ]);
  });

  it('refuses self-dependencies, unknown sectors, duplicate pairs and weights a draw would push above 1', () => {
    const problems = problemsOf((draft) => {
      draft.dependencies[0]!.supplier = 'IC';
      draft.dependencies[1]!.buyer = 'MARS';
      draft.dependencies[3]!.supplier = 'ISW';
      draft.dependencies[4]!.weight = 0.8;
    });
    expect(problems).toEqual([
      'dependencies[0].supplier: a sector cannot depend on itself ("IC")',
      'dependencies[1].buyer: unknown sector "MARS"',
      'dependencies[3]: duplicate dependency IC←ISW (also dependencies[2])',
      'dependencies[4].weight: 0.8 must lie in [0, 0.666667] so that every draw (×1.5) stays within [0, 1]',
    ]);
  });

  it('refuses an unbounded dependency distribution and lever defaults outside their ranges', () => {
    const problems = problemsOf((draft) => {
      draft.dependencyDistribution = { kind: 'lognormal-multiplier', sigma: 0.5 };
      draft.leverDefaults.openness = 1.2;
    });
    expect(problems).toEqual([
      'dependencyDistribution: must be "fixed" or "uniform-multiplier" (bounded), got "lognormal-multiplier"',
      "leverDefaults.openness: 1.2 lies outside the lever's range [0, 1]",
    ]);
  });
});

describe('formatPath', () => {
  it('writes paths as in JavaScript', () => {
    expect(formatPath(['sectors', 3, 'data', 'S0'])).toBe('sectors[3].data.S0');
    expect(formatPath(['parameters', 0, 'sectorDefaults', 'my sector'])).toBe(
      'parameters[0].sectorDefaults["my sector"]',
    );
    expect(formatPath([])).toBe('catalogue');
  });
});
