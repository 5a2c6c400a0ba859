import { getCatalogue } from '../../shared/catalogue';
import type { Scenario } from '../../shared/domain/scenario';
import type { ScenarioFile } from '../../shared/file-format';
import { packagesChange } from '../../shared/history/package-changes';
import { englishPackageName, packageLookup } from '../../shared/packages/built-in-packages';
import type { PackageResolutionError } from '../../shared/packages/resolve-packages';
import {
  describePackageResolutionError,
  resolveRestrictionPackages,
} from '../../shared/packages/resolve-packages';
import { diffScenarios } from '../../shared/domain/scenario-diff';
import { describeChange } from '../../shared/history/describe-changes';
import { englishChangeLanguage } from '../../shared/history/english-language';
import { scenarioChanges } from '../../shared/history/scenario-changes';
import type { CliIo, Command } from '../io';
import { EXIT_USAGE } from '../io';
import { parseOptions, UsageError } from '../parse-options';
import { pickScenarios } from '../pick-scenarios';
import { readErrorLines, readScenarioFile } from '../read-scenario-file';
import { terminalSafeText as shown } from '../../shared/text/terminal-text';

/** Like `diff` and `git diff --exit-code`: 0 the same, 1 different, 2 trouble (usage, unreadable file). */
export const DIFF_SAME = 0;
export const DIFF_DIFFERENT = 1;

async function readFile(file: string, io: CliIo): Promise<ScenarioFile | undefined> {
  const read = await readScenarioFile(file, io);
  if (read.ok) return read.value;
  for (const line of readErrorLines(read.error)) io.stderr(`${line}\n`);
  return undefined;
}

function oneScenario(
  file: string,
  scenarios: readonly Scenario[],
  selector: string | undefined,
  io: CliIo,
): Scenario | undefined {
  const picked = pickScenarios(scenarios, selector);
  if (picked.length === 1) return picked[0];
  io.stderr(
    picked.length === 0
      ? `${file}: no scenario with the id or name "${selector}".\n`
      : `${file} holds ${picked.length} scenarios: choose one with --a/--b NAME|ID.\n`,
  );
  return undefined;
}

/**
 * The scenarios to compare: chosen with --a/--b, the only ones, or (several in a file and no choice)
 * those with the same id in both files, in the order of the first.
 */
function pairs(
  files: readonly [string, string],
  a: readonly Scenario[],
  b: readonly Scenario[],
  selectors: { a?: string | undefined; b?: string | undefined },
  io: CliIo,
): [Scenario, Scenario][] | undefined {
  if (selectors.a === undefined && selectors.b === undefined && (a.length > 1 || b.length > 1)) {
    const byId = new Map(b.map((scenario) => [scenario.id, scenario]));
    const paired = a.flatMap((scenario): [Scenario, Scenario][] => {
      const other = byId.get(scenario.id);
      return other ? [[scenario, other]] : [];
    });
    if (paired.length > 0) return paired;
    io.stderr(
      `${files[0]} and ${files[1]} have no scenario id in common: choose one of each with --a/--b NAME|ID.\n`,
    );
    return undefined;
  }
  const one = oneScenario(files[0], a, selectors.a, io);
  const other = oneScenario(files[1], b, selectors.b, io);
  return one && other ? [[one, other]] : undefined;
}

function unresolvable(error: PackageResolutionError, io: CliIo): number {
  io.stderr(`${describePackageResolutionError(error)}\n`);
  return EXIT_USAGE;
}

/**
 * `chokepoint diff FILE_A FILE_B [--a NAME|ID] [--b NAME|ID] [--json]`: what differs, one line per
 * lever and change with schedules as shapes ("Restriction level — Chips and Lithography: step to
 * 80 % in 2027"), the restriction packages named first ("Restriction packages: added “…”"; the
 * schedules compared are those that run, packages applied). `--json` gives both the year-by-year
 * `differences` and the readable `changes`.
 */
export const diffCommand: Command = async (args, io) => {
  const { values, positionals } = parseOptions(args, {
    a: { type: 'string' },
    b: { type: 'string' },
    json: { type: 'boolean' },
  });
  if (positionals.length !== 2) throw new UsageError('diff takes exactly two FILEs');
  const files = [positionals[0]!, positionals[1]!] as const;
  const fileA = await readFile(files[0], io);
  const fileB = await readFile(files[1], io);
  const paired = fileA && fileB && pairs(files, fileA.scenarios, fileB.scenarios, values, io);
  if (!paired) return EXIT_USAGE;
  const lookups = {
    a: packageLookup(fileA.restrictionPackages),
    b: packageLookup(fileB.restrictionPackages),
  };
  const results = [];
  for (const [a, b] of paired) {
    if (a.catalogue !== b.catalogue) {
      io.stderr(
        `The scenarios start from different catalogues ("${a.catalogue}" and "${b.catalogue}"): they cannot be compared lever by lever.\n`,
      );
      return EXIT_USAGE;
    }
    const catalogue = getCatalogue(a.catalogue)!;
    // Year by year, what runs (packages applied); in words, the packages named, then what changed.
    const ra = resolveRestrictionPackages(a, catalogue, lookups.a);
    const rb = resolveRestrictionPackages(b, catalogue, lookups.b);
    if (!ra.ok) return unresolvable(ra.error, io);
    if (!rb.ok) return unresolvable(rb.error, io);
    const applied = packagesChange(a, b, lookups);
    results.push({
      a,
      b,
      differences: diffScenarios(ra.value, rb.value, catalogue),
      changes: [...(applied ? [applied] : []), ...scenarioChanges(ra.value, rb.value, catalogue)],
    });
  }
  if (values.json) {
    const json = results.map(({ a, b, differences, changes }) => ({
      a: { id: a.id, name: a.name },
      b: { id: b.id, name: b.name },
      differences,
      changes,
    }));
    io.stdout(`${JSON.stringify(json.length === 1 ? json[0] : json, null, 2)}\n`);
  } else {
    for (const { a, b, changes } of results) {
      io.stdout(`--- ${shown(a.name)} (${files[0]})\n+++ ${shown(b.name)} (${files[1]})\n`);
      if (changes.length === 0) io.stdout('No differences.\n');
      const language = { ...englishChangeLanguage(a.catalogue), packageName: englishPackageName };
      for (const change of changes) io.stdout(`${describeChange(change, language)}\n`);
    }
  }
  return results.every(({ changes }) => changes.length === 0) ? DIFF_SAME : DIFF_DIFFERENT;
};
