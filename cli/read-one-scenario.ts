import type { Catalogue } from '../shared/catalogue';
import { getCatalogue } from '../shared/catalogue';
import type { Scenario } from '../shared/domain/scenario';
import type { CliIo } from './io';
import { pickScenarios } from './pick-scenarios';
import { readErrorLines, readScenarioFile, warningLines, withPackagesApplied } from './read-scenario-file';
import { terminalSafeText as shown } from '../shared/text/terminal-text';

export interface OneScenario {
  readonly scenario: Scenario;
  readonly catalogue: Catalogue;
  /** `FILE: scenario "NAME"`, the start of every message about it. */
  readonly where: string;
}

/**
 * The one scenario of FILE a command works on, with the restriction packages it applies combined into
 * its schedules (so the optimiser and the sensitivity ranking see what the engine runs): the one `--scenario` names, or the only one. With
 * `firstByDefault`, several and no choice gives the first, said on stderr so that nobody reads it as
 * another. Problems are written to stderr; `undefined` means exit 1.
 */
export async function readOneScenario(
  file: string,
  selector: string | undefined,
  io: CliIo,
  options: { readonly firstByDefault?: boolean } = {},
): Promise<OneScenario | undefined> {
  const read = await readScenarioFile(file, io);
  if (!read.ok) {
    for (const line of readErrorLines(read.error)) io.stderr(`${line}\n`);
    return undefined;
  }
  for (const line of warningLines(read.value, file)) io.stderr(`${line}\n`);
  const all = read.value.scenarios;
  const firstOfSeveral = options.firstByDefault === true && selector === undefined && all.length > 1;
  if (firstOfSeveral)
    io.stderr(
      `note: ${file} holds ${all.length} scenarios; using the first, "${shown(all[0]!.name)}" (choose with --scenario NAME|ID).\n`,
    );
  const picked = firstOfSeveral ? all.slice(0, 1) : pickScenarios(all, selector);
  if (picked.length !== 1) {
    const names = all.map((scenario) => `"${shown(scenario.name)}"`).join(', ');
    io.stderr(
      picked.length === 0
        ? `${file}: no scenario with the id or name "${selector}" (found: ${names}).\n`
        : `${file} holds ${picked.length} scenarios (${names}): choose one with --scenario NAME|ID.\n`,
    );
    return undefined;
  }
  const scenario = withPackagesApplied(read.value, picked, file, io)?.[0];
  if (!scenario) return undefined;
  const where = `${file}: scenario "${shown(scenario.name)}"`;
  const catalogue = getCatalogue(scenario.catalogue);
  if (!catalogue) {
    io.stderr(`${where}: unknown catalogue "${scenario.catalogue}".\n`);
    return undefined;
  }
  return { scenario, catalogue, where };
}
