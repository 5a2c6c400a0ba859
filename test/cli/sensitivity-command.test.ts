import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { sensitivityCommand } from '../../cli/commands/sensitivity';
import { runCli } from '../../cli/main';
import { UsageError } from '../../cli/parse-options';
import { catalogue } from '../support/engine-arbitraries';
import { memoryIo } from '../support/memory-io';
import { fileTempFolder } from '../store/temp-folder';

const dir = fileTempFolder('chokepoint-sensitivity-');

beforeAll(async () => {
  expect(await runCli(['example', '--out', 'x.chokepoint'], memoryIo(dir))).toBe(0);
  expect(await runCli(['example', 'escalation', '--out', 'one.chokepoint'], memoryIo(dir))).toBe(0);
});

// The command is called directly: cli/main.ts maps a thrown UsageError to exit code 2.
describe('chokepoint sensitivity', () => {
  it('prints one ranked row per parameter, largest swing first', async () => {
    const io = memoryIo(dir);
    expect(
      await sensitivityCommand(
        ['x.chokepoint', '--scenario', 'Escalation', '--sector', 'IC', '--year', '2035'],
        io,
      ),
    ).toBe(0);
    const lines = io.out().trimEnd().split('\n');
    expect(lines[0]).toMatch(/^Sensitivity of S in IC in 2035, scenario "Escalation"/);
    const rows = lines.slice(4);
    expect(rows).toHaveLength(catalogue.parameters.length);
    expect(rows[0]).toMatch(/^1 +\S+/);
    const swings = rows.map((row) => Number(row.trim().split(/ +/)[7]));
    for (let i = 1; i < swings.length; i++) expect(swings[i]!).toBeLessThanOrEqual(swings[i - 1]!);
  });

  it('writes the tornado as JSON, for C, and defaults the year to the horizon', async () => {
    const io = memoryIo(dir);
    expect(
      await sensitivityCommand(['one.chokepoint', '--sector', 'SME', '--output', 'C', '--json'], io),
    ).toBe(0);
    const json = JSON.parse(io.out());
    expect(json).toMatchObject({
      scenario: { name: 'Escalation' },
      output: { kind: 'C', sector: 'SME' },
      year: 2040,
    });
    expect(Object.keys(json.bars[0])).toEqual([
      'key',
      'symbol',
      'scope',
      'low',
      'high',
      'outputLow',
      'outputHigh',
      'swing',
      'held',
    ]);
    expect(json.bars).toHaveLength(catalogue.parameters.length);
  });

  it('ranks the economy-wide outputs without a sector', async () => {
    const io = memoryIo(dir);
    expect(
      await sensitivityCommand(['one.chokepoint', '--output', 'chokepoints', '--year', '2030', '--json'], io),
    ).toBe(0);
    expect(JSON.parse(io.out()).output).toEqual({ kind: 'chokepointsOpen' });
    expect(await sensitivityCommand(['one.chokepoint', '--output', 'aggregate'], memoryIo(dir))).toBe(0);
  });

  it('answers bad input with exit 1 and a message naming the problem', async () => {
    const cases: [string[], RegExp][] = [
      [['x.chokepoint', '--scenario', 'Nope', '--sector', 'IC'], /no scenario with the id or name "Nope"/],
      [['one.chokepoint', '--sector', 'IC', '--year', '2050'], /year 2050 is outside the run \(2025–2040\)/],
      [['missing.chokepoint', '--sector', 'IC'], /missing\.chokepoint: cannot read the file/],
    ];
    for (const [args, message] of cases) {
      const io = memoryIo(dir);
      expect(await sensitivityCommand(args, io)).toBe(1);
      expect(io.err()).toMatch(message);
      expect(io.out()).toBe('');
    }
    writeFileSync(join(dir, 'bad.chokepoint'), '{ not json');
    expect(await sensitivityCommand(['bad.chokepoint', '--sector', 'IC'], memoryIo(dir))).toBe(1);
  });

  it('defaults to the first scenario and the aggregate, and takes sector ids in any case', async () => {
    const io = memoryIo(dir);
    expect(await sensitivityCommand(['x.chokepoint', '--json'], io)).toBe(0);
    expect(io.err()).toMatch(/^note: x\.chokepoint holds 5 scenarios; using the first, "Baseline"/);
    expect(JSON.parse(io.out())).toMatchObject({
      scenario: { name: 'Baseline' },
      output: { kind: 'aggregateS' },
    });
    const lower = memoryIo(dir);
    expect(await sensitivityCommand(['one.chokepoint', '--sector', 'ic', '--json'], lower)).toBe(0);
    expect(JSON.parse(lower.out())).toMatchObject({ output: { kind: 'S', sector: 'IC' } });
    const typo = memoryIo(dir);
    expect(await runCli(['sensitivity', 'one.chokepoint', '--sector', 'SEM'], typo)).toBe(2);
    expect(typo.err()).toMatch(
      /^chokepoint sensitivity: unknown sector "SEM" \(did you mean "SME"\?\); sectors: IC, SME/,
    );
  });

  it('refuses bad options as usage errors', async () => {
    const io = memoryIo(dir);
    await expect(
      sensitivityCommand(['one.chokepoint', '--output', 'aggregate', '--sector', 'IC'], io),
    ).rejects.toBeInstanceOf(UsageError);
    await expect(
      sensitivityCommand(['one.chokepoint', '--output', 'X', '--sector', 'IC'], io),
    ).rejects.toBeInstanceOf(UsageError);
    await expect(sensitivityCommand(['--sector', 'IC'], io)).rejects.toBeInstanceOf(UsageError);
    await expect(
      sensitivityCommand(['one.chokepoint', '--sector', 'IC', '--year', 'soon'], io),
    ).rejects.toBeInstanceOf(UsageError);
  });
});
