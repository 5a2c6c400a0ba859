import { z } from 'zod';
import { keyedObject } from '../domain/keyed-object';
import { idSchema, scheduleSchema, sectorIdSchema } from '../domain/scenario-schema';
import { STEP_YEAR_MAX, STEP_YEAR_MIN } from '../domain/schedule-issues';
import { PACKAGE_LIMITS } from './package-limits';
import type { RestrictionPackage } from './restriction-package';

/** What a package sets in one sector (shape only: the schedule's meaning is checked in package-issues). */
export const packageSectorSchema = keyedObject({ restriction: scheduleSchema }, { extensions: true });

/** A restriction package as it appears in a `.chokepoint` file's top-level `restrictionPackages`. */
export const restrictionPackageSchema = keyedObject(
  {
    id: idSchema,
    name: z.string().min(1).max(PACKAGE_LIMITS.nameLength),
    description: z.string().max(PACKAGE_LIMITS.descriptionLength).optional(),
    year: z.int().min(STEP_YEAR_MIN).max(STEP_YEAR_MAX),
    month: z.int().min(1).max(12).optional(),
    source: z.string().min(1).max(PACKAGE_LIMITS.sourceLength),
    confidence: z.enum(['H', 'M', 'L']).optional(),
    sectors: z.record(sectorIdSchema, packageSectorSchema),
  },
  { extensions: true },
);

type Assert<T extends true> = T;
type Equal<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;

/** Compile-time proof that the schema names exactly the fields of RestrictionPackage… */
export type PackageSchemaNamesEveryField = Assert<
  Equal<keyof typeof restrictionPackageSchema.shape, keyof RestrictionPackage>
>;

/** …and that whatever it accepts is a RestrictionPackage. */
export type PackageSchemaOutputIsPackage = Assert<
  [z.output<typeof restrictionPackageSchema>] extends [RestrictionPackage] ? true : false
>;
