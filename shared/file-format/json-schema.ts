import { z } from 'zod';
import { EXTENSION_PREFIX, KEYED_OBJECTS } from '../domain/keyed-object';
import { envelopeSchema } from './envelope-schema';
import { FORMAT_VERSION } from './constants';

/** Where the schema is published; tools use it as the schema's identity, not as a place to fetch from. */
export const JSON_SCHEMA_ID = 'https://chokepoint-planner.example/schemas/chokepoint.schema.json';

/** `x-` followed by at least one character (file-format.md, Extension keys). */
const EXTENSION_KEY_PATTERN = `^${EXTENSION_PREFIX}.`;

/**
 * The `.chokepoint` file format as JSON Schema (draft 2020-12), generated from the zod schema the
 * parser's schema step uses, so the two cannot disagree. What zod checks in refinements is restated
 * here in JSON Schema's terms: objects take only their documented keys, plus `x-…` keys where the
 * format allows them. Semantic rules (catalogue ids, step order, ranges) are not in it: see
 * docs/file-format.md.
 */
export function scenarioFileJsonSchema(): Record<string, unknown> {
  const generated = z.toJSONSchema(envelopeSchema, {
    target: 'draft-2020-12',
    io: 'input',
    unrepresentable: 'any',
    override: ({ zodSchema, jsonSchema }) => {
      const keyed = KEYED_OBJECTS.get(zodSchema as object);
      if (!keyed) return;
      jsonSchema.additionalProperties = false;
      if (keyed.extensions) jsonSchema.patternProperties = { [EXTENSION_KEY_PATTERN]: {} };
    },
  }) as Record<string, unknown>;
  const { $schema, ...rest } = generated;
  return {
    $schema,
    $id: JSON_SCHEMA_ID,
    title: `Chokepoint Planner scenario file, format version ${FORMAT_VERSION}`,
    description:
      "A .chokepoint file: scenarios of the Chokepoint Planner. Generated from the app's own schema; semantic rules (catalogue ids, step order, value ranges) are listed in docs/file-format.md.",
    ...rest,
  };
}
