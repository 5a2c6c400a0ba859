import type { ScalarParameterKey } from '../domain/parameter-keys';

/** Version of the projection model (docs/model.md). Bumped by every change to equations or calibration. */
export const MODEL_VERSION = 2;

/** The versions the engine can run: the current one, and version 1 so published results stay reproducible. */
export const MODEL_VERSIONS = [1, 2] as const;
export type ModelVersion = (typeof MODEL_VERSIONS)[number];

export function isModelVersion(value: number): value is ModelVersion {
  return (MODEL_VERSIONS as readonly number[]).includes(value);
}

/**
 * The parameters of the terms version 2 added (procurement speed-up of adoption, new demand at the current
 * choice share, forward pricing on committed capacity). At 0 each term is exactly absent: x·(1 + 0·m) and
 * x + 0·y are x in floating point, so version 1 runs as version 2 with these held at 0. The engine
 * reproduces the original version-1 results to 1e-12 (test/engine/engine-reference.test.ts).
 */
export const VERSION_2_PARAMETER_KEYS = [
  'muM',
  'gNew',
  'zeta',
] as const satisfies readonly ScalarParameterKey[];
