import type { z } from 'zod';
import type { ApiResult, Channel } from '../../../shared/api';
import { CONTRACT, isChannel } from '../../../shared/api';
import { formatJsonPath } from '../../../shared/file-format';
import type { HandlerTable } from './handler-table';

/** The contract's complaint about an input, naming each field (as a JSON path) and what was wrong. */
function invalidInput(channel: string, error: z.ZodError): ApiResult<never> {
  const issues = error.issues.map((issue) => ({
    path: formatJsonPath(issue.path as (string | number)[]),
    message: issue.message,
  }));
  const first = issues[0];
  return {
    ok: false,
    error: {
      code: 'invalid-input',
      message: first
        ? `Invalid input to ${channel}: ${first.path}: ${first.message}`
        : `Invalid input to ${channel}.`,
      details: { issues },
    },
  };
}

/**
 * Validates `input` (unknown: it crossed a process boundary) against the channel's contract and calls
 * the handler. Never throws: an unexpected exception becomes an `internal` error, logged by `onError`.
 */
export async function dispatch(
  table: HandlerTable,
  channel: string,
  input: unknown,
  onError: (error: unknown) => void = () => undefined,
): Promise<ApiResult<unknown>> {
  if (!isChannel(channel))
    return { ok: false, error: { code: 'not-found', message: `No such operation: ${channel}.` } };
  const parsed = CONTRACT[channel].input.safeParse(input ?? {});
  if (!parsed.success) return invalidInput(channel, parsed.error);
  try {
    const handler = table[channel] as (value: unknown) => Promise<ApiResult<unknown>>;
    return await handler(parsed.data);
  } catch (error) {
    onError(error);
    return {
      ok: false,
      error: {
        code: 'internal',
        message: `Something went wrong in ${channel as Channel}; nothing was changed by the failed step.`,
      },
    };
  }
}
