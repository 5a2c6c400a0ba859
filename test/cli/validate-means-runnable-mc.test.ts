import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../cli/main';
import { getCatalogue, PRESETS } from '../../shared/catalogue';
import type { Scenario } from '../../shared/domain/scenario';
import { calibrate } from '../../shared/engine/calibrate';
import { buildDrawStreams, drawParameters } from '../../shared/engine/draw-parameters';
import { cloneModelParameters } from '../../shared/engine/model-parameters';
import { prepareScenario } from '../../shared/engine/prepare-scenario';
import { serializeScenarioFile } from '../../shared/file-format';
import { useTempFolder } from '../store/temp-folder';
import { memoryIo } from '../support/memory-io';

/**
 * "Validate means runnable" holds for Monte Carlo too: a scenario with any parameter at either end of
 * its documented range (and ω at its largest, scaled ten times) validates, and every draw around it
 * calibrates and runs. Before ω·scale was capped at 1, `omegaScale: 10` failed at draw 3.
 */
const base = PRESETS[0]!;
const catalogue = getCatalogue(base.catalogue)!;
const sectorIds = catalogue.sectors.map((sector) => sector.id);

function corner(name: string, patch: Partial<Scenario>): Scenario {
  return { ...base, ...patch, id: `corner-${name.replace(/[^\w.-]/g, '_')}`, name };
}

/** Every catalogue parameter at its range's minimum and maximum, ω weights and their scale at theirs. */
const corners: Scenario[] = [
  ...catalogue.parameters.flatMap((parameter) =>
    (['min', 'max'] as const).map((end) =>
      corner(`${parameter.key} = ${end}`, {
        parameters: { ...base.parameters, [parameter.key]: parameter.range[end] },
      }),
    ),
  ),
  corner('omegaScale = 0', { parameters: { ...base.parameters, omegaScale: 0 } }),
  corner('omegaScale = 10', { parameters: { ...base.parameters, omegaScale: 10 } }),
  corner('every ω = 1, omegaScale = 10', {
    parameters: { ...base.parameters, omegaScale: 10 },
    sectors: Object.fromEntries(
      sectorIds.map((id) => [
        id,
        {
          ...base.sectors[id],
          parameters: {
            omega: Object.fromEntries(sectorIds.filter((other) => other !== id).map((other) => [other, 1])),
          },
        },
      ]),
    ),
  }),
];

const folder = useTempFolder('chokepoint-mc-corners-');

describe('validate means runnable, with Monte Carlo', () => {
  it(
    'validates every corner and runs each with --mc without a failing draw',
    { timeout: 240_000 },
    async () => {
      const dir = folder();
      writeFileSync(
        join(dir, 'corners.chokepoint'),
        serializeScenarioFile(corners, {
          exportedAt: '2026-12-07T00:00:00Z',
          appVersion: '0.1.0',
          modelVersion: 2,
        }),
      );
      const validate = memoryIo(dir);
      expect(await runCli(['validate', 'corners.chokepoint'], validate), validate.err()).toBe(0);
      const run = memoryIo(dir);
      expect(
        await runCli(['run', 'corners.chokepoint', '--mc', '4', '--out', 'runs.json'], run),
        run.err(),
      ).toBe(0);
      expect(run.err()).toBe('');
    },
  );

  it('calibrates every one of 300 draws around every corner', { timeout: 240_000 }, () => {
    const streams = buildDrawStreams(catalogue);
    const failures: string[] = [];
    for (const scenario of corners) {
      const prepared = prepareScenario(scenario, catalogue);
      if (!prepared.ok) throw new Error(`${scenario.name}: ${JSON.stringify(prepared.error)}`);
      const { parameters, overrides } = prepared.value;
      const workspace = cloneModelParameters(parameters);
      for (let draw = 0; draw < 300; draw++) {
        drawParameters(catalogue, streams, parameters, overrides, scenario.seed, draw, workspace);
        const calibrated = calibrate(workspace, catalogue.leverDefaults, 12);
        if (!calibrated.ok) {
          failures.push(`${scenario.name}, draw ${draw}: ${JSON.stringify(calibrated.error)}`);
          break;
        }
      }
    }
    expect(failures).toEqual([]);
  });
});
