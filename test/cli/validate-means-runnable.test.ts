import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { beforeEach, describe, expect, it } from 'vitest';
import { runCli } from '../../cli/main';
import { getCatalogue, PRESETS } from '../../shared/catalogue';
import { DATA_KEYS } from '../../shared/domain/parameter-keys';
import { useTempFolder } from '../store/temp-folder';
import { memoryIo } from '../support/memory-io';

const folder = useTempFolder('chokepoint-runnable-');
let dir = '';
beforeEach(() => {
  dir = folder();
});

const base = PRESETS[0]!;
const catalogue = getCatalogue(base.catalogue)!;

function fileWith(sectorPatch: object, globalPatch: object = {}): string {
  const scenario = {
    ...base,
    sectors: { ...base.sectors, IC: { ...base.sectors.IC, ...sectorPatch } },
    parameters: { ...base.parameters, ...globalPatch },
  };
  return JSON.stringify({
    format: 'chokepoint-scenarios',
    formatVersion: 1,
    modelVersion: 1,
    scenarios: [scenario],
  });
}

async function validate(text: string) {
  writeFileSync(join(dir, 'f.chokepoint'), text);
  const io = memoryIo(dir);
  return { code: await runCli(['validate', 'f.chokepoint'], io), err: io.err() };
}

describe('validate means runnable', () => {
  it.each([
    ['data.V0 = 5e-324', { data: { V0: 5e-324 } }, {}, '$.scenarios[0].sectors.IC.data.V0'],
    ['parameters.a = 1e300', { parameters: { a: 1e300 } }, {}, '$.scenarios[0].sectors.IC.parameters.a'],
    [
      'parameters.psi = 1e308',
      { parameters: { psi: 1e308 } },
      {},
      '$.scenarios[0].sectors.IC.parameters.psi',
    ],
    ['data.dLagObs = -1e300', { data: { dLagObs: -1e300 } }, {}, '$.scenarios[0].sectors.IC.data.dLagObs'],
    ['data.lag0 = 1e300', { data: { lag0: 1e300 } }, {}, '$.scenarios[0].sectors.IC.data.lag0'],
    ['data.lag0 = 5e-324', { data: { lag0: 5e-324 } }, {}, '$.scenarios[0].sectors.IC.data.lag0'],
    ['omegaScale = 1e300', {}, { omegaScale: 1e300 }, '$.scenarios[0].parameters.omegaScale'],
    ['lagR = 2.5', {}, { lagR: 2.5 }, '$.scenarios[0].parameters.lagR'],
  ])('refuses %s with its JSON path', async (_name, sector, global, path) => {
    const { code, err } = await validate(fileWith(sector, global));
    expect(code).toBe(1);
    expect(err).toContain(`f.chokepoint: ${path}: expected`);
  });

  it('refuses what the engine refuses, at the override that caused it', async () => {
    // Each value is inside its own range, but together they make the calibration fail.
    const { code, err } = await validate(fileWith({ parameters: { a: 1000, nu: 1 } }));
    expect(code).toBe(1);
    expect(err).toMatch(
      /^f\.chokepoint: \$\.scenarios\[0\]\.sectors\.IC(\.parameters\.a)?: the model cannot run this: /m,
    );
  });

  it('over random files with extreme values: validate accepts only what run runs without NaN', async () => {
    const extreme = fc.oneof(
      fc.constantFrom(0, 5e-324, 1e-300, 1e-3, 0.01, 1, 2.5, 10, 100, 1000, 1e6, 1e300, -1e300, -1),
      fc.double({ min: -2000, max: 2000, noNaN: true }),
    );
    const keys = catalogue.parameters.map((parameter) => parameter.key);
    const overrides = fc.record(
      {
        data: fc.dictionary(fc.constantFrom(...DATA_KEYS), extreme, { maxKeys: 3 }),
        parameters: fc.dictionary(fc.constantFrom(...keys, 'a', 'psi'), extreme, { maxKeys: 3 }),
      },
      { requiredKeys: [] },
    );
    const global = fc.dictionary(fc.constantFrom('omegaScale', 'nu', 'gF', 'lagR'), extreme, { maxKeys: 2 });
    let accepted = 0;
    await fc.assert(
      fc.asyncProperty(overrides, global, async (sector, scenarioWide) => {
        const { code, err } = await validate(fileWith(sector, scenarioWide));
        if (code === 1) {
          for (const line of err.trim().split('\n')) expect(line).toMatch(/^f\.chokepoint: \$[.\w[\]]*: /);
          return;
        }
        expect(code).toBe(0);
        accepted++;
        const io = memoryIo(dir);
        expect(await runCli(['run', 'f.chokepoint', '--format', 'json'], io)).toBe(0);
        // JSON writes NaN and ±Infinity as null; only `targets` (a year not reached) may be null.
        const { targets: _targets, ...numbers } = JSON.parse(io.out()) as Record<string, unknown>;
        expect(JSON.stringify(numbers)).not.toContain('null');
      }),
      { numRuns: 60 },
    );
    expect(accepted).toBeGreaterThan(0);
  });
});
