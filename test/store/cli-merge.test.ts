import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { exportCommand } from '../../cli/commands/export';
import { importCommand } from '../../cli/commands/import';
import { runCli } from '../../cli/main';
import type { Scenario } from '../../shared/domain/scenario';
import { recordingIo } from './cli-io';
import { makeScenario, openTestLibrary, unwrap } from './library-harness';
import { useTempFolder } from './temp-folder';

/** Edits the head of `id` in the library at `path` as the desktop app would (a save). */
function edit(path: string, id: string, change: (scenario: Scenario) => Scenario): void {
  const opened = openTestLibrary(path);
  try {
    const head = unwrap(opened.library.get(id)).scenario;
    unwrap(opened.library.save(change(head)));
  } finally {
    opened.close();
  }
}

function head(path: string, id: string) {
  const opened = openTestLibrary(path);
  try {
    return { stored: unwrap(opened.library.get(id)), history: unwrap(opened.library.history(id)) };
  } finally {
    opened.close();
  }
}

async function run(command: typeof importCommand, args: string[], cwd: string) {
  const recorded = recordingIo(cwd);
  const code = await command(args, recorded.io);
  return { code, stdout: recorded.stdout(), stderr: recorded.stderr() };
}

/** Sets one lever of one sector. */
function withLever(scenario: Scenario, sector: string, value: number): Scenario {
  const inputs = scenario.sectors[sector] ?? {};
  return {
    ...scenario,
    sectors: { ...scenario.sectors, [sector]: { ...inputs, levers: { ...inputs.levers, rdTaxCut: value } } },
  };
}

describe('exchanging a scenario between two libraries and merging it back', () => {
  const tempFolder = useTempFolder('chokepoint-merge-cli-');

  /** Library A makes "plan", sends it to B; B edits; A edits meanwhile; B sends it back. */
  async function exchange(
    cwd: string,
    theirEdit: (s: Scenario) => Scenario,
    ourEdit: (s: Scenario) => Scenario,
  ) {
    const a = join(cwd, 'a.sqlite');
    const b = join(cwd, 'b.sqlite');
    const seeded = openTestLibrary(a);
    unwrap(seeded.library.save(makeScenario('plan', { name: 'Coastal plan A' })));
    seeded.close();
    expect((await run(exportCommand, ['--db', a, '--out', 'sent.chokepoint'], cwd)).code).toBe(0);
    expect(readFileSync(join(cwd, 'sent.chokepoint'), 'utf8')).toContain('"lineage"');
    expect((await run(importCommand, ['sent.chokepoint', '--db', b], cwd)).code).toBe(0);
    edit(b, 'plan', theirEdit);
    expect((await run(exportCommand, ['--db', b, '--out', 'back.chokepoint'], cwd)).code).toBe(0);
    edit(a, 'plan', ourEdit);
    return { a, b };
  }

  it("keeps A's own edits, brings B's, and records who merged what", async () => {
    const cwd = tempFolder();
    const { a } = await exchange(
      cwd,
      (s) => withLever({ ...s, description: 'Checked by Li Wei' }, 'LITH', 0.3),
      (s) => withLever(s, 'IC', 0.25),
    );
    const merged = await run(
      importCommand,
      ['back.chokepoint', '--db', a, '--on-conflict', 'merge', '--author', 'Ana'],
      cwd,
    );
    expect(merged.stderr).toBe('');
    expect(merged.code).toBe(0);
    expect(merged.stdout).toMatch(/1 merged, 0 left unchanged/);
    const { stored, history } = head(a, 'plan');
    expect(stored.scenario.sectors.IC?.levers?.rdTaxCut).toBe(0.25);
    expect(stored.scenario.sectors.LITH?.levers?.rdTaxCut).toBe(0.3);
    expect(stored.scenario.description).toBe('Checked by Li Wei');
    expect(stored.scenario.lineage).toBeUndefined();
    // Newest first: the merge, B's side as it arrived, A's edit, A's first save.
    expect(history.map((revision) => revision.summary?.event.kind)).toEqual([
      'merged',
      'imported',
      'edit',
      'created',
    ]);
    expect(history[0]).toMatchObject({
      author: 'Ana',
      provenance: { fileName: 'back.chokepoint', mergeBase: 1, mergedTheirs: 3 },
    });
    expect(history[0]!.summary?.event).toEqual({ kind: 'merged', file: 'back.chokepoint', author: 'Ana' });
  });

  it('reports a cell changed on both sides and leaves the scenario unchanged (exit 1) unless --prefer', async () => {
    const cwd = tempFolder();
    const { a } = await exchange(
      cwd,
      (s) => withLever({ ...s, description: 'theirs' }, 'IC', 0.3),
      (s) => withLever(s, 'IC', 0.25),
    );
    const before = head(a, 'plan');
    const refused = await run(importCommand, ['back.chokepoint', '--db', a, '--on-conflict', 'merge'], cwd);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('not merged: "Coastal plan A" (plan) left unchanged at revision 2');
    expect(refused.stderr).toContain(
      'conflict sectors.IC.levers.rdTaxCut: base unset, ours 0.25, theirs 0.3',
    );
    expect(head(a, 'plan').history).toEqual(before.history);

    const json = await run(
      importCommand,
      ['back.chokepoint', '--db', a, '--on-conflict', 'merge', '--json'],
      cwd,
    );
    expect(json.code).toBe(1);
    const report = JSON.parse(json.stdout) as { unmerged: { conflicts: { path: string[] }[] }[] };
    expect(report.unmerged[0]!.conflicts.map((c) => c.path.join('.'))).toEqual([
      'sectors.IC.levers.rdTaxCut',
    ]);

    const theirs = await run(
      importCommand,
      ['back.chokepoint', '--db', a, '--on-conflict', 'merge', '--prefer', 'theirs'],
      cwd,
    );
    expect(theirs.code).toBe(0);
    const after = head(a, 'plan').stored.scenario;
    expect(after.sectors.IC?.levers?.rdTaxCut).toBe(0.3);
    expect(after.description).toBe('theirs');
  });

  it('imports a file whose lineage this library never had as a plain file, and says so', async () => {
    const cwd = tempFolder();
    const { a } = await exchange(
      cwd,
      (s) => withLever(s, 'IC', 0.3),
      (s) => s,
    );
    const text = readFileSync(join(cwd, 'back.chokepoint'), 'utf8').replace(
      /"[0-9a-f]{64}"/g,
      `"${'0'.repeat(64)}"`,
    );
    writeFileSync(join(cwd, 'forged.chokepoint'), text);
    const merged = await run(importCommand, ['forged.chokepoint', '--db', a, '--on-conflict', 'merge'], cwd);
    expect(merged.code).toBe(1);
    expect(merged.stderr).toContain('descends from a revision this library never had');
    expect(merged.stderr).toContain('the file does not descend from a revision in this library');
    const kept = await run(
      importCommand,
      ['forged.chokepoint', '--db', a, '--on-conflict', 'keep-both'],
      cwd,
    );
    expect(kept.code).toBe(0);
    expect(kept.stdout).toMatch(/1 kept both/);
  });

  it('refuses --prefer without merge as a usage error', async () => {
    const cwd = tempFolder();
    const recorded = recordingIo(cwd);
    const refused = {
      code: await runCli(['import', 'x.chokepoint', '--prefer', 'ours'], recorded.io),
      stderr: recorded.stderr(),
    };
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('--prefer needs --on-conflict merge');
  });
});
