/** One option of a command, as its help shows it. */
export interface OptionHelp {
  /** `--mc N`, `--format json|csv|table`, `--json`. */
  readonly flags: string;
  readonly description: string;
  /** Shown as "(default: …)". */
  readonly default?: string;
  /** The values it accepts, when they are a list (sector ids, outputs, example names). */
  readonly values?: readonly string[];
}

/**
 * What `chokepoint COMMAND --help` prints. Each command declares its own, in its own file under
 * `cli/help/`, and the registry (`cli/command-registry.ts`) lists them: adding a command touches one line
 * there.
 */
export interface CommandHelp {
  readonly name: string;
  /** One line, for the list of commands. */
  readonly summary: string;
  /** The synopsis after `chokepoint`, e.g. `run FILE [options]`. */
  readonly usage: string;
  /** More about what it does and what it prints (a few lines). */
  readonly description?: string;
  readonly options: readonly OptionHelp[];
  /** One command line that works after `chokepoint example --out x.chokepoint`. */
  readonly example: string;
}

const WIDTH = 100;

function wrap(text: string, indent: number): string {
  const words = text.split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  let line = '';
  for (const word of words) {
    if (line && indent + line.length + 1 + word.length > WIDTH) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines.join(`\n${' '.repeat(indent)}`);
}

/** The full help of one command: usage, description, every option with default and values, an example. */
export function formatCommandHelp(help: CommandHelp): string {
  const lines = [`Usage: chokepoint ${help.usage}`, '', wrap(help.summary, 0)];
  if (help.description) lines.push('', wrap(help.description, 0));
  if (help.options.length > 0) {
    lines.push('', 'Options:');
    for (const option of help.options) {
      const details = [
        option.description,
        option.values ? `Values: ${option.values.join(', ')}.` : '',
        option.default ? `(default: ${option.default})` : '',
      ]
        .filter(Boolean)
        .join(' ');
      lines.push(`  ${option.flags}`, `      ${wrap(details, 6)}`);
    }
  }
  lines.push('  -h, --help', '      Show this help.', '', 'Example:', `  chokepoint ${help.example}`, '');
  return lines.join('\n');
}
