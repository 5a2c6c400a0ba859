import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { optimizeHelp } from '../../cli/help/optimize';
import type * as MonteCarloPoolModule from '../../cli/parallel/monte-carlo-pool';
import { runCli } from '../../cli/main';
import { getCatalogue } from '../../shared/catalogue';
import { prepareScenario, runMonteCarlo } from '../../shared/engine';
import { parseScenarioFile } from '../../shared/file-format';
import { PLAN_ORIGIN_KEY } from '../../shared/optimize';
import { memoryIo } from '../support/memory-io';
import { fileTempFolder } from '../store/temp-folder';

// One pool of worker threads for every search of this file. The command starts a pool and closes it
// on each call, and each thread would load the worker and warm up its engine again for every search.
// The searches, their threads and their answers are the command's own; the pool's start and close are
// tested in test/cli/monte-carlo-pool.test.ts, and the README test runs the command with a pool of its
// own.
const sharedPool = vi.hoisted(() => ({ pool: undefined as { close(): Promise<void> } | undefined }));
vi.mock('../../cli/parallel/monte-carlo-pool', async (importOriginal) => {
  const original = await importOriginal<typeof MonteCarloPoolModule>();
  return {
    ...original,
    createMonteCarloPool: (threads: number) => {
      const pool = (sharedPool.pool ??= original.createMonteCarloPool(threads)) as ReturnType<
        typeof original.createMonteCarloPool
      >;
      return { ...pool, close: async () => {} };
    },
  };
});
afterAll(() => sharedPool.pool?.close());

const dir = fileTempFolder('chokepoint-optimize-');
const catalogue = getCatalogue('default-2025')!;

beforeAll(async () => {
  expect(await runCli(['example', '--out', 'all.chokepoint'], memoryIo(dir))).toBe(0);
});

async function optimize(...args: string[]) {
  return optimizeWith(memoryIo(dir), ...args);
}

async function optimizeWith(io: ReturnType<typeof memoryIo>, ...args: string[]) {
  const code = await runCli(
    ['optimize', 'all.chokepoint', '--scenario', 'Push under escalation', ...args],
    io,
  );
  return { code, out: io.out(), err: io.err() };
}

// Small problems (two levers in one sector, 40 draws) keep each search to a second or two.
const small = ['--levers', 'basicResearch,procurement', '--sectors', 'IC', '--mc', '40'];

/**
 * The single-target search, run once for the two tests that read it: its answer and plan file, and the
 * progress it shows on stderr as a terminal (the search is the same whether stderr is a terminal).
 */
let singleTarget: Promise<{ code: number; out: string; progress: string }> | undefined;
function singleTargetOnTerminal() {
  singleTarget ??= (async () => {
    let progress = '';
    const io = {
      ...memoryIo(dir),
      stderrIsTerminal: true,
      stderr: (text: string) => void (progress += text),
    };
    const { code, out } = await optimizeWith(
      io,
      ...small,
      '--target',
      'IC:S>=0.5@2035',
      '--out',
      'one.chokepoint',
    );
    return { code, out, progress };
  })();
  return singleTarget;
}

// Each search reads its packages on every draw, then prices each lever and reads fresh draws: seconds
// on a quiet machine, more when the machine is shared.
describe('chokepoint optimize', { timeout: 240_000 }, () => {
  it('answers in JSON with every option, writes a plan that a Monte Carlo run reproduces', async () => {
    const { code, out, err } = await optimize(
      ...small,
      '--target',
      'IC:S>=0.5@2035',
      '--target',
      'IC:C>=0.6@2035',
      '--confidence',
      '70%',
      '--seed',
      '7',
      '--from',
      '2027',
      '--ramp',
      '3',
      '--discount-rate',
      '0.05',
      '--out',
      'plan.chokepoint',
      '--json',
    );
    expect(err).toBe('');
    expect(code).toBe(0);
    const json = JSON.parse(out);
    expect(json).toMatchObject({
      scenario: { name: 'Push under escalation' },
      targets: ['IC:S>=0.5@2035', 'IC:C>=0.6@2035'],
      feasible: true,
      problem: { confidence: 0.7, draws: 40, seed: 7, discountRate: 0.05, fromYear: 2027, rampYears: 3 },
      plan: { file: 'plan.chokepoint' },
    });
    expect(json.confidence).toBeGreaterThanOrEqual(0.7);
    expect(
      json.package.map((entry: { sector: string; lever: string }) => `${entry.sector}.${entry.lever}`),
    ).toEqual(['IC.basicResearch', 'IC.procurement']);
    for (const key of [
      'cost',
      'frontier',
      'failureDrivers',
      'start',
      'otherCosts',
      'priceOfConfidence',
      'robustness',
    ])
      expect(json).toHaveProperty(key);
    expect(json.stopped).toBeUndefined();
    expect(json.robustness).toMatchObject({ draws: 40, seed: expect.any(Number) });
    expect(json.robustness.seed).not.toBe(7);

    const file = parseScenarioFile(readFileSync(join(dir, 'plan.chokepoint'), 'utf8'));
    if (!file.ok) throw new Error('the plan file does not read back');
    const [plan] = file.value.scenarios;
    expect(plan!.seed).toBe(7);
    expect((plan as unknown as Record<string, { targets: string[] }>)[PLAN_ORIGIN_KEY]!.targets).toEqual(
      json.targets,
    );
    // The ramp reaches the level in three yearly steps from 2027; 2026 keeps the start's value.
    const procurement = plan!.sectors.IC!.levers!.procurement as { year: number; value: number }[];
    const level = json.package[1].level;
    if (level !== json.package[1].start) {
      expect(procurement.filter((point) => point.year >= 2027).map((point) => point.year)).toEqual([
        2027, 2028, 2029,
      ]);
      expect(procurement.at(-1)!.value).toBe(level);
    }
    // Both targets on the same 40 draws of the saved scenario: the reported confidence.
    const prepared = prepareScenario(plan!, catalogue);
    if (!prepared.ok) throw new Error('the plan does not prepare');
    const mc = runMonteCarlo(prepared.value, { draws: 40, seed: plan!.seed, targets: [0.5] });
    if (!mc.ok) throw new Error('the plan does not run');
    expect(mc.value.targetProbability.IC!['0.5']![10]).toBeGreaterThanOrEqual(json.confidence);
    expect(await runCli(['run', 'plan.chokepoint', '--mc', '40'], memoryIo(dir))).toBe(0);
  });

  it('reproduces its confidence exactly with a single target, and prints a readable answer', async () => {
    const { code, out } = await singleTargetOnTerminal();
    expect(code).toBe(0);
    expect(out).toMatch(/^Plan for "Push under escalation": IC:S>=0\.5@2035 in 80\.0 % of 40 draws/);
    const reported = Number(/met in ([\d.]+) % of the draws/.exec(out)![1]) / 100;
    // Levers, sectors and costs in words; the start's schedule as it is written.
    expect(out).toMatch(/^Chips +Domestic procurement +(left alone|[\d.]+) +0, then 0\.5 from 2026$/m);
    expect(out).not.toMatch(/basicResearch|rdTaxCut/);
    expect(out).toMatch(/(a saving of|more than) USD [\d.]+ bn (against|than) the starting scenario/);
    expect(out).toMatch(/Other costs of the plan \(not minimised\): disruption USD [\d.]+ bn, substitution/);
    expect(out).toMatch(/On 40 fresh draws \(seed \d+\): met in [\d.]+ %/);
    expect(out).toMatch(/What breaks it/);
    const file = parseScenarioFile(readFileSync(join(dir, 'one.chokepoint'), 'utf8'));
    if (!file.ok) throw new Error('the plan file does not read back');
    const prepared = prepareScenario(file.value.scenarios[0]!, catalogue);
    if (!prepared.ok) throw new Error('the plan does not prepare');
    const mc = runMonteCarlo(prepared.value, {
      draws: 40,
      seed: file.value.scenarios[0]!.seed,
      targets: [0.5],
    });
    if (!mc.ok) throw new Error('the plan does not run');
    expect(mc.value.targetProbability.IC!['0.5']![10]).toBeCloseTo(reported, 10);
  });

  it('exits 0 with feasible: false, the shortfall and the binding bounds when out of reach; --out stays unwritten', async () => {
    const { code, out, err } = await optimize(
      ...small,
      '--target',
      'IC:S>=0.97@2028',
      '--json',
      '--out',
      'unreachable.chokepoint',
    );
    expect(code).toBe(0);
    const json = JSON.parse(out);
    expect(json.feasible).toBe(false);
    expect(json.limitedBy).toBe('bounds');
    expect(json.confidence).toBeLessThan(0.8);
    expect(Number.isFinite(json.cost)).toBe(true);
    expect(Array.isArray(json.bindingBounds)).toBe(true);
    // How far out of reach: the value reached in 80 % of the draws, the confidence at 0.97.
    expect(json.shortfall).toHaveLength(1);
    expect(json.shortfall[0]).toMatchObject({ target: 'IC:S>=0.97@2028', value: 0.97 });
    expect(json.shortfall[0].reached).toBeLessThan(0.97);
    expect(json.shortfall[0].confidence).toBeLessThan(0.8);
    expect(existsSync(join(dir, 'unreachable.chokepoint'))).toBe(false);
    expect(err).toMatch(
      /unreachable\.chokepoint was not written: the targets are not reachable; add --out-best/,
    );
    expect(json.plan.file).toBeUndefined();

    const best = await optimize(...small, '--target', 'IC:S>=0.97@2028', '--out-best', 'best.chokepoint');
    expect(best.code).toBe(0);
    expect(best.out).toMatch(/^Not reachable within the levers’ ranges/m);
    expect(best.out).toMatch(
      /^ {2}IC:S>=0\.97@2028: [\d.]+ is reached in 80\.0 % of the draws; 0\.97 in [\d.]+ %\.$/m,
    );
    const file = parseScenarioFile(readFileSync(join(dir, 'best.chokepoint'), 'utf8'));
    expect(file.ok && file.value.scenarios[0]!.description).toMatch(
      /^Best package \(the targets are not reached\)/,
    );
  });

  it('stops at the time limit with the best package found so far, marked "stopped": "time"', async () => {
    const { code, out } = await optimize(
      ...small,
      '--target',
      'IC:S>=0.5@2035',
      '--time-limit',
      '0.001',
      '--json',
    );
    expect(code).toBe(0);
    const json = JSON.parse(out);
    expect(json.stopped).toBe('time');
    expect(json.package).toHaveLength(2);
    expect(json.robustness).toBeNull();
  });

  it('shows progress on stderr when stderr is a terminal, and nothing when it is piped', async () => {
    const { code, progress } = await singleTargetOnTerminal();
    expect(code).toBe(0);
    expect(progress).toMatch(/\r\d+ s, [a-z -]+: \d+ central runs, \d+ draws/);
    // The last thing written clears the line, so the answer starts on a clean one.
    expect(progress.endsWith('\r\x1b[K')).toBe(true);
  });

  it('help and parser agree on the limits of --mc; out of range is a usage error', async () => {
    const mc = optimizeHelp.options.find((option) => option.flags === '--mc N')!;
    const [, low, high] = /\((\d+) to (\d+)\)/.exec(mc.description)!.map(Number) as [number, number, number];
    for (const value of [low - 1, high + 1, 0]) {
      const { code, err } = await optimize('--target', 'IC:S>=0.5@2035', '--mc', String(value));
      expect(code).toBe(2);
      expect(err).toMatch(new RegExp(`--mc must be a whole number from ${low} to ${high}`));
    }
    const lowest = await optimize(
      ...small.slice(0, 4),
      '--mc',
      String(low),
      '--target',
      'IC:S>=0.5@2035',
      '--time-limit',
      '0.001',
    );
    expect(lowest.code).toBe(0);
  });

  it('refuses a budget below the cheapest package, naming both amounts', async () => {
    const { code, err } = await optimize(...small, '--target', 'IC:S>=0.5@2035', '--budget=-500');
    expect(code).toBe(1);
    expect(err).toMatch(
      /budget of USD -500\.0 bn is below the cheapest package the levers allow \(USD [\d.]+ bn/,
    );
  });

  it.each([
    [[], 2, /needs at least one --target/],
    [['--target', 'IC S 0.5'], 2, /--target "IC S 0\.5": write SECTOR:S>=VALUE@YEAR/],
    [['--target', 'IC:S>=0.5@2035', '--confidence', 'most'], 2, /--confidence must be a share/],
    [['--target', 'IC:S>=0.5@2035', '--budget', 'lots'], 2, /--budget must be an amount/],
    [['--target', 'IC:S>=0.5@2035', '--confidence', '1'], 1, /strictly between 0 and 1/],
    [['--target', 'IC:S>=0.5@2035', '--levers', ''], 1, /at least one lever/],
    [['--target', 'IC:S>=0.5@2035', '--levers', 'restriction'], 1, /restriction is the world/],
    [['--target', 'IC:S>=0.5@2035', '--sectors', 'XX'], 1, /Unknown sector "XX".*sectors: IC, /],
    [['--target', 'ICC:S>=0.5@2035'], 1, /Unknown sector "ICC" in the targets \(did you mean "IC"\?\)/],
    [['--target', 'IC:S>=0.5@2030', '--from', '2031'], 1, /starts in 2031, after the year of target/],
    [['--target', 'IC:S>=0.5@2035', '--mc', '5'], 2, /--mc must be a whole number from 20 to 5000/],
    [['--target', 'IC:S>=0.5@2035', '--time-limit', '0'], 2, /--time-limit must be a number of seconds/],
  ])('refuses %j with exit %i and a message', async (args, exit, message) => {
    const { code, err } = await optimize(...args);
    expect(code).toBe(exit);
    expect(err).toMatch(message);
  });

  it('names the scenarios when none matches', async () => {
    const io = memoryIo(dir);
    expect(
      await runCli(['optimize', 'all.chokepoint', '--scenario', 'Nope', '--target', 'IC:S>=0.5@2035'], io),
    ).toBe(1);
    expect(io.err()).toMatch(/no scenario with the id or name "Nope" \(found: "Baseline"/);
  });
});
