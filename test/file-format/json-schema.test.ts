import Ajv2020 from 'ajv/dist/2020';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { FileFormatErrorKind } from '../../shared/file-format';
import { parseScenarioFile, serializeScenarioFile } from '../../shared/file-format';
import { jsonSchemaText } from '../../scripts/write-json-schema';
import { sampleScenario } from '../support/sample-scenario';

const ROOT = join(__dirname, '..', '..');
const FIXTURES = join(ROOT, 'test', 'fixtures', 'files');

/** Stages before the schema step: a file stopped there never reaches the schema, so there is nothing to compare. */
const BEFORE_SCHEMA: readonly FileFormatErrorKind[] = [
  'too-large',
  'too-deep',
  'invalid-json',
  'duplicate-key',
  'forbidden-key',
  'non-finite-number',
  'not-a-chokepoint-file',
  'invalid-format-version',
  'format-version-too-new',
  'format-version-unsupported',
  'migration-failed',
  'too-many-scenarios',
];

function validator() {
  // Formats are not asserted: every date-time in the schema also carries the pattern zod checks.
  const ajv = new Ajv2020({ allErrors: true, strict: true, validateFormats: false });
  return ajv.compile(
    JSON.parse(readFileSync(join(ROOT, 'docs', 'chokepoint.schema.json'), 'utf8')) as object,
  );
}

/** What the parser's schema step says: accepted, refused, or never reached. */
function schemaStep(text: string, fileName: string): 'accepted' | 'refused' | 'not-reached' {
  const parsed = parseScenarioFile(text, { fileName });
  if (parsed.ok) return 'accepted';
  if (parsed.error.kind === 'schema') return 'refused';
  return BEFORE_SCHEMA.includes(parsed.error.kind) ? 'not-reached' : 'accepted';
}

describe('docs/chokepoint.schema.json', () => {
  it('is what the zod schema generates (run `npm run docs` after changing the format)', () => {
    expect(readFileSync(join(ROOT, 'docs', 'chokepoint.schema.json'), 'utf8')).toBe(jsonSchemaText());
  });

  it('names itself and its draft', () => {
    const schema = JSON.parse(jsonSchemaText()) as Record<string, unknown>;
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema.$id).toMatch(/chokepoint\.schema\.json$/);
    expect(schema.title).toMatch(/Chokepoint Planner scenario file/);
  });

  it("accepts exactly the fixtures the parser's schema step accepts (ajv, an independent validator)", () => {
    const validate = validator();
    const names = readdirSync(FIXTURES).filter((name) => name.endsWith('.chokepoint'));
    const compared: string[] = [];
    for (const name of names) {
      const text = readFileSync(join(FIXTURES, name), 'utf8');
      const step = schemaStep(text, name);
      if (step === 'not-reached') continue;
      compared.push(name);
      const valid = validate(JSON.parse(text.replace(/^\uFEFF/, '')));
      expect({ name, valid }).toEqual({ name, valid: step === 'accepted' });
    }
    // The comparison covers valid files and each kind of schema and semantic refusal.
    expect(compared).toEqual(
      expect.arrayContaining([
        'valid-single.chokepoint',
        'valid-extensions.chokepoint',
        'unknown-lever.chokepoint',
        'missing-field.chokepoint',
        'wrong-type.chokepoint',
        'lever-out-of-range.chokepoint',
        'duplicate-ids.chokepoint',
        'valid-packages.chokepoint',
        'unknown-package.chokepoint',
        'package-unknown-key.chokepoint',
      ]),
    );
  });

  it('accepts a file with lineage and refuses a malformed lineage hash, like the parser', () => {
    const validate = validator();
    const meta = { exportedAt: '2026-11-28T12:00:00Z', appVersion: '0.1.0', modelVersion: 1 };
    const withLineage = { ...sampleScenario(), lineage: { id: 'sample-1', revisions: ['a'.repeat(64)] } };
    const good = serializeScenarioFile([withLineage], meta);
    expect(schemaStep(good, 'good')).toBe('accepted');
    expect(validate(JSON.parse(good))).toBe(true);
    const bad = good.replace('a'.repeat(64), 'not-a-hash');
    expect(schemaStep(bad, 'bad')).toBe('refused');
    expect(validate(JSON.parse(bad))).toBe(false);
  });
});
