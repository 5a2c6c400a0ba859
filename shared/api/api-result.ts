import { z } from 'zod';

/**
 * Why an API call failed. `not-available` answers operations that exist only in the desktop app
 * (native dialogs, PDF) when the page runs elsewhere; the UI offers an alternative.
 */
export const API_ERROR_CODES = [
  'invalid-input',
  'not-found',
  'conflict',
  'busy',
  'disk-full',
  'read-only',
  'database-too-new',
  'corrupt',
  'io',
  'not-available',
  'cancelled',
  'internal',
] as const;

export type ApiErrorCode = (typeof API_ERROR_CODES)[number];

export interface ApiError {
  readonly code: ApiErrorCode;
  readonly message: string;
  readonly details?: unknown;
}

/** Results cross the bridge as values, never as thrown exceptions. */
export type ApiResult<T> =
  { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: ApiError };

export const apiErrorSchema = z.object({
  code: z.enum(API_ERROR_CODES),
  message: z.string(),
  details: z.unknown().optional(),
});

export function apiResultSchema<T extends z.ZodType>(value: T) {
  return z.union([
    z.object({ ok: z.literal(true), value }),
    z.object({ ok: z.literal(false), error: apiErrorSchema }),
  ]);
}
