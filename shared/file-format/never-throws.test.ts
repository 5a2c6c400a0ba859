import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sampleScenarioWithExtensions } from '../../test/support/sample-scenario';
import { describeFileFormatError } from './describe-file-format-error';
import { parseScenarioFile } from './parse-scenario-file';
import { serializeScenarioFile } from './serialize-scenario-file';

const VALID = serializeScenarioFile([sampleScenarioWithExtensions()], {
  exportedAt: '2026-11-28T12:00:00Z',
  appVersion: '0.1.0',
  modelVersion: 1,
});

/** Parses and describes; any exception fails the property. */
function check(text: string): void {
  const result = parseScenarioFile(text, { fileName: 'fuzz.chokepoint' });
  if (!result.ok) expect(describeFileFormatError(result.error).length).toBeGreaterThan(0);
}

/** Replaces the value at a random place of a JSON document with another value. */
function replaceAt(document: unknown, choice: number, replacement: unknown): unknown {
  if (typeof document !== 'object' || document === null) return replacement;
  const keys = Object.keys(document);
  if (keys.length === 0 || choice % 5 === 0) return replacement;
  const key = keys[choice % keys.length]!;
  const copy: Record<string, unknown> = Array.isArray(document) ? ([...document] as never) : { ...document };
  copy[key] = replaceAt((document as Record<string, unknown>)[key], Math.floor(choice / 7), replacement);
  return copy;
}

describe('parseScenarioFile never throws', () => {
  it('on arbitrary strings', () => {
    fc.assert(fc.property(fc.oneof(fc.string(), fc.string({ unit: 'binary' })), check), { numRuns: 1000 });
  });

  it('on arbitrary JSON values', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => check(JSON.stringify(value))),
      { numRuns: 1000 },
    );
  });

  it('on envelopes with arbitrary scenarios', () => {
    const document = fc.record({
      format: fc.constant('chokepoint-scenarios'),
      formatVersion: fc.oneof(fc.constant(1), fc.jsonValue()),
      modelVersion: fc.oneof(fc.constant(1), fc.jsonValue()),
      scenarios: fc.array(fc.jsonValue()),
    });
    fc.assert(
      fc.property(document, (value) => check(JSON.stringify(value))),
      { numRuns: 500 },
    );
  });

  it('on a valid file with any value replaced anywhere', () => {
    const parsed: unknown = JSON.parse(VALID);
    // JSON.stringify cannot write 1e400 (it writes Infinity as null): a marker is swapped in afterwards.
    const replacement = fc.oneof(
      fc.jsonValue({ maxDepth: 2 }),
      fc.constantFrom('@huge@', '1e400', { __proto__x: 1 }),
    );
    const huge = (text: string) => text.replace('"@huge@"', '1e400');
    fc.assert(
      fc.property(fc.nat(), replacement, (choice, value) =>
        check(huge(JSON.stringify(replaceAt(parsed, choice, value)))),
      ),
      { numRuns: 1000 },
    );
  });

  it('on a valid file with characters inserted, deleted or changed', () => {
    const edit = fc.tuple(fc.nat({ max: VALID.length }), fc.nat({ max: 3 }), fc.string({ maxLength: 3 }));
    fc.assert(
      fc.property(fc.array(edit, { minLength: 1, maxLength: 4 }), (edits) => {
        let text = VALID;
        for (const [at, remove, insert] of edits) text = text.slice(0, at) + insert + text.slice(at + remove);
        check(text);
      }),
      { numRuns: 1000 },
    );
  });
});
