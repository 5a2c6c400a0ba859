import type { CliIo } from '../../cli/io';

/** A CliIo that records what a command printed. */
export function recordingIo(cwd: string, env: Record<string, string | undefined> = {}) {
  const out: string[] = [];
  const errors: string[] = [];
  const io: CliIo = { stdout: (text) => out.push(text), stderr: (text) => errors.push(text), cwd, env };
  return { io, stdout: () => out.join(''), stderr: () => errors.join('') };
}
