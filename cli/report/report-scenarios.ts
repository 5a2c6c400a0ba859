import type { Scenario } from '../../shared/domain/scenario';
import type { CliIo } from '../io';
import { pickScenarios } from '../pick-scenarios';
import { readErrorLines, readScenarioFile, warningLines, withPackagesApplied } from '../read-scenario-file';
import { terminalSafeText as shown } from '../../shared/text/terminal-text';

/** Every scenario of every file, in order, its restriction packages applied; undefined (after printing why) when a file cannot be read. */
export async function readAllScenarios(files: readonly string[], io: CliIo): Promise<Scenario[] | undefined> {
  const scenarios: Scenario[] = [];
  for (const file of files) {
    const read = await readScenarioFile(file, io);
    if (!read.ok) {
      for (const line of readErrorLines(read.error)) io.stderr(`${line}\n`);
      return undefined;
    }
    for (const line of warningLines(read.value, file)) io.stderr(`${line}\n`);
    const resolved = withPackagesApplied(read.value, read.value.scenarios, file, io);
    if (!resolved) return undefined;
    scenarios.push(...resolved);
  }
  return scenarios;
}

/** The one scenario a NAME|ID selects, or undefined after printing why none or several do. */
function pickOne(scenarios: readonly Scenario[], selector: string, io: CliIo): Scenario | undefined {
  const picked = pickScenarios(scenarios, selector);
  if (picked.length === 1) return picked[0];
  const names = scenarios.map((scenario) => `"${shown(scenario.name)}" (${scenario.id})`).join(', ');
  io.stderr(
    `${picked.length === 0 ? `No scenario with the id or name "${selector}"` : `Several scenarios are named "${selector}": choose one by id`}; the files hold ${names}.\n`,
  );
  return undefined;
}

/** The most scenarios one report compares. */
export const MAX_REPORT_SCENARIOS = 4;

/**
 * The scenarios to report on: those `--scenario` options select (in the order given), else the first
 * four (with a notice when the files hold more); the reference (`--reference`, else the first; added
 * when not selected) at the front, where the report and its colours start.
 */
export function scenariosToReport(
  all: readonly Scenario[],
  selectors: readonly string[] | undefined,
  reference: string | undefined,
  io: CliIo,
): Scenario[] | undefined {
  const chosen: Scenario[] = [];
  for (const selector of selectors ?? []) {
    const scenario = pickOne(all, selector, io);
    if (!scenario) return undefined;
    if (!chosen.includes(scenario)) chosen.push(scenario);
  }
  const first = reference === undefined ? (chosen[0] ?? all[0]) : pickOne(all, reference, io);
  if (!first) return undefined;
  if (chosen.length) return [first, ...chosen.filter((scenario) => scenario !== first)];
  const rest = all.filter((scenario) => scenario !== first);
  const scenarios = [first, ...rest.slice(0, MAX_REPORT_SCENARIOS - 1)];
  if (all.length > scenarios.length) {
    io.stderr(
      `note: the files hold ${all.length} scenarios; the report compares the first ${scenarios.length} (${scenarios.map((scenario) => `"${shown(scenario.name)}"`).join(', ')}). Choose others with --scenario NAME|ID.\n`,
    );
  }
  return scenarios;
}
