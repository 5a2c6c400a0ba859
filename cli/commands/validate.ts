import { getCatalogue } from '../../shared/catalogue';
import type { ScenarioIssue } from '../../shared/domain/scenario-issue';
import { prefixIssues } from '../../shared/domain/scenario-issue';
import { runnableIssues } from '../../shared/engine/runnable-issues';
import type { IssueList, ScenarioFile } from '../../shared/file-format';
import { FILE_LIMITS, formatJsonPath, moreIssuesText } from '../../shared/file-format';
import type { Command } from '../io';
import { EXIT_INVALID, EXIT_OK } from '../io';
import { parseOptions, UsageError } from '../parse-options';
import { readErrorLines, readScenarioFile, warningLines } from '../read-scenario-file';

/**
 * What `run` would refuse in a file that passed the file's checks, located in the file; checking stops
 * once more than FILE_LIMITS.issues are found (each check is a run of the model).
 */
function runIssues(file: ScenarioFile): IssueList {
  const issues: ScenarioIssue[] = [];
  for (const [index, scenario] of file.scenarios.entries()) {
    if (issues.length > FILE_LIMITS.issues) return { issues, stoppedEarly: true };
    const catalogue = getCatalogue(scenario.catalogue);
    if (catalogue) issues.push(...prefixIssues(['scenarios', index], runnableIssues(scenario, catalogue)));
  }
  return { issues };
}

/**
 * `chokepoint validate FILE...`: exit 0 when every file is valid, else 1 with one line per error. Valid
 * means `run` runs it: the model is calibrated and run once per scenario, as `run` would.
 */
export const validateCommand: Command = async (args, io) => {
  const { positionals } = parseOptions(args, {});
  if (positionals.length === 0) throw new UsageError('validate takes one or more FILEs');
  let valid = true;
  for (const file of positionals) {
    const read = await readScenarioFile(file, io);
    if (!read.ok) {
      valid = false;
      for (const line of readErrorLines(read.error)) io.stderr(`${line}\n`);
      continue;
    }
    for (const line of warningLines(read.value, file)) io.stderr(`${line}\n`);
    const found = runIssues(read.value);
    if (found.issues.length > 0) {
      valid = false;
      const listed = found.issues.slice(0, FILE_LIMITS.issues);
      for (const issue of listed) io.stderr(`${file}: ${formatJsonPath(issue.path)}: ${issue.message}\n`);
      const more = moreIssuesText(found, listed.length, true);
      if (more !== undefined) io.stderr(`${file}: … ${more}\n`);
      continue;
    }
    const count = read.value.scenarios.length;
    io.stdout(`${file}: valid (${count} scenario${count === 1 ? '' : 's'})\n`);
  }
  return valid ? EXIT_OK : EXIT_INVALID;
};
