import { describe, expect, it } from 'vitest';
import { err, ok } from '../result';
import type { MigrationRegistry } from './migrations';
import { MIGRATIONS, migrateDocument } from './migrations';

// A made-up history: version 1 called the field "title", version 2 calls it "name"; version 3 adds tags.
const FAKE: MigrationRegistry = {
  1: (document) => {
    const scenarios = (document.scenarios as { title: string }[]).map(({ title, ...rest }) => ({
      ...rest,
      name: title,
    }));
    return ok({ ...document, scenarios });
  },
  2: (document) =>
    ok({ ...document, scenarios: (document.scenarios as object[]).map((s) => ({ ...s, tags: [] })) }),
};

describe('migrateDocument', () => {
  it('has no migrations while version 1 is the only version', () => {
    expect(MIGRATIONS).toEqual({});
    const document = { formatVersion: 1, scenarios: [] };
    expect(migrateDocument(document, 1)).toEqual({ ok: true, value: document });
  });

  it('runs every migration from the file version up, stamping each version', () => {
    const document = {
      format: 'chokepoint-scenarios',
      formatVersion: 1,
      scenarios: [{ id: 'a', title: 'A' }],
    };
    expect(migrateDocument(document, 1, FAKE, 3)).toEqual({
      ok: true,
      value: {
        format: 'chokepoint-scenarios',
        formatVersion: 3,
        scenarios: [{ id: 'a', name: 'A', tags: [] }],
      },
    });
    expect(migrateDocument({ formatVersion: 2, scenarios: [{ id: 'b' }] }, 2, FAKE, 3)).toEqual({
      ok: true,
      value: { formatVersion: 3, scenarios: [{ id: 'b', tags: [] }] },
    });
  });

  it('refuses a version no migration starts from', () => {
    expect(migrateDocument({}, 0, FAKE, 3)).toEqual({
      ok: false,
      error: { kind: 'format-version-unsupported', path: ['formatVersion'], found: 0, supported: 3 },
    });
  });

  it('turns a failing or throwing migration into an error naming the step', () => {
    const failing: MigrationRegistry = { 1: () => err('scenario 3 has no id') };
    expect(migrateDocument({}, 1, failing, 2)).toEqual({
      ok: false,
      error: { kind: 'migration-failed', path: [], from: 1, to: 2, reason: 'scenario 3 has no id' },
    });
    const throwing: MigrationRegistry = {
      1: () => {
        throw new Error('boom');
      },
    };
    expect(migrateDocument({}, 1, throwing, 2)).toMatchObject({
      error: { kind: 'migration-failed', reason: 'boom' },
    });
  });
});
