import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../cli/main';
import { getCatalogue, PRESETS } from '../../shared/catalogue';
import { prepareScenario } from '../../shared/engine/prepare-scenario';
import { runPrepared } from '../../shared/engine/run-prepared';
import { runToJson } from '../../shared/results/run-json';
import { memoryIo } from '../support/memory-io';
import { fileTempFolder } from '../store/temp-folder';

const dir = fileTempFolder('chokepoint-cli-');

beforeAll(async () => {
  expect(await runCli(['example', '--out', 'x.chokepoint'], memoryIo(dir))).toBe(0);
});

describe('chokepoint run', () => {
  it('prints the documented JSON, one object per scenario, an array for several', async () => {
    const io = memoryIo(dir);
    expect(await runCli(['run', 'x.chokepoint'], io)).toBe(0);
    const runs = JSON.parse(io.out());
    expect(runs).toHaveLength(PRESETS.length);
    const baseline = runs[0];
    expect(Object.keys(baseline)).toEqual(
      expect.arrayContaining([
        'modelVersion',
        'scenario',
        'years',
        'sectors',
        'dt',
        'aggregate',
        'chokepoints',
        'costs',
        'targets',
      ]),
    );
    expect(baseline.modelVersion).toBe(2);
    expect(baseline.scenario).toEqual({ id: PRESETS[0]!.id, name: 'Baseline' });
    expect(baseline.years[0]).toBe(2025);
    expect(baseline.years.at(-1)).toBe(2040);
    expect(Object.keys(baseline.sectors.IC)).toEqual(['S', 'C', 'U', 'F', 'R', 'P', 'yearsBehind']);
    expect(baseline.sectors.IC.S).toHaveLength(16);
    expect(baseline.chokepoints.open[0]).toBe(28);
    expect(baseline.chokepoints.openIds[0]).toHaveLength(28);
    expect(baseline.dt).toBeCloseTo(1 / 12, 5);
    expect(baseline.targets.IC).toHaveProperty('0.5');
    expect(baseline.bands).toBeUndefined();
  });

  it('runs model version 1 with --model 1, as published results need, and refuses unknown versions', async () => {
    const v1 = memoryIo(dir);
    const v2 = memoryIo(dir);
    expect(
      await runCli(['run', 'x.chokepoint', '--scenario', 'Self-reliance push', '--model', '1'], v1),
    ).toBe(0);
    expect(await runCli(['run', 'x.chokepoint', '--scenario', 'Self-reliance push'], v2)).toBe(0);
    const [one, two] = [JSON.parse(v1.out()), JSON.parse(v2.out())];
    expect(one.modelVersion).toBe(1);
    expect(two.modelVersion).toBe(2);
    const preset = PRESETS.find((p) => p.name === 'Self-reliance push')!;
    const prepared = prepareScenario(preset, getCatalogue(preset.catalogue)!, { modelVersion: 1 });
    const expected = prepared.ok ? runPrepared(prepared.value) : prepared;
    if (!expected.ok) throw new Error('version 1 did not run');
    expect(one).toEqual(runToJson(preset, expected.value, undefined, undefined, 1));
    expect(one.sectors.SME.S).not.toEqual(two.sectors.SME.S);

    const wrong = memoryIo(dir);
    expect(await runCli(['run', 'x.chokepoint', '--model', '3'], wrong)).toBe(2);
    expect(wrong.err()).toContain('--model must be one of 1, 2, got "3"');
  });

  it('adds P10–P90 bands with --mc and is reproducible with --seed', async () => {
    const first = memoryIo(dir);
    const second = memoryIo(dir);
    expect(
      await runCli(['run', 'x.chokepoint', '--scenario', 'Escalation', '--mc', '20', '--seed', '5'], first),
    ).toBe(0);
    expect(
      await runCli(['run', 'x.chokepoint', '--scenario', 'escalation', '--mc', '20', '--seed', '5'], second),
    ).toBe(0);
    const run = JSON.parse(first.out());
    expect(run.scenario.name).toBe('Escalation');
    expect(run.bands.sectors.IC.S.p10).toHaveLength(16);
    expect(run.bands.chokepointsOpen.p50).toHaveLength(16);
    expect(first.out()).toBe(second.out());
  });

  it('runs with a finer step given as --dt 1/48', async () => {
    const io = memoryIo(dir);
    expect(await runCli(['run', 'x.chokepoint', '--scenario', 'Baseline', '--dt', '1/48'], io)).toBe(0);
    expect(JSON.parse(io.out()).dt).toBeCloseTo(1 / 48, 6);
  });

  it('writes CSV with one row per scenario, sector, year and variable, with a BOM when written to a file', async () => {
    expect(
      await runCli(
        ['run', 'x.chokepoint', '--scenario', 'Baseline', '--format', 'csv', '--out', 'b.csv'],
        memoryIo(dir),
      ),
    ).toBe(0);
    const text = readFileSync(join(dir, 'b.csv'), 'utf8');
    expect(text.startsWith('\uFEFFscenario_id,scenario_name,sector,year,variable,value\r\n')).toBe(true);
    const rows = text.trim().split('\r\n');
    // 11 sectors × 7 variables + 11 economy-wide series, 16 years each, plus the header.
    expect(rows).toHaveLength((11 * 7 + 5 + 6) * 16 + 1);
    expect(rows).toContain(`${PRESETS[0]!.id},Baseline,ALL,2025,chokepointsOpen,28`);
  });

  it('refuses a bad file with exit 1, naming the file and the JSON path', async () => {
    const file = join(dir, 'bad.chokepoint');
    const document = JSON.parse(readFileSync(join(dir, 'x.chokepoint'), 'utf8'));
    document.scenarios[3].sectors.IC.levers.rdTaxCut = 0.9;
    writeFileSync(file, JSON.stringify(document));
    const io = memoryIo(dir);
    expect(await runCli(['run', 'bad.chokepoint'], io)).toBe(1);
    expect(io.err()).toContain('bad.chokepoint: $.scenarios[3].sectors.IC.levers.rdTaxCut');
    expect(io.err()).toMatch(/0\.4/);
    expect(io.out()).toBe('');
  });

  it('answers a usage error with exit 2', async () => {
    expect(await runCli(['run'], memoryIo(dir))).toBe(2);
    expect(await runCli(['run', 'x.chokepoint', '--format', 'xml'], memoryIo(dir))).toBe(2);
    expect(await runCli(['run', 'x.chokepoint', '--mc', 'lots'], memoryIo(dir))).toBe(2);
    expect(await runCli(['run', 'x.chokepoint', '--dt', '0.3'], memoryIo(dir))).toBe(2);
    expect(await runCli(['frobnicate'], memoryIo(dir))).toBe(2);
  });

  it('says which scenarios exist when --scenario matches none', async () => {
    const io = memoryIo(dir);
    expect(await runCli(['run', 'x.chokepoint', '--scenario', 'Nope'], io)).toBe(1);
    expect(io.err()).toContain('"Baseline"');
  });
});
