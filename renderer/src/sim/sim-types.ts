import type { EngineError } from '../../../shared/engine/engine-error';
import type { Result } from '../../../shared/result';
import type { EngineBands, EngineItem, EngineRun } from './protocol';

export { contentKey } from './protocol';

/** The outputs the editor's charts draw from one deterministic run (`S`, `C` flat: `s * years + y`). */
export type Trajectory = EngineRun;

/** P10–P90 bands of one scenario after `draws` Monte Carlo draws. */
export type Bands = EngineBands;

export type Outcome<T> = Result<T, EngineError>;

export type SimItem = EngineItem;
