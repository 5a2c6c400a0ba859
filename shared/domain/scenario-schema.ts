import { z } from 'zod';
import { describeValue } from './describe-value';
import { LEVER_IDS } from './inputs';
import { keyedObject, optionalKeys } from './keyed-object';
import { IDENTITY_NAMES } from './scenario-display';
import { SCENARIO_LIMITS } from './scenario-limits';
import { DATA_KEYS, SCALAR_PARAMETER_KEYS } from './parameter-keys';
import type { Scenario } from './scenario';
import { ID_PATTERN, SECTOR_ID_PATTERN } from './id-patterns';

export { ID_PATTERN, SECTOR_ID_PATTERN } from './id-patterns';

function patternString(pattern: RegExp, expected: string) {
  return z
    .string()
    .regex(pattern, { error: (issue) => `expected ${expected}, found ${describeValue(issue.input)}` });
}

export const idSchema = patternString(
  ID_PATTERN,
  'an id of 1 to 100 letters, digits, ".", "_", ":" or "-", starting with a letter or digit',
);
export const sectorIdSchema = patternString(
  SECTOR_ID_PATTERN,
  'a sector id of letters, digits, ".", "_" or "-", starting with a letter or digit',
);
export const timestampSchema = z.iso.datetime({ offset: true });

/** One step of a schedule: `value` holds from `year` until the next step. */
export const stepPointSchema = keyedObject({ year: z.int(), value: z.number() }, { extensions: false });

/** A constant, or step points (their order and years are checked against the scenario semantically). */
export const scheduleSchema = z.union([z.number(), z.array(stepPointSchema).min(1)]);

export const leversSchema = keyedObject(optionalKeys(LEVER_IDS, scheduleSchema), { extensions: false });

export const dataOverridesSchema = keyedObject(optionalKeys(DATA_KEYS, z.number()), { extensions: false });

export const globalParametersSchema = keyedObject(
  { ...optionalKeys(SCALAR_PARAMETER_KEYS, z.number()), omegaScale: z.number().optional() },
  { extensions: false },
);

export const sectorParametersSchema = keyedObject(
  {
    ...optionalKeys(SCALAR_PARAMETER_KEYS, z.number()),
    omega: z.record(sectorIdSchema, z.number()).optional(),
  },
  { extensions: false },
);

export const sectorInputsSchema = keyedObject(
  {
    levers: leversSchema.optional(),
    restriction: scheduleSchema.optional(),
    data: dataOverridesSchema.optional(),
    parameters: sectorParametersSchema.optional(),
  },
  { extensions: true },
);

export const provenanceSchema = keyedObject(
  { id: idSchema, revision: z.int().min(0) },
  { extensions: false },
);

/** Most revision hashes a file carries per scenario: enough to find a common ancestor after long exchanges. */
export const MAX_LINEAGE_REVISIONS = 50;

export const lineageSchema = keyedObject(
  {
    id: idSchema,
    revisions: z
      .array(patternString(/^[0-9a-f]{64}$/, 'a SHA-256 content hash (64 lowercase hexadecimal digits)'))
      .min(1)
      .max(MAX_LINEAGE_REVISIONS),
  },
  { extensions: false },
);

/** How the scenario is drawn: one of the named identities (colour and dash together). */
export const displaySchema = keyedObject({ identity: z.enum(IDENTITY_NAMES) }, { extensions: false });

/** A scenario as it appears in a `.chokepoint` file and in the library (shape only: see validate-scenario). */
export const scenarioSchema = keyedObject(
  {
    id: idSchema,
    name: z.string().min(1).max(SCENARIO_LIMITS.nameLength),
    description: z.string().max(SCENARIO_LIMITS.descriptionLength),
    author: z.string().max(SCENARIO_LIMITS.authorLength),
    tags: z.array(z.string().min(1).max(SCENARIO_LIMITS.tagLength)).max(SCENARIO_LIMITS.tags),
    display: displaySchema.optional(),
    createdAt: timestampSchema,
    updatedAt: timestampSchema,
    parent: provenanceSchema.optional(),
    lineage: lineageSchema.optional(),
    baseYear: z.int().min(SCENARIO_LIMITS.baseYearMin).max(SCENARIO_LIMITS.baseYearMax),
    horizon: z.int().min(1).max(SCENARIO_LIMITS.horizonMax),
    seed: z.int().min(0).max(SCENARIO_LIMITS.seedMax),
    catalogue: idSchema,
    sectors: z.record(sectorIdSchema, sectorInputsSchema),
    parameters: globalParametersSchema.optional(),
    restrictionPackages: z.array(idSchema).max(SCENARIO_LIMITS.restrictionPackages).optional(),
  },
  { extensions: true },
);

type Assert<T extends true> = T;
type Equal<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;

/** Compile-time proof that the schema names exactly the fields of Scenario… */
export type ScenarioSchemaNamesEveryField = Assert<Equal<keyof typeof scenarioSchema.shape, keyof Scenario>>;

/** …and that whatever it accepts is a Scenario. */
export type ScenarioSchemaOutputIsScenario = Assert<
  [z.output<typeof scenarioSchema>] extends [Scenario] ? true : false
>;
