import type { ModelVersion } from '../shared/engine/model-version';
import { isModelVersion, MODEL_VERSION, MODEL_VERSIONS } from '../shared/engine/model-version';
import { parseArgs } from 'node:util';
import type { ParseArgsConfig } from 'node:util';

export class UsageError extends Error {}

/** node:util's words for a bad command line, shortened to what the user typed and what to do. */
function usageMessage(error: Error): string {
  const message = error.message;
  const ambiguous = /^Option '(-\w, )?(--[\w-]+)[^']*' argument is ambiguous/.exec(message);
  if (ambiguous)
    return `${ambiguous[2]} needs a value (for one starting with "-", write ${ambiguous[2]}=VALUE)`;
  const missing = /^Option '(-\w, )?(--[\w-]+) <value>' argument missing/.exec(message);
  if (missing) return `${missing[2]} needs a value`;
  const unknown = /^Unknown option '([^']+)'/.exec(message);
  if (unknown) return `unknown option "${unknown[1]}"`;
  const unexpected = /^Unexpected argument '([^']+)'/.exec(message);
  if (unexpected) return `unexpected argument "${unexpected[1]}": this command takes no FILE`;
  const flag = /^Option '(--[\w-]+)' does not take an argument/.exec(message);
  if (flag) return `${flag[1]} takes no value`;
  return message;
}

/** node:util parseArgs, with its errors turned into one-line usage errors (exit code 2). */
export function parseOptions<T extends ParseArgsConfig['options']>(
  args: readonly string[],
  options: T,
  allowPositionals = true,
) {
  try {
    return parseArgs({ args: [...args], options, allowPositionals, strict: true });
  } catch (error) {
    throw new UsageError(usageMessage(error as Error));
  }
}

/** `--dt 1/48` or `--dt 0.0208333`: sub-steps per year, a whole number. */
export function parseStepsPerYear(text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  const fraction = /^1\/(\d+)$/.exec(text.trim());
  const steps = fraction ? Number(fraction[1]) : Math.round(1 / Number(text));
  if (!Number.isInteger(steps) || steps < 1 || steps > 384)
    throw new UsageError(`--dt must be 1/N with N a whole number from 1 to 384, got "${text}"`);
  if (!fraction && Math.abs(1 / steps - Number(text)) > 1e-6)
    throw new UsageError(`--dt must be 1/N, got "${text}"`);
  return steps;
}

/** A whole number option within bounds. */
export function parseWholeNumber(
  name: string,
  text: string | undefined,
  min: number,
  max: number,
): number | undefined {
  if (text === undefined) return undefined;
  const value = Number(text);
  if (!Number.isInteger(value) || value < min || value > max)
    throw new UsageError(`--${name} must be a whole number from ${min} to ${max}, got "${text}"`);
  return value;
}

/** A yearly rate such as a discount rate: 0.03 or 3%, from 0 to 1. */
export function parseRate(text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  const value = text.trim().endsWith('%') ? Number(text.trim().slice(0, -1)) / 100 : Number(text);
  if (!Number.isFinite(value) || value < 0 || value > 1)
    throw new UsageError(`--discount-rate must be a rate from 0 to 1 (e.g. 0.03 or 3%), got "${text}"`);
  return value;
}

/** `--model 1|2`: the model version to run (default the current one). */
export function parseModelVersion(text: string | undefined): ModelVersion {
  if (text === undefined) return MODEL_VERSION;
  const version = Number(text);
  if (!isModelVersion(version))
    throw new UsageError(`--model must be one of ${MODEL_VERSIONS.join(', ')}, got "${text}"`);
  return version;
}
