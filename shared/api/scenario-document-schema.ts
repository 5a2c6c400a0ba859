import type { z } from 'zod';
import type { Scenario } from '../domain/scenario';
import { scenarioSchema } from '../domain/scenario-schema';

/**
 * The scenario schema, typed as the domain's `Scenario`. The schema's inferred type carries the
 * index signatures of its `x-…` extension keys; the domain type is what every layer works with, and
 * scenario-schema.ts checks at compile time that whatever the schema accepts is a Scenario.
 */
export const scenarioDocumentSchema = scenarioSchema as unknown as z.ZodType<Scenario, Scenario>;
