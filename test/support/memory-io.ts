import type { CliIo } from '../../cli/io';

/** A CliIo that records what a command prints, rooted in `cwd`. */
export function memoryIo(
  cwd: string,
  env: Record<string, string | undefined> = {},
): CliIo & { out: () => string; err: () => string } {
  let stdout = '';
  let stderr = '';
  return {
    stdout: (text) => void (stdout += text),
    stderr: (text) => void (stderr += text),
    cwd,
    env,
    out: () => stdout,
    err: () => stderr,
  };
}
