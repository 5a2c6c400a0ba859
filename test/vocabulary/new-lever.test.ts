import { beforeAll, describe, expect, it } from 'vitest';
import type { NewLeverTypeError } from './type-errors-with-new-lever';
import { typeErrorsWithNewLever } from './type-errors-with-new-lever';

const NEW_LEVER = 'talentVisas';

/**
 * Where a new lever must be handled, grouped as issue 22 asks: each of these files must refuse to
 * compile until the lever is added to it (CONTRIBUTING.md, "Add a lever", lists them for people).
 */
const MUST_POINT_TO = {
  'ranges and scales': ['shared/domain/inputs.ts'],
  catalogue: ['shared/catalogue/default-2025/index.ts', 'shared/catalogue/catalogue-schema.ts'],
  engine: ['shared/engine/run-table.ts'],
  translations: ['renderer/src/i18n/en.ts', 'renderer/src/i18n/zh-cn.ts', 'shared/charts/chart-messages.ts'],
  "history's words": ['shared/history/english-language.ts'],
  controls: ['renderer/src/components/input-format.ts'],
} as const;

describe('a lever added to shared/domain/inputs.ts', () => {
  let errors: readonly NewLeverTypeError[] = [];
  let files: readonly string[] = [];
  // One type check of shared/ and the renderer's catalogues: about 15 s of CPU, minutes on a busy machine.
  beforeAll(() => {
    errors = typeErrorsWithNewLever(NEW_LEVER);
    files = [...new Set(errors.map((error) => error.file))].sort();
  }, 300_000);

  it.each(Object.entries(MUST_POINT_TO))('is a type error in the %s', (_, expected) => {
    expect(files).toEqual(expect.arrayContaining([...expected]));
  });

  it('gives only errors that name the new lever (the unpatched tree compiles)', () => {
    const unrelated = errors.filter((error) => !error.message.includes(NEW_LEVER));
    expect(unrelated).toEqual([]);
  });
});
