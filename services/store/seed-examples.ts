import type { Scenario } from '../../shared/domain/scenario';
import { ok } from '../../shared/result';
import { appendRevision } from './append-revision';
import type { StoreContext } from './store-context';
import type { StoreResult } from './store-error';
import { inWriteTransaction } from './transaction';
import { validateDocument } from './validate-document';

const SEEDED_KEY = 'examples-seeded';

export interface SeedReport {
  /** How many examples were added by this call. */
  readonly seeded: number;
  /** True when a previous start already seeded: examples the user deleted stay deleted. */
  readonly alreadySeeded: boolean;
}

/**
 * Adds the built-in example scenarios the first time the library is used (the app calls it on every
 * start; it acts once). An example whose id is already in the library is left as the user has it.
 */
export function seedExamples(ctx: StoreContext, examples: readonly Scenario[]): StoreResult<SeedReport> {
  return inWriteTransaction<SeedReport>(ctx, 'add the example scenarios', () => {
    if (ctx.sql.metaGet.get(SEEDED_KEY) !== undefined) return ok({ seeded: 0, alreadySeeded: true });
    let seeded = 0;
    for (const example of examples) {
      const valid = validateDocument(example);
      if (!valid.ok) return valid;
      if (ctx.sql.scenario.get(example.id)) continue;
      appendRevision(ctx, valid.value, {
        origin: 'seed',
        event: { kind: 'seeded' },
        scenarioOrigin: { kind: 'seed' },
      });
      seeded++;
    }
    const record = {
      at: ctx.now().toISOString(),
      appVersion: ctx.appVersion,
      ids: examples.map((example) => example.id),
    };
    ctx.sql.metaSet.run(SEEDED_KEY, JSON.stringify(record));
    return ok({ seeded, alreadySeeded: false });
  });
}
