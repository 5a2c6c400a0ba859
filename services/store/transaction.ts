import type { StoreContext } from './store-context';
import type { StoreResult } from './store-error';
import { guard } from './store-error';

/** Carries an error result out of a transaction so that the transaction rolls back. */
class Rollback {
  constructor(readonly result: StoreResult<never>) {}
}

/**
 * Runs `body` in an IMMEDIATE transaction: the write lock is taken up front, so two writers queue
 * on `busy_timeout` instead of one failing half-way on a lock upgrade. An error result returned by
 * `body`, or a thrown SQLite error (busy, disk full, read-only …), rolls everything back: a write is
 * all or nothing, and the caller always gets a typed result.
 */
export function inWriteTransaction<T>(
  ctx: StoreContext,
  action: string,
  body: () => StoreResult<T>,
): StoreResult<T> {
  try {
    return guard(action, () =>
      ctx.db
        .transaction(() => {
          const result = body();
          if (!result.ok) throw new Rollback(result);
          return result;
        })
        .immediate(),
    );
  } catch (error) {
    if (error instanceof Rollback) return error.result;
    throw error;
  }
}
