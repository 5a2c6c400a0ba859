import { BUILT_IN_PACKAGES } from '../../shared/packages/built-in-packages';
import fc from 'fast-check';
import type { Catalogue } from '../../shared/catalogue/types';
import { INPUT_RANGES, LEVER_IDS } from '../../shared/domain/inputs';
import type { InputId } from '../../shared/domain/inputs';
import { findJsonHazard } from '../../shared/domain/plain-json';
import type { Scenario, SectorInputs } from '../../shared/domain/scenario';
import { ID_PATTERN } from '../../shared/domain/scenario-schema';
import { IDENTITY_NAMES } from '../../shared/domain/scenario-display';
import type { Schedule } from '../../shared/domain/schedule';

const double = (min: number, max: number) => fc.double({ min, max, noNaN: true, noDefaultInfinity: true });

/** Extension values: small plain JSON (fast-check likes to try `__proto__` keys, which files refuse). */
const extensionValue = fc
  .jsonValue({ maxDepth: 3 })
  .filter((value) => findJsonHazard(value, 10) === undefined);
const extensions = fc.dictionary(
  fc.string({ minLength: 1, maxLength: 8 }).map((key) => `x-${key}`),
  extensionValue,
  { maxKeys: 2 },
);

function schedule(input: InputId, baseYear: number): fc.Arbitrary<Schedule> {
  const { min, max } = INPUT_RANGES[input];
  const steps = fc
    .tuple(
      fc.integer({ min: Math.max(1900, baseYear - 10), max: baseYear }),
      fc.uniqueArray(fc.integer({ min: baseYear + 1, max: Math.min(2200, baseYear + 60) }), { maxLength: 4 }),
    )
    .chain(([first, later]) => {
      const years = [first, ...later.sort((a, b) => a - b)];
      return fc.tuple(...years.map((year) => double(min, max).map((value) => ({ year, value }))));
    });
  return fc.oneof(double(min, max), steps);
}

function optionalRecord<T>(keys: readonly string[], value: (key: string) => fc.Arbitrary<T>) {
  return fc.record(Object.fromEntries(keys.map((key) => [key, value(key)])), { requiredKeys: [] });
}

function sectorInputs(catalogue: Catalogue, baseYear: number): fc.Arbitrary<SectorInputs> {
  const sectorIds = catalogue.sectors.map((sector) => sector.id);
  const parameterKeys = catalogue.parameters.map((parameter) => parameter.key);
  const definition = (key: string) => catalogue.parameters.find((parameter) => parameter.key === key)!;
  // Whole-number parameters (the lags) take whole values, as the semantic checks require.
  const value = (key: string) => {
    const { range, integer } = definition(key);
    return integer
      ? fc.integer({ min: Math.ceil(range.min), max: Math.floor(range.max) })
      : double(range.min, range.max);
  };
  const data = fc.record(
    {
      S0: double(0, 1),
      r0: double(0, 1),
      lag0: double(0.5, 30),
      V0: double(0.1, 500),
      dSObs: double(-0.1, 0.1),
    },
    { requiredKeys: [] },
  );
  const parameters = fc.record(
    {
      ...Object.fromEntries(parameterKeys.slice(0, 6).map((key) => [key, value(key)])),
      a: double(0, 5),
      omega: optionalRecord(sectorIds.slice(0, 4), () => double(0, 1)),
    },
    { requiredKeys: [] },
  );
  return fc
    .tuple(
      fc.record(
        {
          levers: optionalRecord(LEVER_IDS, (lever) => schedule(lever as InputId, baseYear)),
          restriction: schedule('restriction', baseYear),
          data,
          parameters,
        },
        { requiredKeys: [] },
      ),
      extensions,
    )
    .map(([inputs, x]) => ({ ...inputs, ...x }) as SectorInputs);
}

const timestamp = fc
  .date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2099-12-31T00:00:00Z'), noInvalidDate: true })
  .map((date) => date.toISOString());

/** Valid scenarios on `catalogue`: every field, any text, schedules and overrides inside their ranges. */
export function scenarioArbitrary(catalogue: Catalogue): fc.Arbitrary<Scenario> {
  const sectorIds = catalogue.sectors.map((sector) => sector.id);
  const nu = catalogue.parameters.find((parameter) => parameter.key === 'nu')!.range;
  const text = (maxLength: number) => fc.string({ unit: 'binary', maxLength });
  return fc.integer({ min: 1990, max: 2100 }).chain((baseYear) =>
    fc
      .tuple(
        fc.record(
          {
            id: fc.stringMatching(ID_PATTERN),
            name: text(60).filter((name) => name.length >= 1 && name.length <= 200),
            description: text(200),
            author: text(40).filter((author) => author.length <= 200),
            tags: fc.array(fc.string({ minLength: 1, maxLength: 20 }), { maxLength: 4 }),
            display: fc.record({ identity: fc.constantFrom(...IDENTITY_NAMES) }),
            createdAt: timestamp,
            updatedAt: timestamp,
            parent: fc.record({ id: fc.stringMatching(ID_PATTERN), revision: fc.nat() }),
            baseYear: fc.constant(baseYear),
            horizon: fc.integer({ min: 1, max: 50 }),
            seed: fc.integer({ min: 0, max: 2 ** 32 - 1 }),
            catalogue: fc.constant(catalogue.id),
            sectors: optionalRecord(sectorIds, () => sectorInputs(catalogue, baseYear)),
            parameters: fc.record(
              { nu: double(nu.min, nu.max), omegaScale: double(0, 2), psi: double(0, 3) },
              { requiredKeys: [] },
            ),
            restrictionPackages: fc.uniqueArray(
              fc.constantFrom(...BUILT_IN_PACKAGES.map((entry) => entry.id)),
              {
                maxLength: 3,
              },
            ),
          },
          {
            requiredKeys: [
              'id',
              'name',
              'description',
              'author',
              'tags',
              'createdAt',
              'updatedAt',
              'baseYear',
              'horizon',
              'seed',
              'catalogue',
              'sectors',
            ],
          },
        ),
        extensions,
      )
      .map(([scenario, x]) => ({ ...scenario, ...x }) as Scenario),
  );
}
