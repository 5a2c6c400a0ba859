import { z } from 'zod';
import { closestKey, SUGGESTIONS_PER_OBJECT } from './closest-key';
import { describeJsonHazard, findJsonHazard } from './plain-json';

/** Extension keys (`x-…`) are kept and round-tripped but never interpreted. */
export const EXTENSION_PREFIX = 'x-';

/** Nesting allowed inside one extension value; keeps every valid scenario within the file's depth limit. */
export const EXTENSION_MAX_DEPTH = 20;

export function isExtensionKey(key: string): key is `x-${string}` {
  return key.length > EXTENSION_PREFIX.length && key.startsWith(EXTENSION_PREFIX);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function unknownKeyMessage(
  key: string,
  known: readonly string[],
  extensions: boolean,
  suggest: boolean,
): string {
  const suggestion = suggest ? closestKey(key, known) : undefined;
  if (suggestion !== undefined) return `unknown key "${key}" (did you mean "${suggestion}"?)`;
  const extension = extensions ? `, or an extension key starting with "${EXTENSION_PREFIX}"` : '';
  return `unknown key "${key}"; expected one of ${known.join(', ')}${extension}`;
}

/**
 * Which schemas `keyedObject` made and whether they allow extension keys: the JSON Schema export
 * reads this to say in JSON Schema what the refinement checks (no unknown keys, `x-…` allowed).
 */
export const KEYED_OBJECTS = new WeakMap<object, { readonly extensions: boolean }>();

/**
 * An object with the keys of `shape`. Unknown keys are errors, each at its own path so that a typo in a
 * lever name points at the typo (zod's strict mode reports them on the parent and cannot let extension
 * keys through). With `extensions`, `x-…` keys are kept as they are, provided they hold plain JSON.
 */
export function keyedObject<T extends z.core.$ZodLooseShape>(
  shape: T,
  options: { readonly extensions: boolean },
) {
  const known = Object.keys(shape);
  const knownSet = new Set(known);
  const schema = z.looseObject(shape).superRefine(
    (value, ctx) => {
      let unknown = 0;
      for (const key of Object.keys(value)) {
        if (knownSet.has(key)) continue;
        if (options.extensions && isExtensionKey(key)) {
          const hazard = findJsonHazard(value[key], EXTENSION_MAX_DEPTH, [key]);
          if (hazard)
            ctx.addIssue({ code: 'custom', path: [...hazard.path], message: describeJsonHazard(hazard) });
          continue;
        }
        ctx.addIssue({
          code: 'custom',
          path: [key],
          message: unknownKeyMessage(key, known, options.extensions, unknown++ < SUGGESTIONS_PER_OBJECT),
        });
      }
    },
    // Run even when a known key already failed: every unknown key is reported in one pass.
    { when: (payload) => isRecord(payload.value) },
  );
  KEYED_OBJECTS.set(schema, options);
  return schema;
}

/** A shape in which every one of `keys` is optional and holds `schema`. */
export function optionalKeys<K extends string, S extends z.ZodType>(
  keys: readonly K[],
  schema: S,
): { [P in K]: z.ZodOptional<S> } {
  return Object.fromEntries(keys.map((key) => [key, schema.optional()])) as { [P in K]: z.ZodOptional<S> };
}
