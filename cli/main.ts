import { closestKey } from '../shared/domain/closest-key';
import { MODEL_VERSION } from '../shared/engine/model-version';
import { FORMAT_VERSION } from '../shared/file-format';
import { APP_VERSION } from './app-version';
import { describeFileSystemError, isFileSystemError } from '../services/file-system-words';
import { commandFiles } from './command-files';
import { COMMANDS, findCommand } from './command-registry';
import { databasePath } from './database-path';
import { formatCommandHelp } from './help/command-help';
import type { CliIo } from './io';
import { EXIT_INVALID, EXIT_OK, EXIT_USAGE } from './io';
import { UsageError } from './parse-options';
import { USAGE } from './usage';
import { OutputError } from './write-output';
import { useNativeSha256 } from '../services/native-sha256';

useNativeSha256();

/** `--version`: the app, and the model and file format it runs and reads. */
export const VERSION_TEXT = `chokepoint ${APP_VERSION} (model version ${MODEL_VERSION}, file format version ${FORMAT_VERSION})\n`;

/** A usage error: one line saying what is wrong, one saying where to look (exit 2). */
function usageError(io: CliIo, command: string | undefined, message: string): number {
  const see = command === undefined ? 'chokepoint --help' : `chokepoint ${command} --help`;
  io.stderr(`chokepoint${command === undefined ? '' : ` ${command}`}: ${message}\nsee \`${see}\`\n`);
  return EXIT_USAGE;
}

function unknownCommand(io: CliIo, name: string): number {
  const suggestion = closestKey(
    name,
    COMMANDS.map((entry) => entry.help.name),
  );
  return usageError(
    io,
    undefined,
    `unknown command "${name}"${suggestion ? ` (did you mean "${suggestion}"?)` : ''}`,
  );
}

/** `--help` or `-h` anywhere before a `--`. */
function asksForHelp(args: readonly string[]): boolean {
  const end = args.indexOf('--');
  return (end === -1 ? args : args.slice(0, end)).some((arg) => arg === '--help' || arg === '-h');
}

/** Runs the `chokepoint` command with `argv` (without node and script), returning the exit code. */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  const [name, ...args] = argv;
  if (name === undefined) {
    io.stderr(USAGE);
    return EXIT_USAGE;
  }
  if (name === '--help' || name === '-h') {
    io.stdout(USAGE);
    return EXIT_OK;
  }
  if (name === '--version' || name === '-V') {
    io.stdout(VERSION_TEXT);
    return EXIT_OK;
  }
  if (name === 'help') {
    if (args[0] === undefined) {
      io.stdout(USAGE);
      return EXIT_OK;
    }
    const topic = findCommand(args[0]);
    if (!topic) return unknownCommand(io, args[0]);
    io.stdout(formatCommandHelp(topic.help));
    return EXIT_OK;
  }
  const entry = findCommand(name);
  if (!entry) return unknownCommand(io, name);
  if (asksForHelp(args)) {
    io.stdout(formatCommandHelp(entry.help));
    return EXIT_OK;
  }
  // The user's own library is protected from every command's output, even one that never opens it.
  const commandIo = io.files ? io : { ...io, files: commandFiles(databasePath(undefined, io)) };
  try {
    return await (
      await entry.load()
    )(args, commandIo);
  } catch (error) {
    if (error instanceof UsageError) return usageError(io, name, error.message);
    // Never a stack trace nor an errno code: what failed, in words.
    const message = error instanceof Error ? error.message : String(error);
    io.stderr(
      error instanceof OutputError
        ? `chokepoint ${name}: ${message}\n`
        : isFileSystemError(error)
          ? `chokepoint ${name}: a file operation failed: ${describeFileSystemError(error)}.\n`
          : `chokepoint ${name}: unexpected error: ${message}\n`,
    );
    return EXIT_INVALID;
  }
}
