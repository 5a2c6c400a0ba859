import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

/** A process as far as the watch needs it: its parent and its command line. */
export interface ProcessInfo {
  readonly parent: number;
  readonly command: string;
}

/** Linux's /proc, else `ps` (macOS, BSD); undefined when the process is gone or cannot be read. */
export function readProcess(pid: number): ProcessInfo | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // "pid (name) state ppid …": the name may hold spaces and parentheses, so read after the last ")".
    const parent = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
    const command = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').join(' ').trim();
    return { parent, command };
  } catch {
    // Not Linux, or the process is gone: ask ps.
  }
  try {
    const line = execFileSync('ps', ['-o', 'ppid=', '-o', 'args=', '-p', String(pid)], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    }).trim();
    const match = /^(\d+)\s+(.*)$/.exec(line);
    return match ? { parent: Number(match[1]), command: match[2]! } : undefined;
  } catch {
    return undefined;
  }
}

const isNpm = (command: string): boolean =>
  /^(\S*[/\\])?npm(-cli\.js)?(\s|$)/.test(command) || /\bnpm-cli\.js\b/.test(command);

/**
 * The processes whose end should end the preview: every ancestor up to and including the outermost
 * `npm` (npm → its shell → tsx → this server), so that the server goes when npm goes, whatever signal
 * ended npm (SIGKILL included, which npm cannot pass on to its children). Without npm above, the direct
 * parent alone.
 */
export function launcherPids(
  start: number = process.ppid,
  read: (pid: number) => ProcessInfo | undefined = readProcess,
): number[] {
  const chain: number[] = [];
  let outermostNpm = -1;
  for (let pid = start; pid > 1 && chain.length < 64;) {
    const info = read(pid);
    if (!info) break;
    chain.push(pid);
    if (isNpm(info.command)) outermostNpm = chain.length - 1;
    pid = info.parent;
  }
  return outermostNpm >= 0 ? chain.slice(0, outermostNpm + 1) : chain.slice(0, 1);
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it exists but belongs to someone else (it is alive).
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Calls `onGone` once, as soon as one of `pids` has ended (checked every `intervalMs`). */
export function watchLaunchers(pids: readonly number[], onGone: () => void, intervalMs = 250): () => void {
  const timer = setInterval(() => {
    if (pids.every(alive)) return;
    clearInterval(timer);
    onGone();
  }, intervalMs);
  // The watch alone never keeps the server running.
  timer.unref();
  return () => clearInterval(timer);
}
